package id.pkd.portal.pengguna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NipTest {

    @Test
    void nipTerdiriAtasTanggalLahirBulanPengangkatanJenisKelaminDanNomorUrut() {
        Nip nip = Nip.dari("19730501 199311 1 001");
        assertThat(nip.nilai()).isEqualTo("197305011993111001");
        assertThat(nip.tercetak()).isEqualTo("19730501 199311 1 001");
    }

    @Test
    void nipHarus18Angka() {
        assertThat(Nip.periksa("1973050119931110"))
                .hasValueSatisfying(p -> assertThat(p).contains("18 angka"));
        assertThat(Nip.periksa("19730501199311100A")).isPresent();
    }

    @Test
    void tanggalLahirHarusTanggalYangAda() {
        assertThat(Nip.periksa("197302301993111001"))
                .hasValueSatisfying(p -> assertThat(p).contains("tanggal lahir"));
    }

    @Test
    void bulanPengangkatanHarusBulanYangAda() {
        assertThat(Nip.periksa("197305011993131001"))
                .hasValueSatisfying(p -> assertThat(p).contains("bulan pengangkatan"));
    }

    @Test
    void pengangkatanSetelahBerusia18Tahun() {
        assertThat(Nip.periksa("197305011991041001"))
                .hasValueSatisfying(p -> assertThat(p).contains("18 tahun"));
        assertThat(Nip.periksa("197305011991051001")).isEmpty();
    }

    @Test
    void jenisKelaminSatuAtauDua() {
        assertThat(Nip.periksa("197305011993113001"))
                .hasValueSatisfying(p -> assertThat(p).contains("jenis kelamin"));
        assertThat(Nip.periksa("197803122003122004")).isEmpty();
    }

    @Test
    void nipTidakSahTidakDapatDibuat() {
        assertThatThrownBy(() -> Nip.dari("19730230 199311 1 001")).isInstanceOf(IllegalArgumentException.class);
    }
}
