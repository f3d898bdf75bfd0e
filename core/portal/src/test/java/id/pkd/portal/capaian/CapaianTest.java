package id.pkd.portal.capaian;

import static id.pkd.plugin.api.Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK;
import static id.pkd.plugin.api.Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapaianTest {

    private static BigDecimal angka(String teks) {
        return AngkaIndonesia.parse(teks);
    }

    @Test
    void semakinTinggiSemakinBaikRealisasiDibagiTargetKaliSeratus() {
        assertThat(Capaian.hitung(SEMAKIN_TINGGI_SEMAKIN_BAIK, null, angka("80"), angka("60")))
                .hasValueSatisfying(c -> assertThat(c.persen()).isEqualByComparingTo("75"));
    }

    @Test
    void varianTidakBerpengaruhPadaIndikatorSemakinTinggiSemakinBaik() {
        assertThat(Capaian.hitung(SEMAKIN_TINGGI_SEMAKIN_BAIK, VarianRendah.B, angka("80"), angka("60")))
                .isEqualTo(Capaian.hitung(SEMAKIN_TINGGI_SEMAKIN_BAIK, null, angka("80"), angka("60")));
    }

    @Test
    void semakinRendahVarianASetiapKelebihanDariTargetMengurangiTarget() {
        // (14 − (17,4 − 14)) / 14 × 100
        assertThat(Capaian.hitung(SEMAKIN_RENDAH_SEMAKIN_BAIK, VarianRendah.A, angka("14"), angka("17,4")))
                .hasValueSatisfying(
                        c -> assertThat(c.terbulat(Pembulatan.HALF_UP)).isEqualByComparingTo("75.71"));
        // below target is better than target
        assertThat(Capaian.hitung(SEMAKIN_RENDAH_SEMAKIN_BAIK, VarianRendah.A, angka("14"), angka("7")))
                .hasValueSatisfying(c -> assertThat(c.persen()).isEqualByComparingTo("150"));
    }

    @Test
    void semakinRendahVarianAMenjadiNegatifBilaRealisasiLebihDariDuaKaliTarget() {
        assertThat(Capaian.hitung(SEMAKIN_RENDAH_SEMAKIN_BAIK, VarianRendah.A, angka("2"), angka("5")))
                .hasValueSatisfying(c -> assertThat(c.persen()).isEqualByComparingTo("-50"));
    }

    @Test
    void semakinRendahVarianBMembandingkanJarakRealisasiDanTargetKeSeratusPersen() {
        // e.g. balita gizi buruk: target 5 %, realisasi 4 % → (100 − 4) / (100 − 5) × 100
        assertThat(Capaian.hitung(SEMAKIN_RENDAH_SEMAKIN_BAIK, VarianRendah.B, angka("5"), angka("4")))
                .hasValueSatisfying(
                        c -> assertThat(c.terbulat(Pembulatan.HALF_UP)).isEqualByComparingTo("101.05"));
        // realisasi 10 % → 90 / 95 × 100
        assertThat(Capaian.hitung(SEMAKIN_RENDAH_SEMAKIN_BAIK, VarianRendah.B, angka("5"), angka("10")))
                .hasValueSatisfying(
                        c -> assertThat(c.terbulat(Pembulatan.HALF_UP)).isEqualByComparingTo("94.74"));
    }

    @Test
    void keduaVarianMemberiCapaianBerbedaUntukDataYangSama() {
        // variant A on the same data: (5 − (4 − 5)) / 5 × 100 = 120
        assertThat(Capaian.hitung(SEMAKIN_RENDAH_SEMAKIN_BAIK, VarianRendah.A, angka("5"), angka("4")))
                .hasValueSatisfying(c -> assertThat(c.persen()).isEqualByComparingTo("120"));
    }

    @Test
    void capaianTidakTerdefinisiBilaTargetNol() {
        assertThat(Capaian.hitung(SEMAKIN_TINGGI_SEMAKIN_BAIK, null, angka("0"), angka("5")))
                .isEmpty();
        assertThat(Capaian.hitung(SEMAKIN_RENDAH_SEMAKIN_BAIK, VarianRendah.A, angka("0,00"), angka("5")))
                .isEmpty();
    }

    @Test
    void capaianVarianBTidakTerdefinisiBilaTargetSeratusPersen() {
        assertThat(Capaian.hitung(SEMAKIN_RENDAH_SEMAKIN_BAIK, VarianRendah.B, angka("100"), angka("5")))
                .isEmpty();
        // target 0 is fine for variant B
        assertThat(Capaian.hitung(SEMAKIN_RENDAH_SEMAKIN_BAIK, VarianRendah.B, angka("0"), angka("5")))
                .hasValueSatisfying(c -> assertThat(c.persen()).isEqualByComparingTo("95"));
    }

    @Test
    void capaianTidakTerdefinisiBilaDataBelumLengkap() {
        assertThat(Capaian.hitung(null, null, angka("5"), angka("5"))).isEmpty();
        assertThat(Capaian.hitung(SEMAKIN_TINGGI_SEMAKIN_BAIK, null, null, angka("5")))
                .isEmpty();
        assertThat(Capaian.hitung(SEMAKIN_TINGGI_SEMAKIN_BAIK, null, angka("5"), null))
                .isEmpty();
        assertThat(Capaian.hitung(SEMAKIN_RENDAH_SEMAKIN_BAIK, null, angka("5"), angka("4")))
                .isEmpty();
    }

    @Test
    void capaianDisimpanTanpaPembulatan() {
        Capaian duaPertiga = Capaian.hitung(SEMAKIN_TINGGI_SEMAKIN_BAIK, null, angka("3"), angka("2"))
                .orElseThrow();
        assertThat(duaPertiga.persen().scale()).isGreaterThanOrEqualTo(10);
        assertThat(duaPertiga.persen()).isEqualByComparingTo("66.66666666666666666666666666666667");
    }

    @Test
    void rataRataDihitungDariCapaianYangBelumDibulatkan() {
        List<Capaian> semua = List.of(
                new Capaian(new BigDecimal("10.004")),
                new Capaian(new BigDecimal("10.004")),
                new Capaian(new BigDecimal("10.007")));
        assertThat(Capaian.rataRata(semua).orElseThrow().terbulat(Pembulatan.HALF_UP))
                .isEqualByComparingTo("10.01");
        // the printed figures would have given (10,00 + 10,00 + 10,01) / 3 = 10,00
    }

    @Test
    void rataRataTidakAdaBilaTidakAdaCapaian() {
        assertThat(Capaian.rataRata(List.of())).isEmpty();
    }

    @Test
    void capaianTidakBolehKosong() {
        assertThatThrownBy(() -> new Capaian(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wajib diisi");
    }

    @Test
    void varianMenampilkanRumusnya() {
        assertThat(VarianRendah.A.label()).isEqualTo("Varian A: (target − (realisasi − target)) / target × 100");
        assertThat(VarianRendah.A.rumus()).isEqualTo("(target − (realisasi − target)) / target × 100");
        assertThat(VarianRendah.B.rumus()).isEqualTo("(100 − realisasi) / (100 − target) × 100");
    }
}
