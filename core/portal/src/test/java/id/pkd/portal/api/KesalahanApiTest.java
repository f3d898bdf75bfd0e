package id.pkd.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.ValidasiGagalException;
import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

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
