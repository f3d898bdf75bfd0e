package id.pkd.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * {@code PUT /api/v1/realisasi/…} over real HTTP: a partial change keeps what it does not name, and
 * every bad value is a 422 at its JSON path with nothing stored and nothing audited. Runs in a tenant
 * of its own (Kabupaten Uji Isian, 65.04) so no demo figure moves.
 */
class RealisasiApiTest extends PortalIntegrationTest {

    static final String KODE_WILAYAH = "65.04";
    static final String PD = "9.99.0.00.0.00.0.00.01.0000";
    static final int TAHUN = 2024;

    /** The test's indicators by kode: unit, and whether a percentage may leave 0–100. */
    static final Map<String, Object[]> INDIKATOR = Map.of(
            "PERSEN", new Object[] {"%", false},
            "ORANG", new Object[] {"Orang", false},
            "BEBAS", new Object[] {"%", true},
            "INDEKS", new Object[] {"indeks", false});

    static String token;

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokenService tokens;

    RestClient http;
    long tenant;

    record Jawaban(int status, JsonNode json) {

        /** The message at one path of a 422 answer. */
        String pesanDi(String path) {
            for (JsonNode k : json.path("kesalahan")) {
                if (k.get("path").asText().equals(path)) {
                    return k.get("pesan").asText();
                }
            }
            return null;
        }
    }

    @BeforeEach
    void siapkan() {
        http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .build();
        tenant = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = ?")
                .param(KODE_WILAYAH)
                .query(Long.class)
                .optional()
                .orElseGet(this::buatDaerahUji);
        if (token == null) {
            token = sebagai(Peran.ADMIN_DAERAH, KODE_WILAYAH, () -> tokens.buat("uji isian", HakToken.BACA_TULIS))
                    .teks();
        }
        jdbc.sql("DELETE FROM realisasi_indikator WHERE tenant_id = ?")
                .param(tenant)
                .update();
    }

