package id.pkd.portal.pengukuran;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.plugin.DataUrusanService;
import id.pkd.portal.plugin.HasilIndikatorTerhitung;
import id.pkd.portal.plugin.PluginMenggantungUji;
import id.pkd.portal.umum.VersiData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/**
 * A plugin whose calculator never answers (a real jar, built here, deaf to interruption) is contained by the time
 * limit: Balangan's measurement, which the Capaian page and /api/v1/capaian show, still comes out; only that
 * plugin's indicators are "tidak dapat dihitung" with the reason, and every other figure is as it was.
 */
@ExtendWith(OutputCaptureExtension.class)
class PluginMenggantungTest extends PortalIntegrationTest {

    static final String PESAN = "Tidak dapat dihitung: plugin urusan-sosial tidak menjawab dalam 1 detik.";

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
    void pluginYangTidakMenjawabHanyaMenandaiIndikatornya(CapturedOutput log) throws Exception {
        try (PluginMenggantungUji.Terpasang plugin =
                PluginMenggantungUji.pasang(direktori, konteks, Duration.ofSeconds(1))) {
            HasilIndikatorTerhitung h = sebagai(
                            Peran.PENGAMAT, "63.11", () -> plugin.data().hitung("urusan-sosial/ppks-tertangani", 2022))
                    .orElseThrow();
            assertThat(h.terhitung()).isFalse();
            assertThat(h.pembilang()).isNull();
            assertThat(h.tidakDapatDihitung()).isEqualTo(PESAN);
            assertThat(log.getOut())
                    .contains(
                            "Plugin urusan-sosial tidak menjawab saat menghitung indikator urusan-sosial/ppks-tertangani");

            // Still stuck in that first call: answered at once with the same reason, without another thread.
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
            assertThat(iku1.tidakDapatDihitung()).isEqualTo(PESAN);
            assertThat(iku1.realisasi()).isEmpty();
            assertThat(iku1.capaian()).isEmpty();
            assertThat(asli.iku().get(0).realisasi()).hasValue(new BigDecimal("68.72"));

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
        }
    }
}
