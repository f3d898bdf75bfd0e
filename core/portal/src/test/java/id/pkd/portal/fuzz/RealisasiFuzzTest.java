package id.pkd.portal.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import id.pkd.portal.fuzz.DaerahFuzz.Jawaban;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import org.springframework.http.HttpMethod;

/**
 * {@code PUT /api/v1/realisasi/{tahun}/{pd}/{indikator}} with generated bodies, written as raw
 * text so notations such as {@code 1e999999999}, duplicate keys, unknown keys and broken JSON reach
 * the server as a client would send them, against indicators of every unit (%, Orang, indeks,
 * Dokumen) and one that does not exist. For every input: no 5xx; a 422 has every problem at a path;
 * a refusal changes no stored realisasi, and every 25th try also the export and capaian are
 * compared. Own region 64.63.
 */
class RealisasiFuzzTest extends UjiFuzz {

    static final int PERCOBAAN = 1_500;

    static final List<String> ISIAN =
            List.of("triwulan", "nilai", "pembilang", "penyebut", "skala", "upaya", "hambatan", "rencanaTindakLanjut");

    @Provide
    Arbitrary<String> indikator() {
        return Arbitraries.of("IKU-1", "IKU-1", "IKU-2", "IKU-2", "IKU-3", "PK-1", "TIDAK-ADA");
    }

    @Provide
    Arbitrary<String> badan() {
        Arbitrary<String> angka = Arbitraries.oneOf(
                Masukan.angka().map(BigDecimal::toString),
                Arbitraries.of("1e999999999", "-0", "0e0", "1E+16", "1.0e-5", "9".repeat(45), "NaN", "Infinity"));
        Arbitrary<String> nilai = Arbitraries.frequencyOf(
                Tuple.of(5, angka),
                Tuple.of(3, Masukan.teks().map(RealisasiFuzzTest::kutip)),
                Tuple.of(2, Arbitraries.just("null")),
                Tuple.of(1, Arbitraries.of("true", "[]", "{}", "[1,2]", "{\"a\":1}", "\"12,5\"")),
                Tuple.of(1, Arbitraries.of(1, 2, 3, 4, 0, 5, -1).map(String::valueOf)));
        Arbitrary<String> pasangan = Combinators.combine(
                        Arbitraries.frequencyOf(
                                Tuple.of(9, Arbitraries.of(ISIAN)),
                                Tuple.of(1, Arbitraries.of("tidakDikenal", "", "Nilai", "tahun"))),
                        nilai)
                .as((k, v) -> kutip(k) + ":" + v);
        Arbitrary<String> objek = pasangan.list().ofMinSize(0).ofMaxSize(5).map(l -> "{" + String.join(",", l) + "}");
        Arbitrary<String> rusak = Arbitraries.of(
                "",
                "null",
                "[]",
                "\"nilai\"",
                "{",
                "{\"nilai\":1,\"nilai\":2}",
                "{\"nilai\":}",
                "{\"nilai\":1}}",
                "[".repeat(1_001) + "]".repeat(1_001),
                "{\"upaya\":" + "[".repeat(40) + "]".repeat(40) + "}",
                "{\"nilai\":1e999999999}",
                "\uFEFF{\"nilai\":1}");
        return Arbitraries.frequencyOf(Tuple.of(12, objek), Tuple.of(1, rusak));
    }

    static String kutip(String teks) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(teks)) + "\"";
    }

    private static int ke;
    private static Map<String, Object> simpananTerakhir;

    @Property(tries = PERCOBAAN, shrinking = ShrinkingMode.BOUNDED)
    void realisasiApiTidakPernah5xxDanPenolakanTidakMengubahApaPun(
            @ForAll("indikator") String indikator, @ForAll("badan") String badan) {
        DaerahFuzz d = daerah("64.63");
        boolean lengkap = ke++ % 25 == 0;
        String sebelum = lengkap ? d.sidikJari() : null;
        // the stored state only moves on a 200, so the one read after the last refusal serves as "before"
        Map<String, Object> simpanan = simpananTerakhir != null ? simpananTerakhir : tersimpan(d);
        simpananTerakhir = null;
        Jawaban j = d.panggil(
                HttpMethod.PUT, "/api/v1/realisasi/" + DaerahFuzz.TAHUN + "/" + DaerahFuzz.PD + "/" + indikator, badan);
        Statistik.untuk("PUT /api/v1/realisasi").catat(j.status());
        String kasus = indikator + " " + (badan.length() > 300 ? badan.substring(0, 300) + "…" : badan);
        assertThat(j.status()).as("%s → %s", kasus, j.teks()).isLessThan(500);
        if (j.status() == 200) {
            return;
        }
        Map<String, Object> sesudah = tersimpan(d);
        assertThat(j.status()).as(j.teks()).isBetween(400, 499);
        if (j.status() == 422) {
            assertThat(j.path()).as("penolakan menyebut path: %s", j.teks()).isNotEmpty();
        } else if (j.status() == 400) {
            // not JSON at all: the message places it (line and column) instead of a path
            assertThat(j.json().path("pesan").asText()).as(j.teks()).isNotBlank();
        } else {
            assertThat(j.status()).as("%s → %s", kasus, j.teks()).isEqualTo(404);
            assertThat(indikator).isEqualTo("TIDAK-ADA");
        }
        assertThat(sesudah).as("penolakan %s tidak mengubah realisasi", kasus).isEqualTo(simpanan);
        simpananTerakhir = sesudah;
        if (lengkap) {
            assertThat(d.sidikJari())
                    .as("penolakan %s tidak mengubah ekspor dan capaian", kasus)
                    .isEqualTo(sebelum);
        }
    }

    /** The tenant's stored realisasi, every column but the time of the change. */
    private Map<String, Object> tersimpan(DaerahFuzz d) {
        return jdbc.sql(
                        """
                        SELECT COUNT(*) AS jumlah, COALESCE(SHA2(GROUP_CONCAT(CONCAT_WS('|', indikator_id, tahun,
                            triwulan, COALESCE(nilai, '-'), COALESCE(pembilang, '-'), COALESCE(penyebut, '-'),
                            COALESCE(skala, '-'), COALESCE(upaya, '-'), COALESCE(hambatan, '-'),
                            COALESCE(rencana_tindak_lanjut, '-')) ORDER BY id SEPARATOR '#'), 256), '') AS isi
                        FROM realisasi_indikator WHERE tenant_id = ?""")
                .param(d.tenant.value())
                .query()
                .singleRow();
    }
}
