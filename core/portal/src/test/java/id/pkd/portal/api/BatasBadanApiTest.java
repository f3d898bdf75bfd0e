package id.pkd.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/**
 * The outermost guard of the API: what escapes the chain behind it (the token lookup against a
 * database that is down, walk-through of issue 11: a 302 to /login) is a JSON error, and a body is
 * never read past its limit.
 */
class BatasBadanApiTest {

    final ObjectMapper json = new ObjectMapper();
    final BatasBadanApi.PenjagaApi penjaga =
            new BatasBadanApi.PenjagaApi(json, DataSize.ofKilobytes(64), DataSize.ofKilobytes(256));

    @Test
    void basisDataMatiDiRantaiKeamananMenjadi503Json() throws Exception {
        MockHttpServletResponse res = jalankan(permintaan(), (rq, rs) -> {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
        });
        assertThat(res.getStatus()).isEqualTo(503);
        assertThat(res.getHeader("Retry-After")).isEqualTo(KesalahanApi.COBA_LAGI_DETIK);
        assertThat(res.getContentType()).startsWith("application/json");
        JsonNode isi = json.readTree(res.getContentAsByteArray());
        assertThat(isi.get("pesan").asText()).isEqualTo(KesalahanApi.PESAN_LAYANAN_GANGGUAN);
        assertThat(isi.get("referensi").asText()).hasSize(12);
        assertThat(res.getRedirectedUrl()).isNull();
    }

    @Test
    void kesalahanLainMenjadi500JsonBukanHalamanGalat() throws Exception {
        MockHttpServletResponse res = jalankan(permintaan(), (rq, rs) -> {
            throw new IllegalStateException("internal");
        });
        assertThat(res.getStatus()).isEqualTo(500);
        assertThat(res.getErrorMessage()).isNull();
        JsonNode isi = json.readTree(res.getContentAsByteArray());
        assertThat(isi.get("pesan").asText()).isEqualTo(KesalahanApi.PESAN_KESALAHAN_SERVER);
        assertThat(isi.toString()).doesNotContain("internal");
    }

    @Test
    void panjangDinyatakanMelebihiBatasDitolakTanpaMasukRantai() throws Exception {
        MockHttpServletRequest rq = permintaan();
        rq.setContent(new byte[70 * 1024]);
        AtomicBoolean masuk = new AtomicBoolean();
        MockHttpServletResponse res = jalankan(rq, (r, s) -> masuk.set(true));
        assertThat(masuk).isFalse();
        assertThat(res.getStatus()).isEqualTo(413);
        assertThat(json.readTree(res.getContentAsByteArray()).get("pesan").asText())
                .isEqualTo("Badan permintaan terlalu besar: paling banyak 64 KB.");
    }

    @Test
    void unggahanMultipartDibatasiBatasBerkasBukanBatasJson() throws Exception {
        MockHttpServletRequest bukti = permintaan();
        bukti.setContentType("multipart/form-data; boundary=x");
        bukti.setContent(new byte[200 * 1024]);
        AtomicBoolean masuk = new AtomicBoolean();
        jalankan(bukti, (r, s) -> masuk.set(true));
        assertThat(masuk).as("200 KB multipart di bawah batas berkas 256 KB").isTrue();
        MockHttpServletRequest besar = permintaan();
        besar.setContentType("multipart/form-data; boundary=x");
        besar.setContent(new byte[300 * 1024]);
        masuk.set(false);
        MockHttpServletResponse res = jalankan(besar, (r, s) -> masuk.set(true));
        assertThat(masuk).isFalse();
        assertThat(res.getStatus()).isEqualTo(413);
        assertThat(json.readTree(res.getContentAsByteArray()).get("pesan").asText())
                .isEqualTo("Badan permintaan terlalu besar: paling banyak 256 KB.");
    }

    @Test
    void badanTanpaPanjangBerhentiDibacaDiBatas() throws Exception {
        MockHttpServletRequest rq = new MockHttpServletRequest("PUT", "/api/v1/rencana") {
            @Override
            public long getContentLengthLong() {
                return -1; // chunked
            }
        };
        rq.setContent(new byte[70 * 1024]);
        AtomicBoolean terhenti = new AtomicBoolean();
        jalankan(rq, (r, s) -> assertThatThrownBy(() -> r.getInputStream().readAllBytes())
                .isInstanceOfSatisfying(BatasBadanApi.BadanTerlaluBesarException.class, e -> terhenti.set(true)));
        assertThat(terhenti).isTrue();
        MockHttpServletRequest kecil = permintaan();
        kecil.setContent(new byte[1024]);
        jalankan(kecil, (r, s) -> assertThat(r.getInputStream().readAllBytes()).hasSize(1024));
    }

    private static MockHttpServletRequest permintaan() {
        return new MockHttpServletRequest("PUT", "/api/v1/rencana");
    }

    private MockHttpServletResponse jalankan(MockHttpServletRequest rq, FilterChain rantai) throws Exception {
        MockHttpServletResponse res = new MockHttpServletResponse();
        penjaga.doFilter(rq, res, rantai);
        return res;
    }
}
