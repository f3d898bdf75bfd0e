package id.pkd.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.ValidasiGagalException;
import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import java.math.BigDecimal;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.unit.DataSize;

/** The API's error answers, from the exceptions features throw and from what Jackson reports. */
class KesalahanApiTest {

    final KesalahanApi kesalahan = new KesalahanApi();
    final ObjectMapper json = new ObjectMapper();

    record Rencana(List<PerangkatDaerah> perangkatDaerah) {}

    record PerangkatDaerah(String nama, List<Program> program) {}

    record Program(String kode, BigDecimal anggaran) {}

    @Test
    void validasiGagalMenjadi422DenganPathnya() throws Exception {
        ValidasiGagalException.Pengumpul salah = new ValidasiGagalException.Pengumpul();
        salah.lemparJikaAda();
        salah.tambah("perangkatDaerah[0].program[2].anggaran", "Anggaran tidak boleh negatif.")
                .tambah("tahun", "Tahun wajib diisi.");
        ValidasiGagalException e = catchThrowableOfType(ValidasiGagalException.class, salah::lemparJikaAda);
        ResponseEntity<JawabanKesalahan> jawaban = kesalahan.validasiGagal(e);
        assertThat(jawaban.getStatusCode().value()).isEqualTo(422);
        assertThat(json.writeValueAsString(jawaban.getBody()))
                .isEqualTo("{\"status\":422,\"pesan\":\"" + ValidasiGagalException.PESAN_UMUM + "\",\"kesalahan\":["
                        + "{\"path\":\"perangkatDaerah[0].program[2].anggaran\",\"pesan\":\"Anggaran tidak boleh"
                        + " negatif.\"},{\"path\":\"tahun\",\"pesan\":\"Tahun wajib diisi.\"}]}");
    }

    @Test
    void isianTidakSahMenjadi422DenganNamaIsianSebagaiPath() {
        JawabanKesalahan j = kesalahan
                .isianTidakSah(new IsianTidakSahException(Map.of("nama", "Nama wajib diisi.", "hak", "Hak wajib.")))
                .getBody();
        assertThat(j.status()).isEqualTo(422);
        assertThat(j.kesalahan())
                .containsExactly(new Kesalahan("hak", "Hak wajib."), new Kesalahan("nama", "Nama wajib diisi."));
    }

    @Test
    void jsonYangTipenyaSalahMenunjukPathDiDokumen() {
        String dokumen =
                """
                {"perangkatDaerah": [{"nama": "Dinas Sosial", "program": [
                  {"kode": "1", "anggaran": 10}, {"kode": "2", "anggaran": 20}, {"kode": "3", "anggaran": "banyak"}]}]}""";
        JawabanKesalahan j = baca(dokumen, Rencana.class);
        assertThat(j.status()).isEqualTo(400);
        assertThat(j.pesan()).isEqualTo(KesalahanApi.PESAN_JSON_TIDAK_TERBACA);
        assertThat(j.kesalahan())
                .containsExactly(new Kesalahan(
                        "perangkatDaerah[0].program[2].anggaran", "Nilai \"banyak\" harus berupa angka."));
    }

    @Test
    void jsonYangRusakMenyebutBarisDanKolom() {
        JawabanKesalahan j = baca("{\"perangkatDaerah\": [\n{\"nama\": }", Rencana.class);
        assertThat(j.status()).isEqualTo(400);
        assertThat(j.pesan()).startsWith("Badan permintaan bukan JSON yang sah (baris 2, kolom");
        assertThat(j.kesalahan()).isEmpty();
    }

    @Test
    void badanKosongTetapDijawabJson() {
        HttpMessageNotReadableException e = new HttpMessageNotReadableException(
                "Required request body is missing", new MockHttpInputMessage(new byte[0]));
        assertThat(kesalahan.jsonTidakTerbaca(e).getBody())
                .isEqualTo(new JawabanKesalahan(400, KesalahanApi.PESAN_JSON_TIDAK_TERBACA));
    }

