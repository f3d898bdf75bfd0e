package id.pkd.urusan.pmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** IDM = (IKS + IKE + IKL) / 3, status by the Permendesa 2/2016 bands. */
class NilaiIdmTest {

    @Test
    void idmAdalahRataRataTigaIndeks() {
        NilaiIdm nilai = NilaiIdm.dari("0.8000", "0.7000", "0.6822");

        assertThat(nilai.idm()).isEqualByComparingTo("0.7274");
        assertThat(nilai.status()).isEqualTo(StatusIdm.MAJU);
    }

    @Test
    void idmDibulatkanEmpatDesimalSebelumDiberiStatus() {
        // (0.8200 + 0.8100 + 0.8166) / 3 = 0.815533…: printed 0.8155, which is Maju, not Mandiri.
        NilaiIdm nilai = NilaiIdm.dari("0.8200", "0.8100", "0.8166");

        assertThat(nilai.idm()).isEqualByComparingTo("0.8155");
        assertThat(nilai.status()).isEqualTo(StatusIdm.MAJU);
    }

    @Test
    void pembulatanSetengahKeAtas() {
        // 2.44665 / 3 = 0.81555 → 0.8156 (HALF_UP): Mandiri.
        NilaiIdm nilai = NilaiIdm.dari("0.81555", "0.81555", "0.81555");

        assertThat(nilai.idm()).isEqualByComparingTo("0.8156");
        assertThat(nilai.status()).isEqualTo(StatusIdm.MANDIRI);
    }

    @Test
    void komaDesimalDiterima() {
        assertThat(NilaiIdm.dari("0,5", "0,5", "0,5").idm()).isEqualByComparingTo("0.5000");
    }

    @Test
    void indeksDiLuarNolSampaiSatuDitolak() {
        assertThatThrownBy(() -> NilaiIdm.dari("1.2", "0.5", "0.5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("IKS (Indeks Ketahanan Sosial) harus antara 0 dan 1, bukan 1.2");
        assertThatThrownBy(() -> new NilaiIdm(BigDecimal.ONE, new BigDecimal("-0.1"), BigDecimal.ONE))
                .hasMessageContaining("IKE (Indeks Ketahanan Ekonomi) harus antara 0 dan 1");
    }

    @Test
    void indeksKosongDitolak() {
        assertThatThrownBy(() -> NilaiIdm.dari("0.5", "0.5", " "))
                .hasMessage("IKL (Indeks Ketahanan Lingkungan) wajib diisi");
        assertThatThrownBy(() -> NilaiIdm.dari("0.5", "abc", "0.5")).hasMessage("IKE bukan angka: abc");
    }
}
