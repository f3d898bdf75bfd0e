package id.pkd.portal.umum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Keppres 41/1987 as the regions' codes carry it: each province keeps one of the three zones. */
class ZonaWaktuTest {

    @ParameterizedTest(name = "{0} ({2}) memakai {1}")
    @CsvSource({
        "11, WIB, Aceh",
        "21, WIB, Kepulauan Riau",
        "31.71, WIB, Jakarta Pusat",
        "36, WIB, Banten",
        "61, WIB, Kalimantan Barat",
        "62.01, WIB, Kotawaringin Barat",
        "51, WITA, Bali",
        "53.71, WITA, Kota Kupang",
        "63.11, WITA, Balangan (Kalimantan Selatan)",
        "64, WITA, Kalimantan Timur",
        "65, WITA, Kalimantan Utara",
        "71, WITA, Sulawesi Utara",
        "76, WITA, Sulawesi Barat",
        "81, WIT, Maluku",
        "82, WIT, Maluku Utara",
        "91.71, WIT, Kota Jayapura",
        "92, WIT, Papua Barat",
        "93, WIT, Papua Selatan",
        "94, WIT, Papua Tengah",
        "95, WIT, Papua Pegunungan",
        "96, WIT, Papua Barat Daya"
    })
    void setiapProvinsiMemakaiZonanya(String kode, ZonaWaktu zona, String nama) {
        assertThat(ZonaWaktu.dariKodeWilayah(kode)).as(nama).isEqualTo(zona);
    }

    @ParameterizedTest
    @CsvSource({"WIB, 7", "WITA, 8", "WIT, 9"})
    void selisihDariUtc(ZonaWaktu zona, int jam) {
        assertThat(zona.zona()
                        .getRules()
                        .getOffset(Instant.parse("2026-11-30T00:00:00Z"))
                        .getTotalSeconds())
                .isEqualTo(jam * 3600);
        assertThat(zona.zona()).isNotEqualTo(ZoneId.of("UTC"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "6", "ab.11"})
    void kodeYangBukanKodeWilayahDitolak(String kode) {
        assertThatThrownBy(() -> ZonaWaktu.dariKodeWilayah(kode)).isInstanceOf(IllegalArgumentException.class);
    }
}
