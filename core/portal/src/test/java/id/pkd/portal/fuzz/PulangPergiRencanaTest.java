package id.pkd.portal.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.api.ApiTokenService;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.fuzz.DaerahFuzz.Jawaban;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11's round trip: a plan imported with one indicator code changed and then the original
 * again gives back the first export byte for byte and the same capaian, and the renamed indicator
 * (ORPHAN-1) is gone, whether the Renstra or only a PK defined it. An indicator the changed file
 * gave a realisasi is not deleted by the import: a realisasi is a measurement with its evidence and
 * approval, removed by an operator on its screen, never as a side effect of a file; so the original
 * is then refused with the indicator named and nothing changes. Own region 64.65.
 */
class PulangPergiRencanaTest extends PortalIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DaerahService daerah;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ObjectMapper json;

    DaerahFuzz d;

    @BeforeEach
    void siapkan() {
        d = DaerahFuzz.siapkan("64.65", port, jdbc, daerah, tokens, json);
        jdbc.sql("DELETE FROM realisasi_indikator WHERE tenant_id = ?")
                .param(d.tenant.value())
                .update();
        assertThat(impor(asli()).status()).isEqualTo(200);
    }

    /** The test plan without realisasi for IKU-3 and PK-1, so both may be renamed away. */
    ObjectNode asli() {
        ObjectNode doc = d.rencanaAsli();
        ArrayNode realisasi = doc.withArray("perangkatDaerah").get(0).withArray("realisasi");
        for (int i = realisasi.size() - 1; i >= 0; i--) {
            String kode = realisasi.get(i).get("indikator").asText();
            if (kode.equals("IKU-3") || kode.equals("PK-1")) {
                realisasi.remove(i);
            }
        }
        return doc;
    }

    Jawaban impor(JsonNode doc) {
        return d.panggil(HttpMethod.PUT, "/api/v1/rencana", doc.toString());
    }

    String ekspor() {
        return d.panggil(HttpMethod.GET, "/api/v1/rencana/" + DaerahFuzz.TAHUN, null)
                .teks();
    }

    long jumlahIndikator(String kode) {
        return jdbc.sql("SELECT COUNT(*) FROM indikator WHERE tenant_id = ? AND kode = ?")
                .params(d.tenant.value(), kode)
                .query(Long.class)
                .single();
    }

    /** Every {@code "kode"} and {@code "indikator"} equal to {@code lama} becomes {@code baru}. */
    static void ganti(JsonNode node, String lama, String baru) {
        if (node instanceof ObjectNode o) {
            for (String k : new String[] {"kode", "indikator"}) {
                if (o.path(k).asText("").equals(lama)) {
                    o.put(k, baru);
                }
            }
        }
        node.forEach(n -> ganti(n, lama, baru));
    }

    @Test
    void indikatorRenstraYangDiubahKodenyaHilangSetelahRencanaAsliDiimporLagi() {
        String pertama = ekspor();
        String sidik = d.sidikJari();
        ObjectNode berubah = asli();
        ganti(berubah, "IKU-3", "ORPHAN-1");
        assertThat(impor(berubah).status()).isEqualTo(200);
        assertThat(jumlahIndikator("ORPHAN-1")).isEqualTo(1);
        assertThat(jumlahIndikator("IKU-3")).isZero();

        Jawaban kembali = impor(asli());
        assertThat(kembali.status()).as(kembali.teks()).isEqualTo(200);
        assertThat(jumlahIndikator("ORPHAN-1")).isZero();
        assertThat(ekspor()).isEqualTo(pertama);
        assertThat(d.sidikJari()).isEqualTo(sidik);
    }

    @Test
    void indikatorYangHanyaDitetapkanPerjanjianKinerjaJugaHilang() {
        String pertama = ekspor();
        String sidik = d.sidikJari();
        ObjectNode berubah = asli();
        ganti(berubah, "PK-1", "ORPHAN-1");
        assertThat(impor(berubah).status()).isEqualTo(200);
        assertThat(jumlahIndikator("ORPHAN-1")).isEqualTo(1);

        Jawaban kembali = impor(asli());
        assertThat(kembali.status()).as(kembali.teks()).isEqualTo(200);
        assertThat(jumlahIndikator("ORPHAN-1")).isZero();
        assertThat(d.panggil(HttpMethod.GET, "/api/v1/capaian/" + DaerahFuzz.TAHUN, null)
                        .teks())
                .doesNotContain("ORPHAN-1");
        assertThat(ekspor()).isEqualTo(pertama);
        assertThat(d.sidikJari()).isEqualTo(sidik);
    }

    @Test
    void indikatorYangSudahMemilikiRealisasiTidakDihapusDiamDiamTetapiDitolakDenganAlasan() {
        ObjectNode berubah = asli();
        ganti(berubah, "IKU-3", "ORPHAN-1");
        ArrayNode realisasi = berubah.withArray("perangkatDaerah").get(0).withArray("realisasi");
        realisasi
                .addObject()
                .put("indikator", "ORPHAN-1")
                .put("tahun", DaerahFuzz.TAHUN)
                .putNull("triwulan")
                .put("nilai", 1.5);
        assertThat(impor(berubah).status()).isEqualTo(200);
        String sesudahBerubah = d.sidikJari();

        Jawaban kembali = impor(asli());
        assertThat(kembali.status()).isEqualTo(422);
        assertThat(kembali.path()).containsExactly("perangkatDaerah[0].renstra");
        assertThat(kembali.pesanDi("perangkatDaerah[0].renstra"))
                .contains("\"ORPHAN-1\"")
                .contains("sudah memiliki realisasi");
        assertThat(d.sidikJari()).isEqualTo(sesudahBerubah);
    }
}