    private long buatDaerahUji() {
        jdbc.sql("INSERT INTO tenant (kode_wilayah, nama, jenis, dibuat_pada)"
                        + " VALUES (?, 'Kabupaten Uji Isian', 'KABUPATEN', NOW(3))")
                .param(KODE_WILAYAH)
                .update();
        long t = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = ?")
                .param(KODE_WILAYAH)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO periode_rpjmd (tenant_id, tahun_awal, tahun_akhir, visi, misi)"
                        + " VALUES (?, 2021, 2026, 'Visi uji', 'Misi uji')")
                .param(t)
                .update();
        jdbc.sql("INSERT INTO perangkat_daerah (tenant_id, kode, nama) VALUES (?, ?, 'Dinas Uji Isian')")
                .params(t, PD)
                .update();
        INDIKATOR.forEach((kode, ciri) -> jdbc.sql(
                        """
                        INSERT INTO indikator (tenant_id, perangkat_daerah_id, periode_id, kode, nama, satuan, polaritas,
                            rentang_bebas)
                        SELECT pd.tenant_id, pd.id, p.id, ?, ?, ?, 'SEMAKIN_TINGGI_SEMAKIN_BAIK', ?
                        FROM perangkat_daerah pd JOIN periode_rpjmd p ON p.tenant_id = pd.tenant_id
                        WHERE pd.tenant_id = ?""")
                .params(kode, "Indikator uji " + kode, ciri[0], ciri[1], t)
                .update());
        return t;
    }

    Jawaban put(String indikator, String body) {
        return http.put()
                .uri("/api/v1/realisasi/" + TAHUN + "/" + PD + "/" + indikator)
                .headers(h -> {
                    h.setBearerAuth(token);
                    h.setContentType(MediaType.APPLICATION_JSON);
                })
                .body(body)
                .exchange((req, res) -> {
                    String isi = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    return new Jawaban(res.getStatusCode().value(), isi.isEmpty() ? null : json.readTree(isi));
                });
    }

    /** The stored realisasi of the year, or an empty map when there is none. */
    Map<String, Object> tersimpan(String indikator) {
        List<Map<String, Object>> baris = jdbc.sql(
                        """
                        SELECT r.nilai, r.pembilang, r.penyebut, r.skala, r.upaya, r.hambatan,
                            r.rencana_tindak_lanjut, r.diubah_pada
                        FROM realisasi_indikator r JOIN indikator i ON i.tenant_id = r.tenant_id AND i.id = r.indikator_id
                        WHERE r.tenant_id = ? AND i.kode = ? AND r.tahun = ? AND r.triwulan = 0""")
                .params(tenant, indikator, TAHUN)
                .query()
                .listOfRows();
        return baris.isEmpty() ? Map.of() : new HashMap<>(baris.get(0));
    }

    long jumlahJejak() {
        return jdbc.sql("SELECT COUNT(*) FROM jejak_audit WHERE tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
    }

    static BigDecimal angka(Object o) {
        return (BigDecimal) o;
    }

    @Test
    void hanyaIsianYangDikirimYangBerubah() {
        assertThat(put(
                                "PERSEN",
                                "{\"nilai\": 40, \"upaya\": \"Pendataan\", \"hambatan\": \"Cuaca\","
                                        + " \"rencanaTindakLanjut\": \"Jadwal ulang\"}")
                        .status())
                .isEqualTo(200);

        // only nilai: the narrative stays
        Jawaban j = put("PERSEN", "{\"nilai\": 45.5}");
        assertThat(j.status()).isEqualTo(200);
        assertThat(j.json().get("nilai").decimalValue()).isEqualByComparingTo("45.5");
        Map<String, Object> r = tersimpan("PERSEN");
        assertThat(angka(r.get("nilai"))).isEqualByComparingTo("45.5");
        assertThat(r)
                .containsEntry("upaya", "Pendataan")
                .containsEntry("hambatan", "Cuaca")
                .containsEntry("rencana_tindak_lanjut", "Jadwal ulang");

        // an explicit null clears that narrative field only
        assertThat(put("PERSEN", "{\"hambatan\": null}").status()).isEqualTo(200);
        r = tersimpan("PERSEN");
        assertThat(r.get("hambatan")).isNull();
        assertThat(r).containsEntry("upaya", "Pendataan").containsEntry("rencana_tindak_lanjut", "Jadwal ulang");
        assertThat(angka(r.get("nilai"))).isEqualByComparingTo("45.5");

        // pembilang and penyebut turn the value into a ratio (skala 100 when not given)
        assertThat(put("PERSEN", "{\"pembilang\": 103, \"penyebut\": 154}").status())
                .isEqualTo(200);
        r = tersimpan("PERSEN");
        assertThat(r.get("nilai")).isNull();
        assertThat(angka(r.get("pembilang"))).isEqualByComparingTo("103");
        assertThat(angka(r.get("penyebut"))).isEqualByComparingTo("154");
        assertThat(angka(r.get("skala"))).isEqualByComparingTo("100");
        assertThat(r).containsEntry("upaya", "Pendataan");

        // one side of the ratio keeps the other
        assertThat(put("PERSEN", "{\"penyebut\": 206}").status()).isEqualTo(200);
        r = tersimpan("PERSEN");
        assertThat(angka(r.get("pembilang"))).isEqualByComparingTo("103");
        assertThat(angka(r.get("penyebut"))).isEqualByComparingTo("206");

        // nilai turns it back into a value
        assertThat(put("PERSEN", "{\"nilai\": 50}").status()).isEqualTo(200);
        r = tersimpan("PERSEN");
        assertThat(angka(r.get("nilai"))).isEqualByComparingTo("50");
        assertThat(r.get("pembilang")).isNull();
        assertThat(r.get("penyebut")).isNull();
        assertThat(r.get("skala")).isNull();
        assertThat(r).containsEntry("upaya", "Pendataan").containsEntry("rencana_tindak_lanjut", "Jadwal ulang");

        // a new realisasi needs its value: narrative alone is refused at nilai
        Jawaban tanpaNilai = put("INDEKS", "{\"upaya\": \"Belum ada angka\"}");
        assertThat(tanpaNilai.status()).isEqualTo(422);
        assertThat(tanpaNilai.pesanDi("nilai")).isEqualTo("Nilai realisasi wajib diisi.");
        assertThat(tersimpan("INDEKS")).isEmpty();
    }

    @Test
    void indikatorBerentangBebasMenerimaPersenDiLuar0Sampai100() {
        assertThat(put("BEBAS", "{\"nilai\": 250}").status()).isEqualTo(200);
        assertThat(angka(tersimpan("BEBAS").get("nilai"))).isEqualByComparingTo("250");
        assertThat(put("BEBAS", "{\"nilai\": -3.25}").status()).isEqualTo(200);
        assertThat(angka(tersimpan("BEBAS").get("nilai"))).isEqualByComparingTo("-3.25");
        assertThat(put("ORANG", "{\"nilai\": 38}").status()).isEqualTo(200);
        assertThat(put("INDEKS", "{\"nilai\": 92.3312}").status()).isEqualTo(200);
        assertThat(angka(tersimpan("INDEKS").get("nilai"))).isEqualByComparingTo("92.3312");
    }

    @Test
    void duaPerubahanSebagianBersamaanTidakSalingMembatalkan() throws Exception {
        assertThat(put("INDEKS", "{\"nilai\": 1, \"upaya\": \"awal\"}").status())
                .isEqualTo(200);
        ExecutorService pelaksana = Executors.newFixedThreadPool(2);
        try {
            for (int i = 2; i <= 11; i++) {
                String nilai = "{\"nilai\": " + i + "}";
                String upaya = "{\"upaya\": \"putaran " + i + "\"}";
                Future<Jawaban> a = pelaksana.submit(() -> put("INDEKS", nilai));
                Future<Jawaban> b = pelaksana.submit(() -> put("INDEKS", upaya));
                assertThat(a.get().status()).isEqualTo(200);
                assertThat(b.get().status()).isEqualTo(200);
                Map<String, Object> r = tersimpan("INDEKS");
                assertThat(angka(r.get("nilai"))).as("putaran " + i).isEqualByComparingTo(Integer.toString(i));
                assertThat(r).as("putaran " + i).containsEntry("upaya", "putaran " + i);
            }
        } finally {
            pelaksana.shutdownNow();
        }
    }

    @Test
    void dokumentasiOpenApiMenjelaskanPerubahanSebagian() throws Exception {
        JsonNode doc = json.readTree(http.get().uri("/v3/api-docs").retrieve().body(String.class));
        JsonNode put = doc.get("paths")
                .get("/api/v1/realisasi/{tahun}/{kodePerangkatDaerah}/{kodeIndikator}")
                .get("put");
        assertThat(put.get("description").asText()).contains("Hanya isian yang dikirim yang diubah");
        assertThat(put.at("/requestBody/content/application~1json/schema/$ref").asText())
                .endsWith("/RealisasiMasuk");
        assertThat(put.at("/responses/422").isObject()).isTrue();
        JsonNode skema = doc.at("/components/schemas/RealisasiMasuk/properties");
        assertThat(skema.get("nilai").get("description").asText()).contains("0–100");
        assertThat(skema.get("hambatan").get("description").asText()).contains("null mengosongkan");
    }

    static Stream<Arguments> nilaiBuruk() {
        return Stream.of(
                Arguments.of("PERSEN", "{\"nilai\": 1e300}", "nilai", "Angka terlalu besar"),
                Arguments.of("PERSEN", "{\"nilai\": 1e999999999}", "nilai", "Angka terlalu besar"),
                Arguments.of("PERSEN", "{\"nilai\": -1e999999999}", "nilai", "Angka terlalu besar"),
                Arguments.of("PERSEN", "{\"nilai\": 1e-999999999}", "nilai", "Paling banyak 4 angka di belakang koma"),
                Arguments.of("PERSEN", "{\"nilai\": 1e99999999999}", "nilai", "di luar batas"),
                Arguments.of(
                        "PERSEN",
                        "{\"nilai\": 123456789012345678901234567890123456789012345678901234567890}",
                        "nilai",
                        "Angka terlalu panjang"),
                Arguments.of("PERSEN", "{\"nilai\": -5}", "nilai", "Persentase harus 0 sampai 100"),
                Arguments.of("PERSEN", "{\"nilai\": 250}", "nilai", "Persentase harus 0 sampai 100"),
                Arguments.of("PERSEN", "{\"pembilang\": 5, \"penyebut\": 4}", "pembilang", "= 125,00"),
                Arguments.of("ORANG", "{\"nilai\": 1.5}", "nilai", "Satuan Orang menghitung cacah"),
                Arguments.of("ORANG", "{\"nilai\": -1}", "nilai", "tidak boleh negatif"),
                Arguments.of("ORANG", "{\"pembilang\": 1, \"penyebut\": 2}", "pembilang", "menghitung cacah"),
                Arguments.of("PERSEN", "{\"nilai\": 0.123456789}", "nilai", "Paling banyak 4 angka di belakang koma"),
                Arguments.of(
                        "INDEKS",
                        "{\"pembilang\": 1000000000000000, \"penyebut\": 0.0001}",
                        "penyebut",
                        "Penyebut terlalu kecil"),
                Arguments.of("INDEKS", "{\"pembilang\": 1, \"penyebut\": 0}", "penyebut", "lebih dari nol"),
                Arguments.of(
                        "INDEKS", "{\"pembilang\": 1, \"penyebut\": 3, \"skala\": 2.5}", "skala", "bilangan bulat"),
                Arguments.of("PERSEN", "{\"nilai\": 5, \"pembilang\": 1, \"penyebut\": 2}", "nilai", "tidak keduanya"),
                Arguments.of("PERSEN", "{\"nilai\": 5, \"skala\": 100}", "skala", "hanya dipakai bersama"),
                Arguments.of("PERSEN", "{\"nilai\": \"abc\"}", "nilai", "harus berupa angka"),
                Arguments.of("PERSEN", "{\"nilai\": \"12.5\"}", "nilai", "harus berupa angka"),
                Arguments.of("PERSEN", "{\"nilai\": true}", "nilai", "harus berupa angka"),
                Arguments.of("PERSEN", "{\"nilai\": {\"x\": 1}}", "nilai", "harus berupa angka"),
                Arguments.of("PERSEN", "{\"upaya\": 5}", "upaya", "harus berupa teks"),
                Arguments.of("PERSEN", "{\"triwulan\": 5, \"nilai\": 1}", "triwulan", "Triwulan harus 1, 2, 3 atau 4"),
                Arguments.of("PERSEN", "{\"nlai\": 5}", "nlai", "tidak dikenal"),
                Arguments.of("PERSEN", "{\"nilai\": 5, \"nilai\": 6}", "nilai", "muncul dua kali"),
                Arguments.of("PERSEN", "{}", "", "Tidak ada isian yang dikirim"),
                Arguments.of("PERSEN", "nilai=5", "", "bukan JSON yang sah"),
                Arguments.of("PERSEN", "{\"nilai\": 5", "", "bukan JSON yang sah"),
                Arguments.of("PERSEN", "[{\"nilai\": 5}]", "", "harus sebuah objek JSON"),
                Arguments.of("PERSEN", "{\"nilai\": 5} {\"nilai\": 6}", "", "hanya boleh memuat satu objek"),
                Arguments.of("PERSEN", "", "", "Badan permintaan kosong"),
                Arguments.of(
                        "PERSEN",
                        "{\"upaya\": \"" + "a".repeat(16_001) + "\"}",
                        "upaya",
                        "Paling banyak 16.000 karakter"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("nilaiBuruk")
    void nilaiBurukDitolak422DiPathnyaTanpaMengubahApaPun(String indikator, String body, String path, String pesan) {
        assertThat(put(indikator, "{\"nilai\": 20, \"upaya\": \"Semula\"}").status())
                .isEqualTo(200);
        Map<String, Object> semula = tersimpan(indikator);
        long jejakSemula = jumlahJejak();

        Jawaban j = put(indikator, body);

        assertThat(j.status()).as(j.json() == null ? "" : j.json().toString()).isEqualTo(422);
        assertThat(j.json().get("status").asInt()).isEqualTo(422);
        assertThat(j.pesanDi(path)).as(j.json().toString()).contains(pesan);
        assertThat(tersimpan(indikator)).isEqualTo(semula);
        assertThat(jumlahJejak()).isEqualTo(jejakSemula);
    }
}
