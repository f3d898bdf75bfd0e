package id.pkd.portal.pengukuran;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.PerencanaanService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A frozen year is stored as JSON written with the portal's own ObjectMapper: reading it back must
 * give exactly the figures that were frozen, or a locked year would show something else than what
 * was approved.
 */
class PengukuranBekuJsonTest extends PortalIntegrationTest {

    @Autowired
    PengukuranKinerjaService pengukuran;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    ObjectMapper json;

    @Test
    void pengukuranBalangan2022KembaliSamaPersisSetelahJson() throws Exception {
        PengukuranKinerja asli = sebagai(
                Peran.PENGAMAT,
                "63.11",
                () -> pengukuran.ukurLangsung(
                        perencanaan.daftarPerangkatDaerah().get(0).id(), 2022, pengukuran.aturan()));
        String teks = json.writeValueAsString(asli);

        PengukuranKinerja dibaca = json.readValue(teks, PengukuranKinerja.class);

        assertThat(dibaca).isEqualTo(asli);
        assertThat(json.writeValueAsString(dibaca)).isEqualTo(teks);
        assertThat(dibaca.iku()).isNotEmpty();
        assertThat(dibaca.anggaran()).isNotEmpty();
    }
}
