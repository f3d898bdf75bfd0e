package id.pkd.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.reports.document.FormatDokumen;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Draft documents over real HTTP with the demo tokens; a subject of another tenant is not found. */
class DokumenApiTest extends PortalIntegrationTest {

    @LocalServerPort
    int port;

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

    record Jawaban(int status, String jenis, byte[] isi) {}

    Jawaban get(String path, String token) {
        return http.get()
                .uri(path)
                .headers(h -> h.setBearerAuth(token))
                .exchange((req, res) -> new Jawaban(
                        res.getStatusCode().value(),
                        String.valueOf(res.getHeaders().getContentType()),
                        res.getBody().readAllBytes()));
    }

    @Test
    void drafPdfSubjekDanKekuranganHanyaMilikDaerahToken() throws Exception {
        Jawaban subjek = get("/api/v1/dokumen/LKIP/2022/subjek", ApiTokenTest.TOKEN_BALANGAN);
        assertThat(subjek.status()).isEqualTo(200);
        JsonNode daftar = json.readTree(subjek.isi());
        String kode = daftar.get(0).get("kode").asText();
        assertThat(kode).startsWith("pd:");

        Jawaban pdf = get("/api/v1/dokumen/lkip/2022/draf?subjek=" + kode, ApiTokenTest.TOKEN_BALANGAN);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.jenis()).isEqualTo("application/pdf");
        assertThat(new String(pdf.isi(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Jawaban kurang = get("/api/v1/dokumen/PK/2022/kekurangan?subjek=pejabat:999999", ApiTokenTest.TOKEN_BALANGAN);
        assertThat(kurang.status()).isEqualTo(404);

        // Balangan's agency seen through Kobar's token: the same answer as an id that does not exist.
        Jawaban asing = get("/api/v1/dokumen/LKIP/2022/draf?subjek=" + kode, ApiTokenTest.TOKEN_KOBAR);
        assertThat(asing.status()).isEqualTo(404);
        Jawaban tanpaJenis = get("/api/v1/dokumen/SURAT/2022/subjek", ApiTokenTest.TOKEN_BALANGAN);
        assertThat(tanpaJenis.status()).isEqualTo(404);
    }

    @Test
    void kekuranganMenyebutBahwaDokumenResmiMenungguDataDitetapkan() throws Exception {
        String kode = json.readTree(get("/api/v1/dokumen/LKIP/2022/subjek", ApiTokenTest.TOKEN_BALANGAN)
                        .isi())
                .get(0)
                .get("kode")
                .asText();
        Jawaban kurang = get("/api/v1/dokumen/LKIP/2022/kekurangan?subjek=" + kode, ApiTokenTest.TOKEN_BALANGAN);
        assertThat(kurang.status()).isEqualTo(200);
        assertThat(json.readTree(kurang.isi()).get(0).asText())
                .contains("Realisasi tahun 2022")
                .contains("masih berstatus Draf")
                .contains("hanya diterbitkan dari data yang sudah ditetapkan");
    }

    @Test
    void tanggalDrafDicetakPadaBarisTempatDanTanggalDanDibatasi() throws Exception {
        String kode = json.readTree(get("/api/v1/dokumen/IKHTISAR/2022/subjek", ApiTokenTest.TOKEN_BALANGAN)
                        .isi())
                .get(0)
                .get("kode")
                .asText();
        String draf = "/api/v1/dokumen/IKHTISAR/2022/draf?subjek=" + kode + "&tanggal=";

        Jawaban pdf = get(draf + "2023-01-31", ApiTokenTest.TOKEN_BALANGAN);
        assertThat(pdf.status()).isEqualTo(200);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.isi())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("Paringin, 31 Januari 2023");
        }

        for (String salah : new String[] {
            "2021-12-31", "31-01-2023", java.time.LocalDate.now().plusYears(2) + ""
        }) {
            Jawaban ditolak = get(draf + salah, ApiTokenTest.TOKEN_BALANGAN);
            assertThat(ditolak.status()).as(salah).isEqualTo(422);
            JsonNode isi = json.readTree(ditolak.isi());
            assertThat(isi.toString()).as(salah).contains("\"tanggal\"");
        }
        assertThat(json.readTree(get(draf + "2021-12-31", ApiTokenTest.TOKEN_BALANGAN)
                                .isi())
                        .toString())
                .contains("tidak boleh sebelum 1 Januari 2022");
    }

    @Test
    void drafDocxDanXlsxDariFormatDanFormatAsingDitolakPadaIsianFormat() throws Exception {
        String kode = json.readTree(get("/api/v1/dokumen/LKIP/2022/subjek", ApiTokenTest.TOKEN_BALANGAN)
                        .isi())
                .get(0)
                .get("kode")
                .asText();
        String draf = "/api/v1/dokumen/LKIP/2022/draf?subjek=" + kode + "&tanggal=2023-01-31&format=";

        Jawaban docx = get(draf + "docx", ApiTokenTest.TOKEN_BALANGAN);
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.jenis()).isEqualTo(FormatDokumen.DOCX.mime());
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.isi()))) {
            assertThat(doc.getTables()).isNotEmpty();
            assertThat(doc.getParagraphs())
                    .anySatisfy(p -> assertThat(p.getText()).contains("Paringin, 31 Januari 2023"));
        }
        Jawaban xlsx = get(draf + "XLSX", ApiTokenTest.TOKEN_BALANGAN);
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.jenis()).isEqualTo(FormatDokumen.XLSX.mime());
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.isi()))) {
            assertThat(wb.getNumberOfSheets()).isGreaterThan(1);
        }
        Jawaban pdf = get(draf + "pdf", ApiTokenTest.TOKEN_BALANGAN);
        assertThat(pdf.jenis()).isEqualTo("application/pdf");

        Jawaban salah = get(draf + "odt", ApiTokenTest.TOKEN_BALANGAN);
        assertThat(salah.status()).isEqualTo(400);
        JsonNode isi = json.readTree(salah.isi());
        assertThat(isi.get("kesalahan").get(0).get("path").asText()).isEqualTo("format");
        assertThat(isi.get("kesalahan").get(0).get("pesan").asText())
                .isEqualTo("Format \"odt\" tidak dikenal; pilih salah satu: pdf, docx, xlsx.");

        // A document without a block model has its PDF only, said at the format. (The Ikhtisar was that document until
        // it moved onto the master template; the test-only two-party document still is.)
        String hanyaPdfSubjek = json.readTree(get("/api/v1/dokumen/UJI2PIHAK/2022/subjek", ApiTokenTest.TOKEN_BALANGAN)
                        .isi())
                .get(0)
                .get("kode")
                .asText();
        Jawaban hanyaPdf = get(
                "/api/v1/dokumen/UJI2PIHAK/2022/draf?subjek=" + hanyaPdfSubjek + "&format=docx",
                ApiTokenTest.TOKEN_BALANGAN);
        assertThat(hanyaPdf.status()).isEqualTo(400);
        assertThat(json.readTree(hanyaPdf.isi()).toString())
                .contains("\"format\"")
                .contains("pilih salah satu: pdf");
    }
}
