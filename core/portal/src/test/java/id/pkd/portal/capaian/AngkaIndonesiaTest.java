package id.pkd.portal.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AngkaIndonesiaTest {

    @Test
    void titikUntukRibuanDanKomaUntukDesimal() {
        assertThat(AngkaIndonesia.format(new BigDecimal("1234567.891"), 2)).isEqualTo("1.234.567,89");
        assertThat(AngkaIndonesia.format(new BigDecimal("68334"), 0)).isEqualTo("68.334");
        assertThat(AngkaIndonesia.format(new BigDecimal("999"), 0)).isEqualTo("999");
        assertThat(AngkaIndonesia.format(new BigDecimal("0.5"), 2)).isEqualTo("0,50");
        assertThat(AngkaIndonesia.format(new BigDecimal("-1234.5"), 1)).isEqualTo("-1.234,5");
    }

    @Test
    void formatMembulatkanSetengahKeAtas() {
        assertThat(AngkaIndonesia.format(new BigDecimal("26.705"), 2)).isEqualTo("26,71");
        assertThat(AngkaIndonesia.format(new BigDecimal("1234.5"), 0)).isEqualTo("1.235");
    }

    @Test
    void formatRingkasTanpaNolDiBelakangKoma() {
        assertThat(AngkaIndonesia.formatRingkas(new BigDecimal("92.80"))).isEqualTo("92,8");
        assertThat(AngkaIndonesia.formatRingkas(new BigDecimal("52.95"))).isEqualTo("52,95");
        assertThat(AngkaIndonesia.formatRingkas(new BigDecimal("12000"))).isEqualTo("12.000");
        assertThat(AngkaIndonesia.formatRingkas(new BigDecimal("12000.00"))).isEqualTo("12.000");
        assertThat(AngkaIndonesia.formatRingkas(new BigDecimal("0.6595"))).isEqualTo("0,6595");
    }

    @Test
    void persenSelaluDuaAngkaDesimal() {
        assertThat(AngkaIndonesia.persen(new BigDecimal("68.72"))).isEqualTo("68,72%");
        assertThat(AngkaIndonesia.persen(new BigDecimal("100"))).isEqualTo("100,00%");
        assertThat(AngkaIndonesia.persen(new BigDecimal("2.8"))).isEqualTo("2,80%");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "1.234.567,89; 1234567.89",
                "1234567,89; 1234567.89",
                "68,72; 68.72",
                "12.000; 12000",
                "0; 0",
                "-3,5; -3.5",
                "52,95%; 52.95",
                "'  17,4 '; 17.4",
                "100 %; 100"
            })
    void angkaBerformatIndonesiaDiterima(String teks, BigDecimal nilai) {
        assertThat(AngkaIndonesia.parse(teks)).isEqualByComparingTo(nilai);
    }

    @Test
    void desimalDipertahankanSepertiDiketik() {
        assertThat(AngkaIndonesia.parse("68,70")).isEqualTo(new BigDecimal("68.70"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"68.72", "1,234.5", "abc", "1.23", "12,", ",5", "1.2345", "12.000.00", "--5", "5-"})
    void angkaBerformatLainDitolakDenganMenyebutTeksYangDiketik(String teks) {
        assertThatThrownBy(() -> AngkaIndonesia.parse(teks))
                .isInstanceOf(AngkaTidakSahException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("\"" + teks + "\" bukan angka berformat Indonesia");
    }

    @Test
    void pesanPenolakanMenjelaskanFormatYangBenar() {
        assertThatThrownBy(() -> AngkaIndonesia.parse("68.72"))
                .hasMessage("\"68.72\" bukan angka berformat Indonesia: gunakan koma untuk desimal (68,72) dan titik"
                        + " untuk ribuan (1.234.567).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void angkaKosongDitolak(String teks) {
        assertThatThrownBy(() -> AngkaIndonesia.parse(teks))
                .isInstanceOf(AngkaTidakSahException.class)
                .hasMessage("Angka wajib diisi.");
    }

    @Test
    void angkaTidakDiisiDitolak() {
        assertThatThrownBy(() -> AngkaIndonesia.parse(null))
                .isInstanceOf(AngkaTidakSahException.class)
                .hasMessage("Angka wajib diisi.");
    }

    @Test
    void hasilFormatDapatDibacaKembali() {
        BigDecimal nilai = new BigDecimal("-29669164407.25");
        assertThat(AngkaIndonesia.parse(AngkaIndonesia.format(nilai, 2))).isEqualTo(nilai);
    }
}
