package id.pkd.beban;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The UIDL model against answers shaped like the portal's (Vaadin 25.2), without a running portal. */
class ModelUiTest {

    private static final String INIT =
            """
            {"appConfig":{"v-uiId":3,"uidl":{"Vaadin-Security-Key":"kunci-1","syncId":0,"clientId":0,"changes":[
              {"node":1,"type":"put","key":"tag","feat":0,"value":"body"}]}}}""";

    /** A select with two years, a text field, a button and a grid whose data comes as connector calls. */
    private static final String TAMPIL =
            """
            {"syncId":1,"clientId":1,"changes":[
              {"node":5,"type":"attach"},{"node":5,"type":"put","key":"tag","feat":0,"value":"vaadin-select"},
              {"node":5,"type":"put","key":"id","feat":3,"value":"pilih-tahun"},
              {"node":5,"type":"put","key":"value","feat":1,"value":"1"},
              {"node":5,"type":"splice","feat":2,"index":0,"addNodes":[6]},
              {"node":6,"type":"put","key":"tag","feat":0,"value":"vaadin-select-list-box"},
              {"node":6,"type":"splice","feat":2,"index":0,"addNodes":[7,8]},
              {"node":7,"type":"put","key":"tag","feat":0,"value":"vaadin-select-item"},
              {"node":7,"type":"put","key":"value","feat":1,"value":"1"},
              {"node":7,"type":"put","key":"label","feat":3,"value":"2024"},
              {"node":8,"type":"put","key":"tag","feat":0,"value":"vaadin-select-item"},
              {"node":8,"type":"put","key":"value","feat":1,"value":"2"},
              {"node":8,"type":"put","key":"label","feat":3,"value":"2023"},
              {"node":9,"type":"put","key":"tag","feat":0,"value":"vaadin-text-field"},
              {"node":9,"type":"put","key":"id","feat":3,"value":"nilai-realisasi"},
              {"node":10,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
              {"node":10,"type":"put","key":"id","feat":3,"value":"simpan-realisasi"},
              {"node":10,"type":"splice","feat":2,"index":0,"addNodes":[11]},
              {"node":11,"type":"put","key":"text","feat":7,"value":"Simpan"},
              {"node":4,"type":"put","key":"tag","feat":0,"value":"vaadin-grid"},
              {"node":12,"type":"put","key":"tag","feat":0,"value":"vaadin-grid"}],
             "execute":[[{"@v-node":12},0,[{"key":"51","col0":"IKU-1","col1":"Angka PPKS","col4":"61,5"}],
                         "return $0.$connector.set($1,$2)"],
                        [{"@v-node":4},0,[{"key":"9","col0":"Nasional","col1":"88,86"}],
                         "return $0.$connector.set($1,$2)"],
                        [{"@v-node":12},7,"return $0.$connector.confirm($1)"]]}""";

    private static ModelUi tampil() {
        ModelUi m = new ModelUi();
        assertEquals("", m.mulai(INIT));
        assertEquals("", m.terapkan(TAMPIL));
        return m;
    }

    @Test
    void menemukanKontrolMenurutIdElemen() {
        ModelUi m = tampil();
        assertEquals(3, m.uiId());
        assertTrue(m.ada("simpan-realisasi"));
        assertEquals("Simpan", m.teks("simpan-realisasi"));
        assertEquals("2024", m.labelTerpilih("pilih-tahun"));
        assertEquals("61,5", m.baris("IKU-1").orElseThrow().path("col4").asText());
    }

    @Test
    void permintaanMembawaKunciSyncIdClientIdDanKonfirmasiGrid() throws Exception {
        ModelUi m = tampil();
        JsonNode badan = ModelUi.JSON.readTree(
                m.badan(ModelUi.gabung(m.pilih("pilih-tahun", "2023"), m.klik("simpan-realisasi"))));
        assertEquals("kunci-1", badan.path("csrfToken").asText());
        assertEquals(1, badan.path("syncId").asInt());
        assertEquals(1, badan.path("clientId").asInt());
        JsonNode rpc = badan.path("rpc");
        // The grid connector's confirmUpdate owed from the last answer goes first, once.
        assertEquals(
                "confirmUpdate", rpc.path(0).path("templateEventMethodName").asText());
        assertEquals(7, rpc.path(0).path("templateEventMethodArgs").path(0).asInt());
        assertEquals("mSync", rpc.path(1).path("type").asText());
        assertEquals("2", rpc.path(1).path("value").asText());
        assertEquals("value-changed", rpc.path(2).path("event").asText());
        assertEquals("click", rpc.path(3).path("event").asText());
        assertEquals(10, rpc.path(3).path("node").asInt());
        assertEquals("2023", m.labelTerpilih("pilih-tahun"));
        // Sent once: the next request owes nothing.
        assertEquals(
                0, ModelUi.JSON.readTree(m.badan(ModelUi.rpc())).path("rpc").size());
    }

