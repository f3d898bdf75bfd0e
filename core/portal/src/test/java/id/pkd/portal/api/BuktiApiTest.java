package id.pkd.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code POST /api/v1/realisasi/…/bukti}, {@code GET …/bukti} and {@code GET /api/v1/bukti/{id}} over real HTTP:
 * the file comes back byte for byte with its type and name, every refusal is the API's JSON with the field it
 * names, and a token of one region neither reads nor attaches evidence of another (404). Two regions of its own
 * (35.01, 35.02), so no demo figure moves; the lock is proven in KunciMatriksTest.
 */
class BuktiApiTest extends PortalIntegrationTest {

    static final String DAERAH = "35.01";
    static final String DAERAH_LAIN = "35.02";
    static final String PD = "9.99.0.00.0.00.0.00.35.0001";
    static final String PD_LAIN = "9.99.0.00.0.00.0.00.35.0002";
    static final String INDIKATOR = "BUKTI-1";
    static final int TAHUN = 2024;

    /** Tokens by region and right, made once: the context (and its database) outlives the test instances. */
    static final Map<String, String> TOKEN = new ConcurrentHashMap<>();

    static final byte[] PDF = "%PDF-1.4\n% bukti dukung uji API\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ObjectMapper json;

    final HttpClient http = HttpClient.newHttpClient();

    record Jawaban(int status, HttpResponse<byte[]> mentah, JsonNode json) {}

    @BeforeEach
    void siapkan() {
        daerah(DAERAH, PD);
        daerah(DAERAH_LAIN, PD_LAIN);
    }

