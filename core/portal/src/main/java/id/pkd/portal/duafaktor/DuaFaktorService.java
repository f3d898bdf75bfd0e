package id.pkd.portal.duafaktor;

import id.pkd.portal.duafaktor.DataDuaFaktor.Akun;
import id.pkd.portal.duafaktor.DataDuaFaktor.KodeTersimpan;
import id.pkd.portal.duafaktor.DataDuaFaktor.Tersimpan;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.keamanan.AkunPengguna;
import id.pkd.portal.keamanan.AutentikasiSebagian;
import id.pkd.portal.keamanan.FaktorKedua;
import id.pkd.portal.pengguna.PembatasMasuk;
import id.pkd.portal.pengguna.PengenalAkun;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.IsianTidakSahException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of the signed-in account: TOTP enrolment, the code at sign-in (with replay protection and the
 * sign-in lockout), recovery codes, switching it off where the role allows. Resets by an admin are in {@link
 * ResetDuaFaktorService}.
 */
@Service
public class DuaFaktorService implements FaktorKedua {

    private static final Logger LOG = LoggerFactory.getLogger(DuaFaktorService.class);
    private static final Set<Peran> WAJIB = EnumSet.of(Peran.OPERATOR_PORTAL, Peran.ADMIN_DAERAH, Peran.PIMPINAN);
    static final String PESAN_KODE_SALAH = "Kode salah. Masukkan kode 6 angka yang sedang tampil di aplikasi"
            + " autentikator, atau salah satu kode pemulihan.";

    private final DataDuaFaktor data;
    private final PenyimpanRahasia rahasia;
    private final PembatasMasuk pembatas;
    private final PengenalAkun pengenal;
    private final PenggunaService pengguna;
    private final JejakAuditService jejak;
    private final Clock jam;

    DuaFaktorService(
            DataDuaFaktor data,
            PenyimpanRahasia rahasia,
            PembatasMasuk pembatas,
            PengenalAkun pengenal,
            PenggunaService pengguna,
            JejakAuditService jejak,
            Clock jam) {
        this.data = data;
        this.rahasia = rahasia;
        this.pembatas = pembatas;
        this.pengenal = pengenal;
        this.pengguna = pengguna;
        this.jejak = jejak;
        this.jam = jam;
    }

    /** Portal operators, Admin Daerah and Pimpinan must have a second factor; other roles may. */
    public static boolean wajib(Peran peran) {
        return WAJIB.contains(peran);
    }

    @Override
    @Transactional(readOnly = true)
    public Tahap tahapSetelahSandi(AkunPengguna akun) {
        return data.akun(akun.username(), akun.tenantId().orElse(null))
                .map(a -> data.cari(a).isPresent() ? Tahap.KODE : wajib(a.peran()) ? Tahap.DAFTAR : Tahap.SELESAI)
                // Fails closed: an account the password check found but this lookup does not is never let through.
                .orElseThrow(() -> new InternalAuthenticationServiceException(
                        "Akun " + akun.username() + " tidak ditemukan untuk pemeriksaan faktor kedua"));
    }

    @Transactional(readOnly = true)
    public StatusDuaFaktor status() {
        Akun a = akunSaatIni();
        return new StatusDuaFaktor(data.cari(a).map(Tersimpan::terdaftarPada), wajib(a.peran()), data.sisaKode(a));
    }

    /** A fresh secret for the signed-in account; nothing is stored until {@link #daftarkan} confirms it. */
    @Transactional(readOnly = true)
    public RahasiaTotp rahasiaBaru() {
        return RahasiaTotp.baru(akunSaatIni().username());
    }

