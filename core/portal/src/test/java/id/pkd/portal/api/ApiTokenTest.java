package id.pkd.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.client.RestClient;

/** The JSON API and its tokens, over real HTTP against the running portal and MariaDB. */
class ApiTokenTest extends PortalIntegrationTest {

    // The demo tokens the README documents.
    static final String TOKEN_BALANGAN = "pkd_demo_balangan_00000000000000000000000000";
    static final String TOKEN_KOBAR = "pkd_demo_kobar_00000000000000000000000000000";
    static final String PESAN_401 = "Token API tidak ada, tidak dikenal atau sudah dicabut.";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    RestClient http;

    @BeforeEach
    void klien() {
        http = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .build();
    }

    @Test
    void tokenDemoMembacaDaerahnyaSendiri() throws Exception {
        Jawaban balangan = panggil(HttpMethod.GET, "/api/v1/daerah", TOKEN_BALANGAN);
        assertThat(balangan.status()).isEqualTo(200);
        assertThat(balangan.json())
                .isEqualTo(json.readTree(
                        "{\"kodeWilayah\":\"63.11\",\"nama\":\"Kabupaten Balangan\",\"jenis\":\"KABUPATEN\"}"));

        Jawaban kobar = panggil(HttpMethod.GET, "/api/v1/daerah", TOKEN_KOBAR);
        assertThat(kobar.status()).isEqualTo(200);
        assertThat(kobar.json().get("kodeWilayah").asText()).isEqualTo("62.01");
        assertThat(kobar.json().get("nama").asText()).isEqualTo("Kabupaten Kotawaringin Barat");
    }

    @Test
    void tanpaTokenAtauTokenTidakDikenalDitolak401DalamBahasaIndonesia() throws Exception {
        for (String header : new String[] {
            null, "Bearer pkd_bukanTokenYangPernahDibuat000000000000000", "Bearer ", "Basic YWRtaW46ZGVtbzEyMzQ1"
        }) {
            Jawaban j = panggilDenganHeader(HttpMethod.GET, "/api/v1/daerah", header);
            assertThat(j.status()).as(String.valueOf(header)).isEqualTo(401);
            assertThat(j.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
            assertThat(j.headers().getContentType()).hasToString("application/json;charset=UTF-8");
            assertThat(j.json()).isEqualTo(json.readTree("{\"status\":401,\"pesan\":\"" + PESAN_401 + "\"}"));
        }
        assertThat(panggil(HttpMethod.GET, "/api/v1/tidak-ada", null).status())
                .as("an unknown address reveals nothing without a token")
                .isEqualTo(401);
    }

    @Test
    void tokenBaruBekerjaTersimpanHanyaSebagaiHashDanBerhentiSetelahDicabut() throws Exception {
        TokenBaru baru = sebagaiAdmin(balangan(), () -> tokens.buat("  Integrasi SIPD  ", HakToken.BACA));
        String teks = baru.teks();
        assertThat(teks).matches("pkd_[0-9A-Za-z]{40}");
        assertThat(baru.token().nama()).isEqualTo("Integrasi SIPD");
        assertThat(baru.token().prefiks()).isEqualTo(teks.substring(0, 10));
        assertThat(baru.toString()).doesNotContain(teks);

        assertThat(panggil(HttpMethod.GET, "/api/v1/daerah", teks)
                        .json()
                        .get("kodeWilayah")
                        .asText())
                .isEqualTo("63.11");

        List<Map<String, Object>> baris =
                jdbc.sql("SELECT * FROM api_token").query().listOfRows();
        assertThat(baris).isNotEmpty().allSatisfy(kolom -> assertThat(kolom.values())
                .allSatisfy(nilai -> assertThat(String.valueOf(nilai)).doesNotContain(teks.substring(10))));
        Map<String, Object> milikBaru = jdbc.sql("SELECT * FROM api_token WHERE id = :id")
                .param("id", baru.token().id())
                .query()
                .singleRow();
        assertThat(milikBaru.get("hash")).isEqualTo(TeksToken.hash(teks));
        assertThat(TeksToken.hash(teks)).matches("[0-9a-f]{64}");
        assertThat(milikBaru.get("dibuat_oleh")).isEqualTo("sistem");
        assertThat(milikBaru.get("terakhir_dipakai")).as("use is recorded").isNotNull();

        sebagaiAdmin(balangan(), () -> {
            tokens.cabut(baru.token().id());
            return null;
        });
        Jawaban ditolak = panggil(HttpMethod.GET, "/api/v1/daerah", teks);
        assertThat(ditolak.status()).isEqualTo(401);
        assertThat(ditolak.json().get("pesan").asText()).isEqualTo(PESAN_401);
        ApiToken dicabut = sebagaiAdmin(balangan(), () -> tokens.daftar()).stream()
                .filter(t -> t.id().equals(baru.token().id()))
                .findFirst()
                .orElseThrow();
        assertThat(dicabut.aktif()).isFalse();
        assertThat(dicabut.dicabutOleh()).isEqualTo("sistem");
    }

    @Test
    void adminKobarTidakDapatMelihatAtauMencabutTokenBalangan() {
        long idTokenBalangan = jdbc.sql("SELECT id FROM api_token WHERE hash = :hash")
                .param("hash", TeksToken.hash(TOKEN_BALANGAN))
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> sebagaiAdmin(kobar(), () -> {
                    tokens.cabut(idTokenBalangan);
                    return null;
                }))
                .isInstanceOf(DataTidakDitemukanException.class)
                .hasMessage("Token API tidak ditemukan.");
        assertThat(sebagaiAdmin(kobar(), () -> tokens.daftar()))
                .extracting(ApiToken::tenantId)
                .containsOnly(kobar().value());
        assertThat(panggil(HttpMethod.GET, "/api/v1/daerah", TOKEN_BALANGAN).status())
                .isEqualTo(200);
    }