    @Test
    void diunggahLaluDiunduhSamaPersisDenganJenisDanNamanya() throws Exception {
        byte[] isi = ("%PDF-1.4\n% bukti " + System.nanoTime() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        Jawaban unggah = unggah(token(DAERAH, true), PD, "", "laporan kegiatan.pdf", isi);
        assertThat(unggah.status()).as(unggah.json().toString()).isEqualTo(201);
        long id = unggah.json().get("id").asLong();
        assertThat(unggah.mentah().headers().firstValue("Location")).hasValue("/api/v1/bukti/" + id);
        assertThat(unggah.json().get("namaBerkas").asText()).isEqualTo("laporan kegiatan.pdf");
        assertThat(unggah.json().get("jenis").asText()).isEqualTo("application/pdf");
        assertThat(unggah.json().get("ukuran").asLong()).isEqualTo(isi.length);
        assertThat(unggah.json().get("sha256").asText()).isEqualTo(sha256(isi));
        assertThat(unggah.json().get("triwulan").asInt()).isZero();
        assertThat(unggah.json().get("diunggahOleh").asText()).startsWith("token-api#");

        HttpResponse<byte[]> unduh = get(token(DAERAH, false), "/api/v1/bukti/" + id);
        assertThat(unduh.statusCode()).isEqualTo(200);
        assertThat(unduh.body()).isEqualTo(isi);
        assertThat(unduh.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(unduh.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;")
                .contains("laporan");
        assertThat(unduh.headers().firstValue("X-Sha256")).hasValue(sha256(isi));

        Jawaban daftar =
                baca(get(token(DAERAH, false), "/api/v1/realisasi/" + TAHUN + "/" + PD + "/" + INDIKATOR + "/bukti"));
        assertThat(daftar.status()).isEqualTo(200);
        assertThat(daftar.json().findValuesAsText("unduh")).contains("/api/v1/bukti/" + id);

        // Recorded as the screen's upload is: the realisasi's "bukti" field, by the token.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'realisasi'"
                                + " AND isian = 'bukti' AND nilai_baru = 'laporan kegiatan.pdf' AND oleh LIKE"
                                + " 'token-api#%'")
                        .param(tenant(DAERAH).value())
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void setiapPenolakanJsonDenganIsiannya() throws Exception {
        String tulis = token(DAERAH, true);
        Jawaban tanpaBagian = unggah(tulis, PD, "", null, null);
        assertThat(tanpaBagian.status()).isEqualTo(400);
        assertThat(pesanDi(tanpaBagian, "bukti")).contains("Bagian \"bukti\" tidak ada");

        Jawaban isiLain = unggah(tulis, PD, "", "foto.pdf", PNG);
        assertThat(isiLain.status()).isEqualTo(422);
        assertThat(pesanDi(isiLain, "bukti")).contains("adalah PNG, bukan PDF");

        Jawaban jenisLain = unggah(tulis, PD, "", "skrip.exe", PDF);
        assertThat(jenisLain.status()).isEqualTo(422);
        assertThat(pesanDi(jenisLain, "bukti")).contains("hanya PDF, JPEG, PNG atau XLSX");

        byte[] besar = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, besar, 0, PDF.length);
        Jawaban terlaluBesar = unggah(tulis, PD, "", "besar.pdf", besar);
        assertThat(terlaluBesar.status()).isEqualTo(413);
        assertThat(pesanDi(terlaluBesar, "bukti")).isEqualTo("Berkas \"besar.pdf\" lebih besar dari 10 MB.");

        Jawaban triwulan = unggah(tulis, PD, "?triwulan=5", "a.pdf", PDF);
        assertThat(triwulan.status()).isEqualTo(400);
        assertThat(pesanDi(triwulan, "triwulan")).startsWith("Triwulan harus 1, 2, 3 atau 4");

        Jawaban belumDicatat = unggah(tulis, PD, "?triwulan=2", "a.pdf", PDF);
        assertThat(belumDicatat.status()).isEqualTo(404);
        assertThat(belumDicatat.json().get("pesan").asText())
                .isEqualTo("Realisasi " + INDIKATOR + " tahun " + TAHUN + " triwulan 2 tidak ditemukan.");

        Jawaban bacaSaja = unggah(token(DAERAH, false), PD, "", "a.pdf", PDF);
        assertThat(bacaSaja.status()).isEqualTo(403);

        HttpResponse<byte[]> bukanMultipart = http.send(
                HttpRequest.newBuilder(alamat("/api/v1/realisasi/" + TAHUN + "/" + PD + "/" + INDIKATOR + "/bukti"))
                        .header("Authorization", "Bearer " + tulis)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(baca(bukanMultipart).status()).isEqualTo(415);
        assertThat(baca(bukanMultipart).json().get("pesan").asText()).contains("multipart/form-data");

        // A body without any part of the boundary it names: read as no part at all, the request's fault.
        HttpResponse<byte[]> rusak = http.send(
                HttpRequest.newBuilder(alamat("/api/v1/realisasi/" + TAHUN + "/" + PD + "/" + INDIKATOR + "/bukti"))
                        .header("Authorization", "Bearer " + tulis)
                        .header("Content-Type", "multipart/form-data; boundary=----tidakada")
                        .POST(HttpRequest.BodyPublishers.ofString("bukan badan multipart"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(baca(rusak).status()).isEqualTo(400);
        assertThat(pesanDi(baca(rusak), "bukti")).contains("Bagian \"bukti\" tidak ada");

        Jawaban tidakAda = baca(get(tulis, "/api/v1/bukti/999999999"));
        assertThat(tidakAda.status()).isEqualTo(404);
        assertThat(tidakAda.json().get("pesan").asText()).isEqualTo("Bukti tidak ditemukan.");
    }

    @Test
    void badanMelebihiBatasBerkasWadahDitolakSebelumDibaca() throws Exception {
        // Past pkd.unggah.berkas-maks (20 MB): refused by its declared length, before Spring reads the parts.
        byte[] besar = new byte[20 * 1024 * 1024 + 1];
        Jawaban j = unggah(token(DAERAH, true), PD, "", "besar.pdf", besar);
        assertThat(j.status()).isEqualTo(413);
        assertThat(j.json().get("pesan").asText()).isEqualTo("Badan permintaan terlalu besar: paling banyak 20 MB.");
    }

    @Test
    void tokenDaerahLainTidakMembacaAtauMelampirkanBukti() throws Exception {
        Jawaban milikX = unggah(token(DAERAH, true), PD, "", "rahasia.pdf", PDF);
        assertThat(milikX.status()).as(milikX.json().toString()).isEqualTo(201);
        long id = milikX.json().get("id").asLong();
        String tokenY = token(DAERAH_LAIN, true);

        Jawaban unduh = baca(get(tokenY, "/api/v1/bukti/" + id));
        assertThat(unduh.status()).isEqualTo(404);
        assertThat(unduh.json().get("pesan").asText()).isEqualTo("Bukti tidak ditemukan.");
        assertThat(unduh.mentah().body()).asString().doesNotContain("PDF-1.4");

        Jawaban lampirkan = unggah(tokenY, PD, "", "titipan.pdf", PDF);
        assertThat(lampirkan.status()).isEqualTo(404);
        assertThat(lampirkan.json().get("pesan").asText()).isEqualTo("Perangkat daerah tidak ditemukan.");
        Jawaban daftar = baca(get(tokenY, "/api/v1/realisasi/" + TAHUN + "/" + PD + "/" + INDIKATOR + "/bukti"));
        assertThat(daftar.status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bukti_realisasi WHERE tenant_id = ? AND nama_berkas = 'titipan.pdf'")
                        .param(tenant(DAERAH).value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** Posts one file as multipart/form-data part "bukti" (no part at all when the name is null). */
    Jawaban unggah(String token, String pd, String kueri, String nama, byte[] isi) throws Exception {
        String batas = "----pkd" + System.nanoTime();
        ByteArrayOutputStream badan = new ByteArrayOutputStream();
        String bagian = nama == null
                ? "lain\"\r\n\r\nx"
                : "bukti\"; filename=\"" + nama + "\"\r\n" + "Content-Type: application/octet-stream\r\n\r\n";
        badan.write(("--" + batas + "\r\nContent-Disposition: form-data; name=\"" + bagian)
                .getBytes(StandardCharsets.UTF_8));
        if (isi != null) {
            badan.write(isi);
        }
        badan.write(("\r\n--" + batas + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> r = http.send(
                HttpRequest.newBuilder(
                                alamat("/api/v1/realisasi/" + TAHUN + "/" + pd + "/" + INDIKATOR + "/bukti" + kueri))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + batas)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(badan.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return baca(r);
    }

    HttpResponse<byte[]> get(String token, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(alamat(path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    Jawaban baca(HttpResponse<byte[]> r) throws Exception {
        boolean adaJson = r.headers()
                .firstValue("Content-Type")
                .map(t -> t.startsWith("application/json"))
                .orElse(false);
        return new Jawaban(r.statusCode(), r, adaJson ? json.readTree(r.body()) : json.nullNode());
    }

    static String pesanDi(Jawaban j, String path) {
        for (JsonNode k : j.json().path("kesalahan")) {
            if (k.get("path").asText().equals(path)) {
                return k.get("pesan").asText();
            }
        }
        return j.json().toString();
    }

    URI alamat(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    String token(String kodeWilayah, boolean tulis) {
        return TOKEN.computeIfAbsent(kodeWilayah + tulis, k -> sebagai(
                        Peran.ADMIN_DAERAH,
                        kodeWilayah,
                        () -> tokens.buat(
                                // names are unique among a region's active tokens, also across runs
                                "uji bukti " + (tulis ? "tulis " : "baca ") + System.nanoTime(),
                                tulis ? HakToken.BACA_TULIS : HakToken.BACA))
                .teks());
    }

    static String sha256(byte[] isi) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
    }

    /** A region with one agency, one indicator and its yearly realisasi of the test's year, made once. */
    void daerah(String kodeWilayah, String kodePd) {
        if (jdbc.sql("SELECT COUNT(*) FROM tenant WHERE kode_wilayah = ?")
                        .param(kodeWilayah)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        jdbc.sql("INSERT INTO tenant (kode_wilayah, nama, jenis, dibuat_pada)" + " VALUES (?, ?, 'KABUPATEN', NOW(3))")
                .params(kodeWilayah, "Kabupaten Uji Bukti " + kodeWilayah)
                .update();
        long t = tenant(kodeWilayah).value();
        jdbc.sql("INSERT INTO periode_rpjmd (tenant_id, tahun_awal, tahun_akhir, visi, misi)"
                        + " VALUES (?, 2021, 2026, 'Visi uji', 'Misi uji')")
                .param(t)
                .update();
        jdbc.sql("INSERT INTO perangkat_daerah (tenant_id, kode, nama) VALUES (?, ?, 'Dinas Uji Bukti')")
                .params(t, kodePd)
                .update();
        jdbc.sql(
                        """
                        INSERT INTO indikator (tenant_id, perangkat_daerah_id, periode_id, kode, nama, satuan, polaritas)
                        SELECT pd.tenant_id, pd.id, p.id, ?, 'Indikator uji bukti', '%', 'SEMAKIN_TINGGI_SEMAKIN_BAIK'
                        FROM perangkat_daerah pd JOIN periode_rpjmd p ON p.tenant_id = pd.tenant_id
                        WHERE pd.tenant_id = ?""")
                .params(INDIKATOR, t)
                .update();
        jdbc.sql(
                        """
                        INSERT INTO realisasi_indikator (tenant_id, indikator_id, tahun, triwulan, nilai, diubah_oleh,
                            diubah_pada)
                        SELECT tenant_id, id, ?, 0, 50, 'uji', NOW(3) FROM indikator WHERE tenant_id = ? AND kode = ?""")
                .params(TAHUN, t, INDIKATOR)
                .update();
    }
}