    /**
     * Enrols (or enrols anew) the secret the account's app shows codes for, proven by one current code, and returns
     * the ten recovery codes, shown this once. A partial sign-in may do this only when it must enrol and no factor
     * exists: an enrolled account proves its factor, it cannot replace it before signing in.
     */
    @Transactional
    public List<String> daftarkan(RahasiaTotp baru, String kode) {
        AutentikasiSebagian.saatIni().filter(s -> !s.perluDaftar()).ifPresent(s -> {
            throw new AccessDeniedException("Masukkan kode dua faktor terlebih dahulu.");
        });
        Akun a = akunSaatIni();
        if (AutentikasiSebagian.saatIni().isPresent() && data.cariTerkunci(a).isPresent()) {
            // Enrolled meanwhile (another tab, or someone else holding the password): a sign-in that has proven
            // only the password cannot replace the factor.
            throw new AccessDeniedException("Dua faktor akun ini sudah terdaftar; keluar lalu masuk dengan kodenya.");
        }
        long langkah = Totp.cocokkan(baru.rahasia(), bersih(kode), jam.instant())
                .orElseThrow(() -> IsianTidakSahException.pada(
                        "kode",
                        "Kode tidak cocok. Pastikan jam ponsel tepat, lalu masukkan kode 6 angka yang sedang tampil."));
        boolean sudahAda = data.cari(a).isPresent();
        data.simpan(a, rahasia.sandikan(a, baru.rahasia()), LocalDateTime.now(jam), langkah);
        List<String> kodePemulihan = KodePemulihan.baru();
        data.gantiKodePemulihan(a, kodePemulihan);
        catat(a, "duaFaktor", sudahAda ? "terdaftar" : "tidak terdaftar", sudahAda ? "didaftarkan ulang" : "terdaftar");
        if (AutentikasiSebagian.saatIni().isPresent()) {
            catatMasuk(a, "berhasil: dua faktor didaftarkan");
        }
        return kodePemulihan;
    }

    /**
     * Checks the code of a partial sign-in: a TOTP code of a step not used before, or an unused recovery code (then
     * used up). A wrong code counts towards the account's and the address's sign-in lockout, and a locked account
     * gets no check at all, so a partial session cannot guess codes. Every outcome is on the account's trail.
     */
    @Transactional
    public HasilKode masukDenganKode(String kode, String alamat) {
        AutentikasiSebagian.saatIni()
                .filter(s -> !s.perluDaftar())
                .orElseThrow(() -> new AccessDeniedException("Tidak ada proses masuk yang menunggu kode."));
        Akun a = akunSaatIni();
        Optional<String> ditolak = pembatas.alasanDitolak(kunci(a), alamat);
        if (ditolak.isPresent()) {
            return new HasilKode(false, ditolak.get());
        }
        Optional<Tersimpan> tersimpan = data.cariTerkunci(a);
        if (tersimpan.isEmpty()) {
            return new HasilKode(false, "Dua faktor akun ini baru saja direset; keluar lalu masuk kembali.");
        }
        String isian = bersih(kode);
        if (isian.matches("\\d{" + Totp.DIGIT + "}")) {
            OptionalLong langkah = Totp.cocokkan(rahasia.buka(a, tersimpan.get().rahasia()), isian, jam.instant());
            Long terakhir = tersimpan.get().langkahTerakhir();
            if (langkah.isPresent() && (terakhir == null || langkah.getAsLong() > terakhir)) {
                data.pakaiLangkah(a, langkah.getAsLong());
                return berhasil(a, "berhasil: kode benar", "Kode benar.");
            }
            if (langkah.isPresent()) {
                return gagal(a, alamat, "gagal: kode sudah dipakai", "Kode ini sudah dipakai; tunggu kode berikutnya.");
            }
        } else if (KodePemulihan.mirip(isian)) {
            for (KodeTersimpan k : data.kodeBelumDipakaiTerkunci(a)) {
                if (MessageDigest.isEqual(k.hash(), KodePemulihan.hash(k.garam(), isian))) {
                    data.tandaiDipakai(k.id(), LocalDateTime.now(jam));
                    return berhasil(
                            a,
                            "berhasil: kode pemulihan dipakai",
                            "Kode pemulihan dipakai; tersisa " + data.sisaKode(a) + " kode.");
                }
            }
        }
        return gagal(a, alamat, "gagal: kode salah", PESAN_KODE_SALAH);
    }

