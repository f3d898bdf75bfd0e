package id.pkd.portal.penyimpanan;

import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.tenant.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Regions of the storage tests' own (codes 51.01–51.09), optionally loaded with the small plan of the fuzz tests, so
 * a realisasi exists to attach evidence to. The demo regions are never touched.
 */
public final class DaerahUjiBerkas {

    private DaerahUjiBerkas() {}

    /** The region of this code, registered once per database. */
    public static TenantId pastikan(DaerahService daerah, JdbcClient jdbc, String kode) {
        return cari(jdbc, kode).orElseGet(() -> {
            SebagaiSistem.jalankan(
                    Peran.OPERATOR_PORTAL,
                    null,
                    () -> daerah.daftarkan(new DaerahBaru(
                            kode,
                            "Kabupaten Uji Berkas " + kode,
                            JenisDaerah.KABUPATEN,
                            null,
                            new PenggunaBaru(
                                    "admin.berkas." + kode.replace(".", ""),
                                    "Rahasia-Uji-Berkas-2024!",
                                    "Admin Uji Berkas",
                                    Peran.ADMIN_DAERAH,
                                    null,
                                    null))));
            return cari(jdbc, kode).orElseThrow();
        });
    }

    /** The id of a realisasi of this region (year 2024 of the fuzz tests' plan, imported once). */
    public static long realisasi(DaerahService daerah, JdbcClient jdbc, ImporRencanaService impor, String kode) {
        TenantId t = pastikan(daerah, jdbc, kode);
        if (idRealisasi(jdbc, t).isEmpty()) {
            byte[] rencana;
            try (InputStream isi = DaerahUjiBerkas.class.getResourceAsStream("/fuzz/rencana-uji.json")) {
                rencana = isi.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, t, () -> impor.impor(rencana));
        }
        return idRealisasi(jdbc, t).orElseThrow();
    }

    private static java.util.Optional<Long> idRealisasi(JdbcClient jdbc, TenantId t) {
        return jdbc.sql("SELECT MIN(id) FROM realisasi_indikator WHERE tenant_id = ?")
                .param(t.value())
                .query((rs, n) -> rs.getObject(1, Long.class))
                .optional();
    }

    private static java.util.Optional<TenantId> cari(JdbcClient jdbc, String kode) {
        return jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = ?")
                .param(kode)
                .query(Long.class)
                .optional()
                .map(TenantId::new);
    }
}
