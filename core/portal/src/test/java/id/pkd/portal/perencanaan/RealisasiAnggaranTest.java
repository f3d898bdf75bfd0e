package id.pkd.portal.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A budget realisasi the column cannot hold is refused at the field, never sent to the driver. */
class RealisasiAnggaranTest extends PortalIntegrationTest {

    @Autowired
    RealisasiService realisasi;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rupiahDiLuarDecimal19Koma2DitolakDiIsiannyaTanpaMengubahApaPun() {
        long tenant = tenant("63.11").value();
        long sub = jdbc.sql("SELECT id FROM program_kegiatan WHERE tenant_id = ? AND tingkat = 'SUB_KEGIATAN'"
                        + " ORDER BY id LIMIT 1")
                .param(tenant)
                .query(Long.class)
                .single();
        BigDecimal semula = jdbc.sql("SELECT realisasi FROM program_kegiatan WHERE id = ?")
                .param(sub)
                .query(BigDecimal.class)
                .single();
        for (String buruk : new String[] {"1e300", "1e999999999", "100000000000000000", "1.005", "1e-999999999"}) {
            assertThatThrownBy(() -> sebagai(
                            Peran.OPERATOR,
                            "63.11",
                            () -> realisasi.simpanRealisasiAnggaran(sub, new BigDecimal(buruk))))
                    .as(buruk)
                    .isInstanceOfSatisfying(
                            IsianTidakSahException.class,
                            e -> assertThat(e.pesanPerIsian().get("realisasi")).startsWith("Rupiah"));
        }
        assertThat(jdbc.sql("SELECT realisasi FROM program_kegiatan WHERE id = ?")
                        .param(sub)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo(semula);
    }
}
