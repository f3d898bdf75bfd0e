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

/** The tenant's BSrE Esign Client Service: address and the portal's basic-auth account, stored encrypted. */
@Service
class PengaturanBsreService {

    /** What the admin screen shows: never the stored password. */
    record PengaturanBsre(String alamat, String pengguna, boolean aktif) {}

    private final DataTandaTangan data;
    private final KunciInduk kunciInduk;
    private final Clock jam;

    PengaturanBsreService(DataTandaTangan data, KunciInduk kunciInduk, Clock jam) {
        this.data = data;
        this.kunciInduk = kunciInduk;
        this.jam = jam;
    }

    @Secured("ROLE_ADMIN_DAERAH")
    Optional<PengaturanBsre> baca() {
        long t = TenantContext.wajib().value();
        return data.bsre(t)
                .map(b -> new PengaturanBsre(
                        b.alamat(),
                        new String(
                                kunciInduk.dekripsi(b.penggunaTerenkripsi(), konteks(t, "pengguna")),
                                StandardCharsets.UTF_8),
                        b.aktif()));
    }

    /** @param sandi blank keeps the stored password */
    @Secured("ROLE_ADMIN_DAERAH")
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

    boolean aktif(long tenantId) {
        return data.bsre(tenantId).map(DataTandaTangan.BsreTersimpan::aktif).orElse(false);
    }

    KlienBsre klien(long tenantId) {
        DataTandaTangan.BsreTersimpan b = data.bsre(tenantId)
                .filter(DataTandaTangan.BsreTersimpan::aktif)
                .orElseThrow(() -> new TandaTanganGagalException("Layanan BSrE belum diatur untuk daerah ini."));
        return new KlienBsre(
                b.alamat(),
                new String(
                        kunciInduk.dekripsi(b.penggunaTerenkripsi(), konteks(tenantId, "pengguna")),
                        StandardCharsets.UTF_8),
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