    @Test
    void barisGridDipilihDenganKunciDariDataKonektor() throws Exception {
        ModelUi m = tampil();
        JsonNode rpc = m.pilihBaris("IKU-1").path(0);
        assertEquals("publishedEventHandler", rpc.path("type").asText());
        // Node 4 is another grid of the view (the comparison editor's on /realisasi): the row's own grid is chosen.
        assertEquals(12, rpc.path("node").asInt());
        assertEquals("select", rpc.path("templateEventMethodName").asText());
        assertEquals("51", rpc.path("templateEventMethodArgs").path(0).asText());
        assertEquals(4, m.pilihBaris("Nasional").path(0).path("node").asInt());
        JsonNode konfirmasi = m.peristiwa("simpan-realisasi", "confirm").path(0);
        assertEquals("confirm", konfirmasi.path("event").asText());
        assertEquals(10, konfirmasi.path("node").asInt());
        // A confirm dialog closes itself after confirm: the server must see it closed, or the page stays inert.
        JsonNode tutup = m.konfirmasi("simpan-realisasi");
        assertEquals("confirm", tutup.path(0).path("event").asText());
        assertEquals("opened", tutup.path(1).path("property").asText());
        assertEquals(false, tutup.path(1).path("value").asBoolean(true));
        assertEquals("opened-changed", tutup.path(2).path("event").asText());
        assertEquals(10, tutup.path(2).path("node").asInt());
        assertFalse(m.terbuka("simpan-realisasi"));
        assertEquals("IKU-1", m.barisPertama());
    }

    @Test
    void jawabanBermasalahDilaporkan() {
        ModelUi m = tampil();
        assertEquals("Session expired", m.terapkan("for(;;);[{\"meta\":{\"sessionExpired\":true}}]"));
        assertTrue(m.terapkan("{\"meta\":{\"appError\":{\"caption\":\"x\"}}}").startsWith("appError"));
        assertTrue(m.terapkan("{\"syncId\":2,\"resynchronize\":true}").contains("resynchronize"));
        assertTrue(
                m.terapkan("{\"syncId\":3,\"clientId\":2,\"changes\":[{\"node\":20,\"type\":\"put\",\"key\":\"text\","
                                + "\"feat\":7,\"value\":\"Terjadi kesalahan, rujukan ABCD1234\"}]}")
                        .contains("Terjadi kesalahan"));
    }

    @Test
    void elemenYangDilepasTidakDitemukanLagi() {
        ModelUi m = tampil();
        assertEquals("", m.terapkan("{\"syncId\":2,\"clientId\":2,\"changes\":[{\"node\":10,\"type\":\"detach\"}]}"));
        assertFalse(m.ada("simpan-realisasi"));
    }

    @Test
    void elemenTersembunyiDikenaliDariElementData() {
        ModelUi m = tampil();
        String kemajuan = "{\"syncId\":2,\"clientId\":2,\"changes\":["
                + "{\"node\":30,\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\"vaadin-progress-bar\"},"
                + "{\"node\":30,\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"kemajuan-penyusunan\"},"
                + "{\"node\":30,\"type\":\"put\",\"key\":\"visible\",\"feat\":0,\"value\":%s}]}";
        assertEquals("", m.terapkan(kemajuan.formatted("false")));
        assertTrue(m.ada("kemajuan-penyusunan"));
        assertFalse(m.tampil("kemajuan-penyusunan"));
        assertEquals("", m.terapkan(kemajuan.formatted("true").replace("\"syncId\":2", "\"syncId\":3")));
        assertTrue(m.tampil("kemajuan-penyusunan"));
        assertTrue(m.tampil("simpan-realisasi"));
        assertFalse(m.tampil("tidak-ada"));
    }

    @Test
    void persentilPeringkatTerdekat() {
        long[] t = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        assertEquals(50, Ringkasan.persentil(t, 50));
        assertEquals(100, Ringkasan.persentil(t, 95));
        assertEquals(-1, Ringkasan.persentil(new long[0], 95));
    }
}
