package id.pkd.portal.keamanan;

/**
 * What the sign-in asks of an account after its password was right: nothing more, its second factor's code, or
 * enrolling a second factor first. Implemented by the second-factor feature; an interface here so the sign-in does
 * not depend on that feature (which depends on the sign-in's principal).
 */
public interface FaktorKedua {

    /** The page that takes the code of an enrolled account. */
    String HALAMAN_KODE = "masuk/kode";

    /** The page where an account that must have a second factor enrols one. */
    String HALAMAN_DAFTAR = "masuk/daftar-kode";

    enum Tahap {
        SELESAI,
        KODE,
        DAFTAR
    }

    Tahap tahapSetelahSandi(AkunPengguna akun);
}
