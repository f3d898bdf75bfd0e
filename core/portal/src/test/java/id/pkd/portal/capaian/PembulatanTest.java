package id.pkd.portal.capaian;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PembulatanTest {

    private static BigDecimal lansiaDibantuRkpd2022() {
        // RKPD Balangan 2022: 888 of 3.325 lanjut usia terlantar helped
        return RumusCapaian.rasio(BigDecimal.valueOf(888), BigDecimal.valueOf(3_325), BigDecimal.valueOf(100))
                .orElseThrow();
    }

    @Test
    void rkpdMemotongAngkaSehingga888Per3325Tercetak26Koma70() {
        assertThat(AngkaIndonesia.persen(Pembulatan.POTONG.bulatkan(lansiaDibantuRkpd2022())))
                .isEqualTo("26,70%");
    }

    @Test
    void pembulatanBiasaMencetak888Per3325Sebagai26Koma71() {
        assertThat(AngkaIndonesia.persen(Pembulatan.HALF_UP.bulatkan(lansiaDibantuRkpd2022())))
                .isEqualTo("26,71%");
    }

    @Test
    void hasilPembulatanSelaluDuaAngkaDesimal() {
        assertThat(Pembulatan.HALF_UP.bulatkan(new BigDecimal("100"))).isEqualTo(new BigDecimal("100.00"));
        assertThat(Pembulatan.POTONG.bulatkan(new BigDecimal("57.8947368"))).isEqualTo(new BigDecimal("57.89"));
        assertThat(Pembulatan.HALF_UP.bulatkan(new BigDecimal("57.8947368"))).isEqualTo(new BigDecimal("57.89"));
        assertThat(Pembulatan.HALF_UP.bulatkan(new BigDecimal("0.005"))).isEqualTo(new BigDecimal("0.01"));
        assertThat(Pembulatan.POTONG.bulatkan(new BigDecimal("0.009"))).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void pemotonganNilaiNegatifMenujuNol() {
        assertThat(Pembulatan.POTONG.bulatkan(new BigDecimal("-1.239"))).isEqualTo(new BigDecimal("-1.23"));
    }

    @Test
    void aturanCapaianMembulatkanDenganPembulatanPemerintahDaerah() {
        AturanCapaian potong = new AturanCapaian(AmbangKategori.PERMENDAGRI_86_2017, Pembulatan.POTONG);
        assertThat(potong.bulatkan(lansiaDibantuRkpd2022())).isEqualTo(new BigDecimal("26.70"));
        assertThat(AturanCapaian.BAKU.bulatkan(lansiaDibantuRkpd2022())).isEqualTo(new BigDecimal("26.71"));
    }

    @Test
    void capaianTerbulatMengikutiPembulatanYangDipilih() {
        Capaian capaian = new Capaian(lansiaDibantuRkpd2022());
        assertThat(capaian.terbulat(Pembulatan.POTONG)).isEqualTo(new BigDecimal("26.70"));
        assertThat(capaian.terbulat(Pembulatan.HALF_UP)).isEqualTo(new BigDecimal("26.71"));
    }
}
