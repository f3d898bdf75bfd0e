package id.pkd.portal.pengguna;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.Teks;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PenggunaService {

    /** Audit trail record type of users: creation, profile, role, activation, sign-ins. */
    public static final String JENIS_JEJAK = "pengguna";

    private final PenggunaRepository pengguna;
    private final OperatorPortalRepository operator;
    private final PasswordEncoder passwordEncoder;
    private final JejakAuditService jejak;
    private final PembatasMasuk pembatas;
    private final ApplicationEventPublisher peristiwa;
    private final PengenalAkun pengenal;

    PenggunaService(
            PenggunaRepository pengguna,
            OperatorPortalRepository operator,
            PasswordEncoder passwordEncoder,
            JejakAuditService jejak,
            PembatasMasuk pembatas,
            ApplicationEventPublisher peristiwa,
            PengenalAkun pengenal) {
        this.peristiwa = peristiwa;
        this.pengenal = pengenal;
        this.pengguna = pengguna;
        this.operator = operator;
        this.passwordEncoder = passwordEncoder;
        this.jejak = jejak;
        this.pembatas = pembatas;
    }

    /** Until when the user's sign-in is locked after too many failures, if it is. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional(readOnly = true)
    public Optional<LocalDateTime> masukTerkunciSampai(long id) {
        return pembatas.akunTerkunciSampai(pengenal.kunci(cari(id)));
    }

    /** The tenant admin lifts a temporary sign-in lock of one of the tenant's users; recorded on the trail. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void bukaKunciMasuk(long id) {
        bukaKunciMasuk(TenantContext.wajib(), cari(id));
    }

    /** Lifts the account's sign-in lock, if any, on its tenant's trail (also when the portal operator does it). */
    void bukaKunciMasuk(TenantId tenant, Pengguna p) {
        String kunci = pengenal.kunci(p);
        pembatas.akunTerkunciSampai(kunci).ifPresent(sampai -> {
            pembatas.bukaKunci(kunci);
            jejak.catatSebagai(
                    tenant,
                    JejakAuditService.pelaku(),
                    JENIS_JEJAK,
                    p.id(),
                    "kunciMasuk",
                    "terkunci sampai " + sampai.withNano(0),
                    "dibuka");
        });
    }

    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional(readOnly = true)
    public List<Pengguna> daftar() {
        return pengguna.semua(TenantContext.wajib().value());
    }

    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional(readOnly = true)
    public Pengguna cari(long id) {
        return pengguna.cari(TenantContext.wajib().value(), id)
                .orElseThrow(() -> new DataTidakDitemukanException("Pengguna"));
    }

    /** The signed-in user of a tenant, as documents name the signer. */
    @Transactional(readOnly = true)
    public Optional<Pengguna> cariSaatIni(String username) {
        TenantId tenant = TenantContext.wajib();
        return pengguna.cariBernama(tenant.value(), username);
    }

    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public Pengguna tambah(PenggunaBaru baru) {
        return simpanBaru(TenantContext.wajib(), baru);
    }

    /** Creates an admin of a tenant as the portal operator: its first one, or a new one to repair the tenant. */
    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional
    public Pengguna tambahAdminPertama(TenantId tenant, PenggunaBaru admin) {
        if (admin.peran() != Peran.ADMIN_DAERAH) {
            throw IsianTidakSahException.pada("peran", "Pengguna pertama sebuah daerah harus Admin Daerah.");
        }
        return simpanBaru(tenant, admin);
    }

    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public Pengguna ubah(long id, String namaLengkap, Peran peran, String nip, String jabatan, boolean aktif) {
        Pengguna lama = cari(id);
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        periksaProfil(salah, namaLengkap, peran, nip);
        salah.lemparJikaAda();
        periksaAdminTerakhir(lama, peran, aktif);
        Pengguna baru = pengguna.save(new Pengguna(
                lama.id(),
                lama.tenantId(),
                lama.username(),
                lama.passwordHash(),
                namaLengkap.strip(),
                peran,
                normalNip(nip),
                Teks.kosongJadiNull(jabatan),
                aktif,
                lama.wajibGantiSandi()));
        // Access rights change here: each changed field goes to the trail, unchanged ones record nothing.
        jejak.catat(JENIS_JEJAK, baru.id(), "namaLengkap", lama.namaLengkap(), baru.namaLengkap());
        jejak.catat(
                JENIS_JEJAK,
                baru.id(),
                "peran",
                lama.peran().label(),
                baru.peran().label());
        jejak.catat(JENIS_JEJAK, baru.id(), "nip", lama.nip(), baru.nip());
        jejak.catat(JENIS_JEJAK, baru.id(), "jabatan", lama.jabatan(), baru.jabatan());
        jejak.catat(JENIS_JEJAK, baru.id(), "aktif", status(lama.aktif()), status(baru.aktif()));
        if (lama.peran() != baru.peran() || (lama.aktif() && !baru.aktif())) {
            peristiwa.publishEvent(new AksesPenggunaBerubah(baru.username(), baru.tenantId(), null));
        }
        return baru;
    }

    /**
     * Records a sign-in attempt ({@code hasil}) in the trail of the user's tenant, as done by that
     * user. Returns false when the name is no tenant user (unknown, shared by several tenants, or the portal
     * operator), whose attempts have no tenant trail to go to.
     */
    @Transactional
    public boolean catatMasuk(String nama, String hasil) {
        String n = PengenalAkun.normal(nama);
        int at = n.lastIndexOf('@');
        List<Pengguna> calon = at >= 0
                ? pengguna.cariBernamaDiWilayah(n.substring(0, at), n.substring(at + 1)).stream()
                        .toList()
                : pengguna.semuaBernama(n);
        return catat(calon.size() == 1 ? Optional.of(calon.get(0)) : Optional.empty(), hasil);
    }

    /** As {@link #catatMasuk(String, String)}, for an account known by its name within its tenant. */
    @Transactional
    public boolean catatMasuk(String username, Optional<TenantId> tenant, String hasil) {
        return catat(tenant.flatMap(t -> pengguna.cariBernama(t.value(), username)), hasil);
    }

    private boolean catat(Optional<Pengguna> akun, String hasil) {
        return akun.map(p -> {
                    jejak.catatSebagai(p.tenant(), p.username(), JENIS_JEJAK, p.id(), "masuk", null, hasil);
                    return true;
                })
                .orElse(false);
    }

    /** Creates the first portal operator when the portal has none. */
    @Transactional
    public void pastikanOperatorPortal(String username, String kataSandi, String namaLengkap) {
        if (operator.jumlah() == 0) {
            KebijakanKataSandi.periksa(kataSandi).ifPresent(pesan -> {
                throw IsianTidakSahException.pada("kataSandi", pesan);
            });
            operator.save(
                    new OperatorPortal(null, username, passwordEncoder.encode(kataSandi), namaLengkap, true, false));
        }
    }

    /** The account a sign-in key ({@link PengenalAkun}) names. */
    @Transactional(readOnly = true)
    public Optional<AkunMasuk> akunUntukMasuk(String kunci) {
        return pengenal.akunUntukMasuk(kunci);
    }

    private Pengguna simpanBaru(TenantId tenant, PenggunaBaru baru) {
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        String username = baru.username() == null ? "" : baru.username().strip().toLowerCase();
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,59}")) {
            salah.tambah(
                    "username",
                    "Nama pengguna 3–60 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.");
        } else if (pengguna.cariBernama(tenant.value(), username).isPresent()
                || operator.cariUntukMasuk(username).isPresent()) {
            // Only this tenant's names (and the operator's, which a bare sign-in name would mean) count as taken.
            salah.tambah("username", "Nama pengguna \"" + username + "\" sudah dipakai.");
        }
        KebijakanKataSandi.periksa(baru.kataSandi()).ifPresent(pesan -> salah.tambah("kataSandi", pesan));
        periksaProfil(salah, baru.namaLengkap(), baru.peran(), baru.nip());
        salah.lemparJikaAda();
        Pengguna tersimpan;
        try {
            tersimpan = pengguna.save(new Pengguna(
                    null,
                    tenant.value(),
                    username,
                    passwordEncoder.encode(baru.kataSandi()),
                    baru.namaLengkap().strip(),
                    baru.peran(),
                    normalNip(baru.nip()),
                    Teks.kosongJadiNull(baru.jabatan()),
                    true,
                    false));
        } catch (DuplicateKeyException e) {
            throw IsianTidakSahException.pada("username", "Nama pengguna \"" + username + "\" sudah dipakai.");
        }
        // Recorded in the new user's tenant, also when the portal operator creates a tenant's first admin.
        jejak.catatSebagai(
                tenant,
                JejakAuditService.pelaku(),
                JENIS_JEJAK,
                tersimpan.id(),
                "dibuat",
                null,
                tersimpan.username() + " (" + tersimpan.peran().label() + ", " + status(true) + ")");
        return tersimpan;
    }

    /**
     * A tenant always keeps one active Admin Daerah: without one nobody of the tenant can manage its users (only the
     * portal operator could still repair it). The tenant's active admins are locked for the rest of the
     * transaction, so two admins demoting each other at the same moment cannot both succeed.
     */
    private void periksaAdminTerakhir(Pengguna lama, Peran peranBaru, boolean aktifBaru) {
        boolean tetapAdminAktif = peranBaru == Peran.ADMIN_DAERAH && aktifBaru;
        if (lama.peran() != Peran.ADMIN_DAERAH || !lama.aktif() || tetapAdminAktif) {
            return;
        }
        List<Long> adminAktif = pengguna.adminAktifTerkunci(lama.tenantId());
        if (adminAktif.size() <= 1 && adminAktif.contains(lama.id())) {
            String pesan = "Ini Admin Daerah aktif terakhir daerah ini; tambahkan atau aktifkan Admin Daerah lain"
                    + " terlebih dahulu.";
            throw IsianTidakSahException.pada(aktifBaru ? "peran" : "aktif", pesan);
        }
    }

    private static String status(boolean aktif) {
        return aktif ? "aktif" : "nonaktif";
    }

    private static void periksaProfil(IsianTidakSahException.Pengumpul salah, String nama, Peran peran, String nip) {
        if (nama == null || nama.isBlank()) {
            salah.tambah("namaLengkap", "Nama lengkap wajib diisi.");
        }
        if (peran == null) {
            salah.tambah("peran", "Peran wajib dipilih.");
        } else if (!peran.milikDaerah()) {
            salah.tambah("peran", "Peran Operator Portal tidak dapat diberikan kepada pengguna daerah.");
        }
        if (nip != null && !nip.isBlank()) {
            Nip.periksa(nip.replace(" ", "")).ifPresent(pesan -> salah.tambah("nip", pesan));
        }
    }

    private static String normalNip(String nip) {
        return nip == null || nip.isBlank() ? null : Nip.dari(nip).nilai();
    }
}