    @Test
    void basisDataTidakTersediaMenjadi503DenganRetryAfterDanReferensi() {
        ResponseEntity<JawabanKesalahan> jawaban = kesalahan.lainnya(new CannotCreateTransactionException(
                "Could not open JDBC Connection",
                new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection", new SQLTransientConnectionException("timeout"))));
        assertThat(jawaban.getStatusCode().value()).isEqualTo(503);
        assertThat(jawaban.getHeaders().getFirst("Retry-After")).isEqualTo(KesalahanApi.COBA_LAGI_DETIK);
        assertThat(jawaban.getBody().pesan()).isEqualTo(KesalahanApi.PESAN_LAYANAN_GANGGUAN);
        assertThat(jawaban.getBody().referensi()).matches("[0-9a-f]{12}");
    }

    @Test
    void kesalahanTakTerdugaMenjadi500DenganReferensiTanpaIsiDalam() throws Exception {
        ResponseEntity<JawabanKesalahan> jawaban = kesalahan.lainnya(new NullPointerException("rahasia internal"));
        assertThat(jawaban.getStatusCode().value()).isEqualTo(500);
        assertThat(jawaban.getHeaders().containsHeader("Retry-After")).isFalse();
        String teks = json.writeValueAsString(jawaban.getBody());
        assertThat(teks).doesNotContain("rahasia").contains("\"referensi\":\"");
        assertThat(jawaban.getBody().pesan()).isEqualTo(KesalahanApi.PESAN_KESALAHAN_SERVER);
        // Two failures are two references: each one points at its own stack trace in the log.
        assertThat(kesalahan.lainnya(new IllegalStateException()).getBody().referensi())
                .isNotEqualTo(jawaban.getBody().referensi());
    }

    @Test
    void rollbackGagalPadaSambunganPutusTetapGangguan() {
        // As seen in the cluster run when the Galera writer stopped: the pool had already closed the broken
        // connection, so the rollback fails with a plain "Connection is closed" and hides the socket error.
        var rollback = new org.springframework.transaction.TransactionSystemException(
                "JDBC rollback failed", new java.sql.SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException(
                "putus", new java.sql.SQLNonTransientConnectionException("Socket error", "08000")));
        assertThat(KesalahanApi.basisDataTidakTersedia(rollback)).isTrue();
        assertThat(KesalahanApi.kesalahanServer(rollback).status()).isEqualTo(503);
        assertThat(KesalahanApi.basisDataTidakTersedia(new org.springframework.transaction.TransactionSystemException(
                        "JDBC rollback failed", new java.sql.SQLException("Connection is closed"))))
                .isFalse();
    }

    @Test
    void aturanBasisDataBukanGangguan() {
        assertThat(KesalahanApi.basisDataTidakTersedia(new DataIntegrityViolationException("ck_realisasi_sumber")))
                .isFalse();
        assertThat(KesalahanApi.basisDataTidakTersedia(new DataAccessResourceFailureException("putus")))
                .isTrue();
    }

    @Test
    void batasBacaJsonMenjadi413Dan422() {
        HttpMessageNotReadableException besar = new HttpMessageNotReadableException(
                "I/O error while reading input message",
                new BatasBadanApi.BadanTerlaluBesarException(DataSize.ofMegabytes(5)),
                new MockHttpInputMessage(new byte[0]));
        assertThat(kesalahan.jsonTidakTerbaca(besar).getBody())
                .isEqualTo(new JawabanKesalahan(413, "Badan permintaan terlalu besar: paling banyak 5 MB."));
        String dalam = "[".repeat(2000) + "]".repeat(2000);
        assertThat(baca("{\"perangkatDaerah\":" + dalam + "}", com.fasterxml.jackson.databind.JsonNode.class))
                .isEqualTo(new JawabanKesalahan(422, KesalahanApi.PESAN_BERSARANG));
    }

    private JawabanKesalahan baca(String dokumen, Class<?> jenis) {
        try {
            json.readValue(dokumen, jenis);
        } catch (Exception sebab) {
            HttpMessageNotReadableException e = new HttpMessageNotReadableException(
                    "JSON parse error", sebab, new MockHttpInputMessage(dokumen.getBytes()));
            return kesalahan.jsonTidakTerbaca(e).getBody();
        }
        throw new AssertionError("dokumen seharusnya ditolak");
    }
}
