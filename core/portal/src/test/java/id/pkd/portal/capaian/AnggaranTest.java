package id.pkd.portal.capaian;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Akuntabilitas keuangan and the efektivitas dan efisiensi table of LKIP Balangan 2022. */
class AnggaranTest {

    @Test
    void penyerapanAnggaranAdalahRealisasiPerAnggaranKaliSeratus() {
        Rupiah anggaran = Rupiah.dari(29_669_164_407L);
        Rupiah realisasi = Rupiah.dari(25_936_934_756L);
        assertThat(RumusCapaian.penyerapan(anggaran, realisasi))
                .hasValueSatisfying(persen -> assertThat(AngkaIndonesia.persen(AturanCapaian.BAKU.bulatkan(persen)))
                        .isEqualTo("87,42%"));
    }

    @Test
    void penyerapanTidakTerdefinisiBilaTidakAdaAnggaran() {
        assertThat(RumusCapaian.penyerapan(Rupiah.NOL, Rupiah.dari(5))).isEmpty();
    }

    @Test
    void efisiensiAdalahCapaianKinerjaDikurangiPenyerapanAnggaran() {
        BigDecimal penyerapan = AturanCapaian.BAKU.bulatkan(
                RumusCapaian.penyerapan(Rupiah.dari(152_577_350L), Rupiah.dari(148_288_666L))
                        .orElseThrow());
        assertThat(penyerapan).isEqualTo(new BigDecimal("97.19"));
        assertThat(RumusCapaian.efisiensi(new BigDecimal("100"), penyerapan)).isEqualByComparingTo("2.81");
    }

    @Test
    void rasioDenganSkalaSeperti100RibuPendudukPerempuan() {
        assertThat(RumusCapaian.rasio(BigDecimal.valueOf(8), BigDecimal.valueOf(50_000), BigDecimal.valueOf(100_000)))
                .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("16"));
    }

    @Test
    void rasioTidakTerdefinisiBilaPenyebutNol() {
        assertThat(RumusCapaian.rasio(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.valueOf(100)))
                .isEmpty();
        assertThat(RumusCapaian.rasio(BigDecimal.ONE, new BigDecimal("0.00"), BigDecimal.valueOf(100)))
                .isEmpty();
    }
}
