package id.pkd.portal.pengukuran;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tenant.TenantId;
import java.math.BigDecimal;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo tenant Balangan carries the 2022 data of the LKIP, loaded through the plan import; the
 * figures the portal computes from it must be the document's.
 */
class LkipBalangan2022Test extends PortalIntegrationTest {

    @Autowired
    PengukuranKinerjaService pengukuran;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    JdbcClient jdbc;

    PengukuranKinerja ukur() {
        return sebagaiBalangan(
                () -> pengukuran.ukur(perencanaan.daftarPerangkatDaerah().get(0).id(), 2022));
    }

    <T> T sebagaiBalangan(Supplier<T> kerja) {
        long tenant = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = '63.11'")
                .query(Long.class)
                .single();
        return SebagaiSistem.jalankan(Peran.PENGAMAT, new TenantId(tenant), kerja);
    }

    @Test
    void capaianTujuhIkuSamaDenganLkip() {
        PengukuranKinerja m = ukur();
        assertThat(m.iku())
                .extracting(b -> b.capaianTerbulat().orElseThrow().toPlainString())
                .containsExactly("129.78", "99.56", "98.01", "136.43", "75.71", "57.89", "286.06");
        assertThat(m.iku())
                .extracting(b -> b.kategori().orElseThrow())
                .containsExactly(
                        Kategori.SANGAT_TINGGI,
                        Kategori.SANGAT_TINGGI,
                        Kategori.SANGAT_TINGGI,
                        Kategori.SANGAT_TINGGI,
                        Kategori.SEDANG,
                        Kategori.RENDAH,
                        Kategori.SANGAT_TINGGI);
        assertThat(m.rataRataIkuTerbulat()).hasValue(new BigDecimal("126.21"));
        assertThat(m.kategoriIku()).hasValue(Kategori.SANGAT_TINGGI);
    }

    @Test
    void realisasiDihitungDariDataMentahDanDibandingkanDenganTargetAkhirPeriode() {
        PengukuranKinerja m = ukur();
        BarisCapaian ppks = m.iku().get(0);
        assertThat(ppks.realisasi()).hasValue(new BigDecimal("68.72"));
        BarisCapaian desa = m.iku().get(6);
        assertThat(desa.realisasi()).hasValue(new BigDecimal("66.88"));
        assertThat(desa.capaianKondisiAkhirTerbulat()).hasValue(new BigDecimal("151.45"));
    }

    @Test
    void realisasiAnggaranSamaDenganTabelAkuntabilitasKeuangan() {
        PengukuranKinerja m = ukur();
        assertThat(m.totalAnggaran().tercetak()).isEqualTo("Rp 29.669.164.407");
        assertThat(m.totalRealisasiAnggaran().tercetak()).isEqualTo("Rp 25.936.934.756");
        assertThat(m.penyerapanTotal()).hasValue(new BigDecimal("87.42"));
        assertThat(m.anggaran().stream().filter(b -> b.baris().tingkat().name().equals("PROGRAM")))
                .hasSize(15);
        assertThat(m.anggaranPerUrusan().get("1.06").anggaran().tercetak()).isEqualTo("Rp 6.609.957.653");
        assertThat(m.anggaranPerUrusan().get("1.06").penyerapan()).hasValue(new BigDecimal("97.00"));
    }

    @Test
    void efisiensiAdalahCapaianKinerjaDikurangiPenyerapanAnggaran() {
        PengukuranKinerja m = ukur();
        BarisAnggaran perencanaanKinerja = baris(m, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah");
        assertThat(perencanaanKinerja.penyerapan()).hasValue(new BigDecimal("97.19"));
        assertThat(perencanaanKinerja.capaianKinerja()).hasValue(new BigDecimal("100.00"));
        assertThat(perencanaanKinerja.efisiensi()).hasValue(new BigDecimal("2.81"));
        BarisAnggaran makam = baris(m, "Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota");
        assertThat(makam.penyerapan()).hasValue(new BigDecimal("82.93"));
        assertThat(makam.efisiensi()).hasValue(new BigDecimal("17.07"));
    }

    private static BarisAnggaran baris(PengukuranKinerja m, String nama) {
        return m.anggaran().stream()
                .filter(b -> b.baris().nama().equals(nama))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Tidak ada baris " + nama));
    }
}
