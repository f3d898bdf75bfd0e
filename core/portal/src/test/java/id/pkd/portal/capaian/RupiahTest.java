package id.pkd.portal.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RupiahTest {

    @Test
    void nilaiRupiahTidakBolehNegatif() {
        assertThatThrownBy(() -> new Rupiah(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Nilai rupiah tidak boleh negatif.");
    }

    @Test
    void nilaiRupiahPalingBanyakSampaiSen() {
        assertThatThrownBy(() -> new Rupiah(new BigDecimal("1500.505")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Nilai rupiah paling banyak 2 angka desimal (sen).");
        assertThat(new Rupiah(new BigDecimal("1500.500"))).isEqualTo(new Rupiah(new BigDecimal("1500.5")));
    }

    @Test
    void nilaiRupiahWajibDiisi() {
        assertThatThrownBy(() -> new Rupiah(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nilaiYangSamaAdalahRupiahYangSamaApapunPenulisannya() {
        assertThat(Rupiah.dari(1500)).isEqualTo(new Rupiah(new BigDecimal("1500.00")));
        assertThat(Rupiah.dari(1500).nilai().scale()).isEqualTo(2);
        assertThat(Rupiah.NOL).isEqualTo(Rupiah.dari(0));
    }

    @Test
    void jumlahAnggaranAdalahPenjumlahanTepatTanpaPecahanBiner() {
        assertThat(new Rupiah(new BigDecimal("0.10")).tambah(new Rupiah(new BigDecimal("0.20"))))
                .isEqualTo(new Rupiah(new BigDecimal("0.30")));
        assertThat(Rupiah.jumlah(List.of(
                        Rupiah.dari(4_331_385_750L),
                        Rupiah.dari(401_693_000L),
                        Rupiah.dari(2_014_669_250L),
                        Rupiah.dari(135_799_800L),
                        Rupiah.dari(1_779_223_700L))))
                .isEqualTo(Rupiah.dari(8_662_771_500L));
        assertThat(Rupiah.jumlah(List.of())).isEqualTo(Rupiah.NOL);
    }

    @Test
    void rupiahDicetakDenganTitikRibuan() {
        assertThat(Rupiah.dari(6_550_507_653L).tercetak()).isEqualTo("Rp 6.550.507.653");
        assertThat(Rupiah.dari(0).tercetak()).isEqualTo("Rp 0");
        assertThat(Rupiah.dari(999).tercetak()).isEqualTo("Rp 999");
    }

    @Test
    void senDicetakHanyaBilaAda() {
        assertThat(new Rupiah(new BigDecimal("1500.5")).tercetak()).isEqualTo("Rp 1.500,50");
        assertThat(new Rupiah(new BigDecimal("1500.00")).tercetak()).isEqualTo("Rp 1.500");
    }

    @Test
    void terbilangAnggaranProgramPpks() {
        assertThat(Rupiah.dari(6_550_507_653L).terbilang())
                .isEqualTo("Enam Miliar Lima Ratus Lima Puluh Juta Lima Ratus Tujuh Ribu Enam Ratus Lima Puluh"
                        + " Tiga Rupiah");
    }

    @Test
    void terbilangAnggaranDinasTahun2022() {
        assertThat(Rupiah.dari(29_669_164_407L).terbilang())
                .isEqualTo("Dua Puluh Sembilan Miliar Enam Ratus Enam Puluh Sembilan Juta Seratus Enam Puluh"
                        + " Empat Ribu Empat Ratus Tujuh Rupiah");
        assertThat(Rupiah.dari(25_936_934_756L).terbilang())
                .isEqualTo("Dua Puluh Lima Miliar Sembilan Ratus Tiga Puluh Enam Juta Sembilan Ratus Tiga Puluh"
                        + " Empat Ribu Tujuh Ratus Lima Puluh Enam Rupiah");
    }

    @Test
    void terbilangDenganSen() {
        assertThat(new Rupiah(new BigDecimal("1500.50")).terbilang())
                .isEqualTo("Seribu Lima Ratus Rupiah Lima Puluh Sen");
        assertThat(new Rupiah(new BigDecimal("0.05")).terbilang()).isEqualTo("Nol Rupiah Lima Sen");
        assertThat(Rupiah.dari(110_000).terbilang()).isEqualTo("Seratus Sepuluh Ribu Rupiah");
    }
}
