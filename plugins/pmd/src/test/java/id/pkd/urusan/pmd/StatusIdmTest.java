package id.pkd.urusan.pmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Permendesa PDTT 2/2016: Mandiri > 0,8155; Maju > 0,7072; Berkembang > 0,5989; Tertinggal > 0,4907. */
class StatusIdmTest {

    @ParameterizedTest(name = "IDM {0} adalah {1}")
    @CsvSource({
        "1.0000, MANDIRI",
        "0.8156, MANDIRI",
        "0.8155, MAJU",
        "0.7073, MAJU",
        "0.7072, BERKEMBANG",
        "0.5990, BERKEMBANG",
        "0.5989, TERTINGGAL",
        "0.4908, TERTINGGAL",
        "0.4907, SANGAT_TERTINGGAL",
        "0.0000, SANGAT_TERTINGGAL"
    })
    void statusMenurutBatasPermendesa(String idm, StatusIdm status) {
        assertThat(PitaStatusIdm.V1.status(new BigDecimal(idm))).isEqualTo(status);
    }

    @Test
    void berkasBatasDanEnumSejalan() {
        List<Map<String, String>> baris = TabelCsv.baca("referensi/status-idm-v1.csv");
        assertThat(baris)
                .extracting(b -> b.get("kode"))
                .containsExactlyElementsOf(
                        Arrays.stream(StatusIdm.values()).map(Enum::name).toList());
        assertThat(baris)
                .extracting(b -> b.get("nama"))
                .containsExactlyElementsOf(
                        Arrays.stream(StatusIdm.values()).map(StatusIdm::label).toList());
        assertThat(PitaStatusIdm.V1.versi()).isEqualTo("status-idm-v1");
    }

    @Test
    void minimalMajuHanyaMajuDanMandiri() {
        assertThat(Arrays.stream(StatusIdm.values()).filter(StatusIdm::minimalMaju))
                .containsExactly(StatusIdm.MAJU, StatusIdm.MANDIRI);
    }

    @Test
    void pitaTanpaStatusTerendahDitolak() {
        List<PitaStatusIdm.Batas> tanpaTerendah = List.of(
                new PitaStatusIdm.Batas(StatusIdm.MAJU, new BigDecimal("0.7")),
                new PitaStatusIdm.Batas(StatusIdm.MANDIRI, new BigDecimal("0.8")));

        assertThatThrownBy(() -> new PitaStatusIdm("uji", tanpaTerendah))
                .hasMessageContaining("tepat satu status terendah");
    }

    @Test
    void versiIndeksYangTidakAdaDitolakDenganNamanya() {
        assertThatThrownBy(() -> PitaStatusIdm.muat("status-idm-v9"))
                .hasMessageContaining("referensi/status-idm-v9.csv");
    }
}
