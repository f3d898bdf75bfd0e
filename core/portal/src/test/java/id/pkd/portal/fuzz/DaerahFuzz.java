package id.pkd.portal.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pkd.portal.api.ApiTokenService;
import id.pkd.portal.api.HakToken;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * A region of the fuzz tests' own (codes 64.6x, which no other test uses), loaded with the small
 * plan {@code /fuzz/rencana-uji.json} of the year {@value #TAHUN}, with a read-write API token.
 * Created once per code and JVM; the demo regions are never touched.
 */
final class DaerahFuzz {

    static final int TAHUN = 2024;
    static final String PD = "9.98.0.00.0.00.0.00.01.0000";

    private static final ConcurrentHashMap<String, DaerahFuzz> DIBUAT = new ConcurrentHashMap<>();

    final String kodeWilayah;
    final TenantId tenant;
    final String token;
    final RestClient http;
    final ObjectMapper json;

    private DaerahFuzz(String kodeWilayah, TenantId tenant, String token, RestClient http, ObjectMapper json) {
        this.kodeWilayah = kodeWilayah;
        this.tenant = tenant;
        this.token = token;
        this.http = http;
        this.json = json;
    }

    record Jawaban(int status, JsonNode json, String teks) {

        /** The paths of a 422 answer's {@code kesalahan}, each required to be present. */
        java.util.List<String> path() {
            java.util.List<String> hasil = new java.util.ArrayList<>();
            for (JsonNode k : json.path("kesalahan")) {
                if (!k.hasNonNull("path") || !k.get("path").isTextual() || !k.hasNonNull("pesan")) {
                    throw new AssertionError("kesalahan tanpa path atau pesan: " + teks);
                }
                hasil.add(k.get("path").asText());
            }
            return hasil;
        }

        String pesanDi(String path) {
            for (JsonNode k : json.path("kesalahan")) {
                if (k.path("path").asText().equals(path)) {
                    return k.path("pesan").asText();
                }
            }
            return null;
        }
    }

    static DaerahFuzz siapkan(
            String kodeWilayah,
            int port,
            JdbcClient jdbc,
            DaerahService daerah,
            ApiTokenService tokens,
            ObjectMapper json) {
        return DIBUAT.computeIfAbsent(kodeWilayah, k -> {
            boolean ada = jdbc.sql("SELECT COUNT(*) FROM tenant WHERE kode_wilayah = ?")
                            .param(k)
                            .query(Long.class)
                            .single()
                    > 0;
            if (!ada) {
                SebagaiSistem.jalankan(
                        Peran.OPERATOR_PORTAL,
                        null,
                        () -> daerah.daftarkan(new DaerahBaru(
                                k,
                                "Kabupaten Uji Fuzz " + k,
                                JenisDaerah.KABUPATEN,
                                "Kota Uji",
                                new PenggunaBaru(
                                        "admin.fuzz." + k.replace(".", ""),
                                        "Rahasia-Uji-Fuzz-2024!",
                                        "Admin Uji Fuzz",
                                        Peran.ADMIN_DAERAH,
                                        null,
                                        "Admin Daerah"))));
            }
            TenantId t = new TenantId(jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = ?")
                    .param(k)
                    .query(Long.class)
                    .single());
            String token = SebagaiSistem.jalankan(
                            Peran.ADMIN_DAERAH,
                            t,
                            () -> tokens.buat("uji fuzz " + System.nanoTime(), HakToken.BACA_TULIS))
                    .teks();
            RestClient http = RestClient.builder()
                    .baseUrl("http://localhost:" + port)
                    .requestFactory(new JdkClientHttpRequestFactory())
                    .build();
            DaerahFuzz d = new DaerahFuzz(k, t, token, http, json);
            Jawaban impor = d.panggil(HttpMethod.PUT, "/api/v1/rencana", d.rencanaAsliTeks());
            if (impor.status() != 200) {
                throw new IllegalStateException("Rencana uji tidak dapat diimpor: " + impor.json());
            }
            return d;
        });
    }

    <T> T sebagai(Peran peran, Supplier<T> kerja) {
        return SebagaiSistem.jalankan(peran, tenant, kerja);
    }

    ObjectNode rencanaAsli() {
        try (InputStream isi = DaerahFuzz.class.getResourceAsStream("/fuzz/rencana-uji.json")) {
            return (ObjectNode) json.readTree(isi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String rencanaAsliTeks() {
        return rencanaAsli().toString();
    }

    Jawaban panggil(HttpMethod method, String path, String body) {
        return http.method(method)
                .uri(path)
                .headers(h -> {
                    h.setBearerAuth(token);
                    h.setContentType(MediaType.APPLICATION_JSON);
                })
                .body(body == null ? "" : body)
                .exchange((req, res) -> {
                    String isi = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    JsonNode node;
                    try {
                        node = isi.isEmpty() ? null : json.readTree(isi);
                    } catch (IOException e) {
                        node = json.getNodeFactory().textNode(isi);
                    }
                    return new Jawaban(res.getStatusCode().value(), node, isi);
                });
    }

    /** SHA-256 of the plan export and of the capaian of the year: equal hashes, unchanged data. */
    String sidikJari() {
        Jawaban ekspor = panggil(HttpMethod.GET, "/api/v1/rencana/" + TAHUN, null);
        Jawaban capaian = panggil(HttpMethod.GET, "/api/v1/capaian/" + TAHUN, null);
        if (ekspor.status() != 200 || capaian.status() != 200) {
            throw new AssertionError("ekspor " + ekspor.status() + ", capaian " + capaian.status());
        }
        return sha256(ekspor.teks()) + "/" + sha256(capaian.teks());
    }

    static String sha256(String teks) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(teks.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
