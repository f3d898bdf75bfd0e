package id.pkd.portal.pengukuran;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.plugin.DataUrusanService;
import id.pkd.portal.plugin.HasilIndikatorTerhitung;
import id.pkd.portal.plugin.PluginMelemparUji;
import id.pkd.portal.umum.VersiData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A plugin whose calculator throws at run time (a real jar, built here) is contained at the plugin
 * boundary: Balangan's measurement still comes out, only the indicators that plugin computes are
 * marked "tidak dapat dihitung" with the reason, and every other figure stays as it was.
 */
class PluginGagalMenghitungTest extends PortalIntegrationTest {

    @Autowired
    ApplicationContext konteks;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    PengaturanCapaianRepository pengaturan;

    @Autowired
    ArsipPengukuranBeku beku;

    @Autowired
    JejakAuditService jejak;

    @Autowired
    VersiData versi;

    @Autowired
    Clock clock;

    @Autowired
    DataUrusanService dataAsli;

    @TempDir
    Path direktori;

    @Test
    void pluginYangMelemparSaatMenghitungHanyaMenandaiIndikatornyaDenganAlasan() throws Exception {
        try (PluginMelemparUji.Terpasang plugin = PluginMelemparUji.pasang(direktori, konteks)) {
            HasilIndikatorTerhitung h = sebagai(
                            Peran.PENGAMAT, "63.11", () -> plugin.data().hitung("urusan-sosial/ppks-tertangani", 2022))
                    .orElseThrow();
            assertThat(h.terhitung()).isFalse();
            assertThat(h.pembilang()).isNull();
            assertThat(h.tidakDapatDihitung())
                    .isEqualTo("Tidak dapat dihitung: plugin urusan-sosial gagal (IllegalStateException: "
                            + PluginMelemparUji.ALASAN + ").");

            PengukuranKinerjaService pengukuran =
                    new PengukuranKinerjaService(perencanaan, pengaturan, clock, plugin.data(), beku, jejak, versi);
            PengukuranKinerja m = sebagai(
                    Peran.PENGAMAT,
                    "63.11",
                    () -> pengukuran.ukurLangsung(
                            perencanaan.daftarPerangkatDaerah().get(0).id(), 2022, pengukuran.aturan()));
            PengukuranKinerjaService pengukuranAsli =
                    new PengukuranKinerjaService(perencanaan, pengaturan, clock, dataAsli, beku, jejak, versi);
            PengukuranKinerja asli = sebagai(
                    Peran.PENGAMAT,
                    "63.11",
                    () -> pengukuranAsli.ukurLangsung(
                            perencanaan.daftarPerangkatDaerah().get(0).id(), 2022, pengukuranAsli.aturan()));

            BarisCapaian iku1 = m.iku().get(0);
            assertThat(iku1.indikator().sumberRealisasi()).isEqualTo("urusan-sosial/ppks-tertangani");
            assertThat(iku1.tidakDapatDihitung()).isEqualTo(h.tidakDapatDihitung());
            // Not a silent fallback to the hand-entered figure: no realisasi, no capaian, and the reason.
            assertThat(iku1.realisasi()).isEmpty();
            assertThat(iku1.capaian()).isEmpty();
            assertThat(asli.iku().get(0).realisasi()).hasValue(new BigDecimal("68.72"));
            assertThat(asli.iku().get(0).tidakDapatDihitung()).isNull();

            // Every other figure of the tenant is exactly as with the healthy plugins.
            for (int i = 1; i < m.iku().size(); i++) {
                BarisCapaian b = m.iku().get(i);
                BarisCapaian a = asli.iku().get(i);
                if (b.indikator().sumberRealisasi() != null
                        && b.indikator().sumberRealisasi().startsWith("urusan-sosial/")) {
                    continue;
                }
                if (!b.dariDataUrusan() && !a.dariDataUrusan()) {
                    assertThat(b.realisasi()).as(b.indikator().kode()).isEqualTo(a.realisasi());
                    assertThat(b.capaianTerbulat()).as(b.indikator().kode()).isEqualTo(a.capaianTerbulat());
                }
                assertThat(b.tidakDapatDihitung()).as(b.indikator().kode()).isNull();
            }
            assertThat(m.iku().get(4).capaianTerbulat()).hasValue(new BigDecimal("75.71"));
            assertThat(m.iku().get(5).capaianTerbulat()).hasValue(new BigDecimal("57.89"));
            assertThat(m.totalAnggaran()).isEqualTo(asli.totalAnggaran());
            assertThat(m.totalRealisasiAnggaran()).isEqualTo(asli.totalRealisasiAnggaran());
            assertThat(m.anggaran()).hasSameSizeAs(asli.anggaran());
        }
    }
}
