package id.pkd.portal.pengguna;

/** A user as the admin types it in; validated by {@link PenggunaService}. */
public record PenggunaBaru(
        String username, String kataSandi, String namaLengkap, Peran peran, String nip, String jabatan) {}
