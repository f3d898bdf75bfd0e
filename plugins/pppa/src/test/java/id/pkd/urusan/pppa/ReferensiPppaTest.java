package id.pkd.urusan.pppa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferensiPppaTest {

    @Test
    void bentukKekerasanSimfoni() {
        assertThat(TabelCsv.baca("referensi/bentuk-kekerasan-v1.csv"))
                .extracting(b -> b.get("kode"))
                .containsExactly("fisik", "psikis", "seksual", "eksploitasi", "tppo", "penelantaran", "lainnya");
    }

    @Test
    void kelompokUmurBersambungAnakSampai17DewasaMulai18() {
        List<Map<String, String>> umur = TabelCsv.baca("referensi/kelompok-umur-v1.csv");

        int berikutnya = 0;
        for (Map<String, String> k : umur) {
            assertThat(Integer.parseInt(k.get("umur_min"))).as(k.get("kode")).isEqualTo(berikutnya);
            String maks = k.get("umur_maks");
            assertThat(k.get("kelompok")).isEqualTo(berikutnya < 18 ? "anak" : "dewasa");
            berikutnya = maks.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(maks) + 1;
        }
        assertThat(berikutnya).as("kelompok terakhir tanpa batas atas").isEqualTo(Integer.MAX_VALUE);
        assertThat(umur)
                .filteredOn(k -> k.get("kelompok").equals("anak"))
                .extracting(k -> k.get("umur_maks"))
                .last()
                .isEqualTo("17");
    }

    @Test
    void peringkatKlaDariPratamaSampaiKla() {
        assertThat(TabelCsv.baca("referensi/peringkat-kla-v1.csv"))
                .extracting(b -> b.get("urutan") + ":" + b.get("kode"))
                .containsExactly("1:pratama", "2:madya", "3:nindya", "4:utama", "5:kla");
    }
}
