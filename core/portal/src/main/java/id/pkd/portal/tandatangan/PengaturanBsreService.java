package id.pkd.portal.tandatangan;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.IsianTidakSahException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's BSrE Esign Client Service: address and the portal's basic-auth account, stored encrypted. A change
 * decides where the region's signatures are made, so it is audited in the region's chain like any other setting;
 * the account's name and password are never written to the trail, only that they changed.
 */
@Service
class PengaturanBsreService {

    static final String JENIS_JEJAK = "pengaturan_bsre";

    /** What the trail shows for a credential that changed: never the credential itself. */
    static final String DIGANTI = "(diganti)";

    /** What the trail shows for the credential it replaced. */
    private static final String TERSIMPAN = "(tersimpan)";

    /** What the admin screen shows: never the stored password. */
    record PengaturanBsre(String alamat, String pengguna, boolean aktif) {}

    private final DataTandaTangan data;
    private final KunciInduk kunciInduk;
    private final JejakAuditService jejak;
    private final Clock jam;

    PengaturanBsreService(DataTandaTangan data, KunciInduk kunciInduk, JejakAuditService jejak, Clock jam) {
        this.data = data;
        this.kunciInduk = kunciInduk;
        this.jejak = jejak;
        this.jam = jam;
    }

    @Secured("ROLE_ADMIN_DAERAH")
    Optional<PengaturanBsre> baca() {
        long t = TenantContext.wajib().value();
        return data.bsre(t).map(b -> new PengaturanBsre(b.alamat(), pengguna(t, b), b.aktif()));
    }

    /** @param sandi blank keeps the stored password */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    void simpan(String alamat, String pengguna, String sandi, boolean aktif) {
        long t = TenantContext.wajib().value();
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        String a = alamat == null ? "" : alamat.strip();
        try {
            URI u = URI.create(a);
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                salah.tambah("alamat", "Alamat harus URL http(s), misalnya https://esign.daerah.go.id.");
            }
        } catch (IllegalArgumentException e) {
            salah.tambah("alamat", "Alamat harus URL http(s), misalnya https://esign.daerah.go.id.");
        }
        if (pengguna == null || pengguna.isBlank()) {
            salah.tambah("pengguna", "Pengguna BSrE wajib diisi.");
        }
        Optional<DataTandaTangan.BsreTersimpan> lama = data.bsre(t);
        if ((sandi == null || sandi.isEmpty()) && lama.isEmpty()) {
            salah.tambah("sandi", "Sandi BSrE wajib diisi.");
        }
        salah.lemparJikaAda();
        byte[] sandiTerenkripsi = sandi == null || sandi.isEmpty()
                ? lama.orElseThrow().sandiTerenkripsi()
                : kunciInduk.enkripsi(sandi.getBytes(StandardCharsets.UTF_8), konteks(t, "sandi"));
        catatPerubahan(t, lama, a, pengguna.strip(), sandi != null && !sandi.isEmpty(), aktif);
        data.simpanBsre(
                t,
                new DataTandaTangan.BsreTersimpan(
                        a,
                        kunciInduk.enkripsi(pengguna.strip().getBytes(StandardCharsets.UTF_8), konteks(t, "pengguna")),
                        sandiTerenkripsi,
                        aktif,
                        JejakAuditService.pelaku()),
                jam.instant());
    }

    /**
     * Field by field, as other settings are; a password typed again is recorded as changed, since the stored one
     * cannot be compared without decrypting it for nothing.
     */
    private void catatPerubahan(
            long t,
            Optional<DataTandaTangan.BsreTersimpan> lama,
            String alamat,
            String pengguna,
            boolean sandiBaru,
            boolean aktif) {
        jejak.catat(
                JENIS_JEJAK,
                t,
                "alamat",
                lama.map(DataTandaTangan.BsreTersimpan::alamat).orElse(null),
                alamat);
        String sebelumnya = lama.isPresent() ? TERSIMPAN : null;
        if (!pengguna.equals(lama.map(b -> pengguna(t, b)).orElse(null))) {
            jejak.catat(JENIS_JEJAK, t, "pengguna", sebelumnya, DIGANTI);
        }
        if (sandiBaru) {
            jejak.catat(JENIS_JEJAK, t, "sandi", sebelumnya, DIGANTI);
        }
        jejak.catat(JENIS_JEJAK, t, "aktif", lama.map(b -> yaTidak(b.aktif())).orElse(null), yaTidak(aktif));
    }

    private static String yaTidak(boolean aktif) {
        return aktif ? "ya" : "tidak";
    }

    /** The stored account name, decrypted. */
    private String pengguna(long tenantId, DataTandaTangan.BsreTersimpan b) {
        return new String(
                kunciInduk.dekripsi(b.penggunaTerenkripsi(), konteks(tenantId, "pengguna")), StandardCharsets.UTF_8);
    }

    boolean aktif(long tenantId) {
        return data.bsre(tenantId).map(DataTandaTangan.BsreTersimpan::aktif).orElse(false);
    }

    KlienBsre klien(long tenantId) {
        DataTandaTangan.BsreTersimpan b = data.bsre(tenantId)
                .filter(DataTandaTangan.BsreTersimpan::aktif)
                .orElseThrow(() -> new TandaTanganGagalException("Layanan BSrE belum diatur untuk daerah ini."));
        return new KlienBsre(
                b.alamat(),
                pengguna(tenantId, b),
                new String(
                        kunciInduk.dekripsi(b.sandiTerenkripsi(), konteks(tenantId, "sandi")), StandardCharsets.UTF_8));
    }

    /** Asks BSrE whether the official with this NIK may sign (status {@code ISSUE}). */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_PIMPINAN"})
    String statusPengguna(String nik) {
        return klien(TenantContext.wajib().value()).statusPengguna(nik);
    }

    private static String konteks(long tenantId, String isian) {
        return "pengaturan_bsre:" + tenantId + ":" + isian;
    }
}