    /** New recovery codes for the signed-in, enrolled account; the old ones stop working. */
    @Transactional
    public List<String> kodePemulihanBaru() {
        Akun a = akunPenuh();
        if (data.cari(a).isEmpty()) {
            throw IsianTidakSahException.pada("kode", "Dua faktor belum diaktifkan.");
        }
        List<String> kode = KodePemulihan.baru();
        data.gantiKodePemulihan(a, kode);
        catat(a, "kodePemulihan", null, "dibuat ulang; kode lama tidak berlaku");
        return kode;
    }

    /** Switches the signed-in account's second factor off, proven by a current code; not where the role needs it. */
    @Transactional
    public void matikan(String kode) {
        Akun a = akunPenuh();
        if (wajib(a.peran())) {
            throw IsianTidakSahException.pada("kode", "Peran " + a.peran().label() + " wajib memakai dua faktor.");
        }
        Tersimpan t = data.cariTerkunci(a)
                .orElseThrow(() -> IsianTidakSahException.pada("kode", "Dua faktor belum diaktifkan."));
        OptionalLong langkah = Totp.cocokkan(rahasia.buka(a, t.rahasia()), bersih(kode), jam.instant());
        if (langkah.isEmpty() || (t.langkahTerakhir() != null && langkah.getAsLong() <= t.langkahTerakhir())) {
            throw IsianTidakSahException.pada("kode", "Kode salah atau sudah dipakai.");
        }
        data.hapus(a);
        catat(a, "duaFaktor", "terdaftar", "dimatikan");
    }

    /** Demo data only: gives a demo account the documented demo secret when it has no second factor yet. */
    @Transactional
    public void pasangRahasiaDemo(String username, TenantId tenant, byte[] rahasiaDemo) {
        data.akun(username, tenant)
                .filter(a -> data.cari(a).isEmpty())
                .ifPresent(a -> data.simpan(a, rahasia.sandikan(a, rahasiaDemo), LocalDateTime.now(jam), null));
    }

    private HasilKode berhasil(Akun a, String jejakMasuk, String pesan) {
        pembatas.catatBerhasil(kunci(a));
        catatMasuk(a, jejakMasuk);
        return new HasilKode(true, pesan);
    }

    private HasilKode gagal(Akun a, String alamat, String jejakMasuk, String pesan) {
        pembatas.catatGagal(kunci(a), alamat);
        catatMasuk(a, jejakMasuk);
        return new HasilKode(false, pesan);
    }

    private void catatMasuk(Akun a, String hasil) {
        if (a.tenant() == null || !pengguna.catatMasuk(a.username(), hasil)) {
            LOG.info("Masuk: {} ({}): {}", a.username(), a.peran().label(), hasil);
        }
    }

    private void catat(Akun a, String isian, String lama, String baru) {
        if (a.tenant() == null) {
            LOG.info("Dua faktor {}: {} → {} ({})", a.username(), lama, baru, isian);
        } else {
            jejak.catatSebagai(a.tenant(), a.username(), "pengguna", a.id(), isian, lama, baru);
        }
    }

    private Akun akunPenuh() {
        if (AutentikasiSebagian.saatIni().isPresent()) {
            throw new AccessDeniedException("Masukkan kode dua faktor terlebih dahulu.");
        }
        return akunSaatIni();
    }

    private Akun akunSaatIni() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AkunPengguna akun)) {
            throw new AccessDeniedException("Belum masuk.");
        }
        return data.akun(akun.username(), akun.tenantId().orElse(null))
                .orElseThrow(() -> new AccessDeniedException("Akun tidak dikenal."));
    }

    private static String bersih(String kode) {
        return kode == null ? "" : kode.replaceAll("\\s", "");
    }

    /** Wrong codes count under the same key as wrong passwords (usernames are unique per tenant only). */
    private String kunci(Akun a) {
        return pengenal.kunciAkun(a.username(), a.tenant());
    }
}