    @Test
    void namaTokenDiperiksaDiIsiannya() {
        TenantId balangan = balangan();
        assertThat(pesanNama(() -> sebagaiAdmin(balangan, () -> tokens.buat("  ", HakToken.BACA))))
                .contains("wajib diisi");
        assertThat(pesanNama(() -> sebagaiAdmin(balangan, () -> tokens.buat("ab", HakToken.BACA))))
                .isEqualTo("Nama token 3–100 karakter.");
        assertThat(pesanNama(() -> sebagaiAdmin(balangan, () -> tokens.buat("x".repeat(101), HakToken.BACA))))
                .isEqualTo("Nama token 3–100 karakter.");
        assertThatThrownBy(() -> sebagaiAdmin(balangan, () -> tokens.buat("Dasbor Bupati", null)))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("hak"));

        TokenBaru pertama = sebagaiAdmin(balangan, () -> tokens.buat("Dasbor Bupati", HakToken.BACA));
        assertThat(pesanNama(() -> sebagaiAdmin(balangan, () -> tokens.buat("dasbor bupati", HakToken.BACA))))
                .isEqualTo("Nama \"dasbor bupati\" sudah dipakai token aktif lain daerah ini.");
        assertThat(sebagaiAdmin(kobar(), () -> tokens.buat("Dasbor Bupati", HakToken.BACA)))
                .as("another tenant may use the same name")
                .isNotNull();
        sebagaiAdmin(balangan, () -> {
            tokens.cabut(pertama.token().id());
            return null;
        });
        assertThat(sebagaiAdmin(balangan, () -> tokens.buat("Dasbor Bupati", HakToken.BACA_TULIS)))
                .as("a revoked token's name is free again")
                .isNotNull();
    }

    @Test
    void hanyaAdminDaerahYangMengelolaToken() {
        assertThatThrownBy(() -> SebagaiSistem.jalankan(Peran.OPERATOR, balangan(), () -> tokens.daftar()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sebagaiToken(() -> tokens.buat("Dibuat oleh token", HakToken.BACA_TULIS)))
                .as("a token cannot create tokens")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sebagaiToken(() -> tokens.daftar())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void tokenBacaDitolak403PadaPermintaanTulis() throws Exception {
        TokenBaru baca = sebagaiAdmin(balangan(), () -> tokens.buat("Hanya baca", HakToken.BACA));
        for (HttpMethod tulis : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE)) {
            Jawaban j = panggil(tulis, "/api/v1/daerah", baca.teks());
            assertThat(j.status()).as(tulis.name()).isEqualTo(403);
            assertThat(j.json())
                    .isEqualTo(json.readTree(
                            "{\"status\":403,\"pesan\":\"Token API ini tidak berhak melakukan permintaan ini.\"}"));
        }
        // A read-and-write token passes the rule; there is no write endpoint at this address.
        Jawaban bacaTulis = panggil(HttpMethod.POST, "/api/v1/daerah", TOKEN_BALANGAN);
        assertThat(bacaTulis.status()).isEqualTo(404);
        assertThat(bacaTulis.json().get("pesan").asText()).isEqualTo("Alamat API POST /api/v1/daerah tidak ditemukan.");
    }

    @Test
    void alamatApiYangTidakAdaDijawab404Json() throws Exception {
        Jawaban j = panggil(HttpMethod.GET, "/api/v1/tidak-ada", TOKEN_KOBAR);
        assertThat(j.status()).isEqualTo(404);
        assertThat(j.json())
                .isEqualTo(json.readTree(
                        "{\"status\":404,\"pesan\":\"Alamat API GET /api/v1/tidak-ada tidak ditemukan.\"}"));
    }

    @Test
    void dokumentasiOpenApiPublikDanHanyaMemuatApi() throws Exception {
        Jawaban j = panggil(HttpMethod.GET, "/v3/api-docs", null);
        assertThat(j.status()).isEqualTo(200);
        assertThat(j.headers().getContentType().isCompatibleWith(org.springframework.http.MediaType.APPLICATION_JSON))
                .isTrue();
        JsonNode doc = j.json();
        assertThat(doc.at("/info/title").asText()).isEqualTo("API Portal Kinerja Daerah");
        assertThat(doc.at("/info/version").asText()).isEqualTo("1");
        assertThat(doc.at("/info/description").asText()).contains("Token API").contains("Admin Daerah");
        assertThat(doc.at("/components/securitySchemes/bearer/type").asText()).isEqualTo("http");
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(doc.at("/security/0/bearer").isArray()).isTrue();
        assertThat(doc.at("/paths/~1api~1v1~1daerah/get").isObject()).isTrue();
        assertThat(doc.at("/paths").fieldNames()).toIterable().allSatisfy(p -> assertThat(p)
                .startsWith("/api/"));
        assertThat(doc.at("/components/schemas/Daerah/properties/kodeWilayah").isObject())
                .isTrue();

        Jawaban ui = panggil(HttpMethod.GET, "/swagger-ui/index.html", null);
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("Swagger UI");
        assertThat(panggil(HttpMethod.GET, "/swagger-ui.html", null).status()).isEqualTo(302);

        Jawaban login = panggil(HttpMethod.GET, "/login", null);
        assertThat(login.status()).as("Vaadin still serves its pages").isEqualTo(200);
        assertThat(login.body()).contains("<html");
    }

    private record Jawaban(int status, HttpHeaders headers, String body, ObjectMapper mapper) {
        JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("bukan JSON: " + body, e);
            }
        }
    }

    private Jawaban panggil(HttpMethod method, String path, String token) {
        return panggilDenganHeader(method, path, token == null ? null : "Bearer " + token);
    }

    private Jawaban panggilDenganHeader(HttpMethod method, String path, String authorization) {
        return http.method(method)
                .uri(path)
                .headers(h -> {
                    if (authorization != null) {
                        h.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                })
                .exchange((req, res) -> new Jawaban(
                        res.getStatusCode().value(),
                        res.getHeaders(),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8),
                        json));
    }

    private static String pesanNama(Runnable kerja) {
        try {
            kerja.run();
        } catch (IsianTidakSahException e) {
            assertThat(e.pesanPerIsian()).containsKey("nama");
            return e.pesanPerIsian().get("nama");
        }
        throw new AssertionError("nama seharusnya ditolak");
    }

    private static <T> T sebagaiAdmin(TenantId tenant, Supplier<T> kerja) {
        return SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant, kerja);
    }

    /** Runs as a request authenticated with Balangan's demo token would. */
    private <T> T sebagaiToken(Supplier<T> kerja) {
        AkunApi akun = new AkunApi(1, "Token demo", balangan().value(), HakToken.BACA_TULIS);
        var sebelumnya = SecurityContextHolder.getContext();
        var konteks = SecurityContextHolder.createEmptyContext();
        konteks.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(akun, null, akun.authorities()));
        SecurityContextHolder.setContext(konteks);
        try {
            return kerja.get();
        } finally {
            SecurityContextHolder.setContext(sebelumnya);
        }
    }

    private TenantId balangan() {
        return tenant("63.11");
    }

    private TenantId kobar() {
        return tenant("62.01");
    }
}
