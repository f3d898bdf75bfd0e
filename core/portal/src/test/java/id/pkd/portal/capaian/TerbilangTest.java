package id.pkd.portal.capaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TerbilangTest {

    @Test
    void satuanDanNol() {
        assertThat(Terbilang.angka(0)).isEqualTo("Nol");
        assertThat(Terbilang.angka(1)).isEqualTo("Satu");
        assertThat(Terbilang.angka(9)).isEqualTo("Sembilan");
    }

    @Test
    void satuMenjadiSeSebelumPuluhBelasRatusDanRibu() {
        assertThat(Terbilang.angka(10)).isEqualTo("Sepuluh");
        assertThat(Terbilang.angka(11)).isEqualTo("Sebelas");
        assertThat(Terbilang.angka(100)).isEqualTo("Seratus");
        assertThat(Terbilang.angka(1000)).isEqualTo("Seribu");
    }

    @Test
    void satuTidakMenjadiSeSebelumJutaDanSeterusnya() {
        assertThat(Terbilang.angka(1_000_000)).isEqualTo("Satu Juta");
        assertThat(Terbilang.angka(1_000_000_000)).isEqualTo("Satu Miliar");
        assertThat(Terbilang.angka(1_000_000_000_000L)).isEqualTo("Satu Triliun");
        assertThat(Terbilang.angka(1_000_000_000_000_000L)).isEqualTo("Satu Kuadriliun");
    }

    @Test
    void belasanDanPuluhan() {
        assertThat(Terbilang.angka(12)).isEqualTo("Dua Belas");
        assertThat(Terbilang.angka(19)).isEqualTo("Sembilan Belas");
        assertThat(Terbilang.angka(20)).isEqualTo("Dua Puluh");
        assertThat(Terbilang.angka(53)).isEqualTo("Lima Puluh Tiga");
        assertThat(Terbilang.angka(115)).isEqualTo("Seratus Lima Belas");
        assertThat(Terbilang.angka(123)).isEqualTo("Seratus Dua Puluh Tiga");
        assertThat(Terbilang.angka(200)).isEqualTo("Dua Ratus");
    }

    @Test
    void kelompokRibuanDisebutSatuPerSatu() {
        assertThat(Terbilang.angka(1_111_111)).isEqualTo("Satu Juta Seratus Sebelas Ribu Seratus Sebelas");
        assertThat(Terbilang.angka(1_001_000)).isEqualTo("Satu Juta Seribu");
        assertThat(Terbilang.angka(2_000_001)).isEqualTo("Dua Juta Satu");
        assertThat(Terbilang.angka(11_000)).isEqualTo("Sebelas Ribu");
        assertThat(Terbilang.angka(101_000)).isEqualTo("Seratus Satu Ribu");
        assertThat(Terbilang.angka(6_550_507_653L))
                .isEqualTo("Enam Miliar Lima Ratus Lima Puluh Juta Lima Ratus Tujuh Ribu Enam Ratus Lima Puluh Tiga");
    }

    @Test
    void angkaTerbesar() {
        assertThat(Terbilang.angka(Long.MAX_VALUE))
                .startsWith("Sembilan Kuintiliun Dua Ratus Dua Puluh Tiga Kuadriliun")
                .endsWith("Tujuh Ratus Tujuh Puluh Lima Ribu Delapan Ratus Tujuh");
        assertThat(Terbilang.angka(Long.MIN_VALUE))
                .startsWith("Minus Sembilan Kuintiliun")
                .endsWith("Tujuh Ratus Tujuh Puluh Lima Ribu Delapan Ratus Delapan");
    }

    @Test
    void angkaNegatif() {
        assertThat(Terbilang.angka(-15)).isEqualTo("Minus Lima Belas");
    }

    @Test
    void rupiahDenganDanTanpaSen() {
        assertThat(Terbilang.rupiah(new BigDecimal("1"))).isEqualTo("Satu Rupiah");
        assertThat(Terbilang.rupiah(new BigDecimal("1000.5"))).isEqualTo("Seribu Rupiah Lima Puluh Sen");
        assertThat(Terbilang.rupiah(new BigDecimal("1000.01"))).isEqualTo("Seribu Rupiah Satu Sen");
        assertThat(Terbilang.rupiah(new BigDecimal("1000.00"))).isEqualTo("Seribu Rupiah");
    }

    @Test
    void rupiahMengikutiAturanNilaiRupiah() {
        assertThatThrownBy(() -> Terbilang.rupiah(new BigDecimal("-5")))
                .hasMessage("Nilai rupiah tidak boleh negatif.");
        assertThatThrownBy(() -> Terbilang.rupiah(new BigDecimal("5.001")))
                .hasMessage("Nilai rupiah paling banyak 2 angka desimal (sen).");
    }
}
