package id.pkd.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.pkd.portal.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database rule that refuses a write the validators let through is the caller's 422 with a
 * Bahasa Indonesia message at the field, never a 500: shown with real refusals of MariaDB.
 */
class AturanBasisDataTest extends PortalIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KesalahanApi kesalahan;

    DataIntegrityViolationException tolakan(String sql, Object... param) {
        return catchThrowableOfType(() -> jdbc.sql(sql).params(param).update(), DataIntegrityViolationException.class);
    }

    @Test
    void aturanRealisasiSumberMenjadi422DiIsiannya() {
        long indikator =
                jdbc.sql("SELECT MIN(id) FROM indikator").query(Long.class).single();
        long tenant = jdbc.sql("SELECT tenant_id FROM indikator WHERE id = ?")
                .param(indikator)
                .query(Long.class)
                .single();
        DataIntegrityViolationException e = tolakan(
                "INSERT INTO realisasi_indikator (tenant_id, indikator_id, tahun, triwulan, nilai, pembilang,"
                        + " penyebut, skala, diubah_oleh, diubah_pada) VALUES (?, ?, 1999, 0, 5, 1, 0, 100, 'uji',"
                        + " NOW(3))",
                tenant,
                indikator);
        assertThat(e).isNotNull();
        ResponseEntity<JawabanKesalahan> r = kesalahan.aturanBasisData(e);
        assertThat(r.getStatusCode().value()).isEqualTo(422);
        assertThat(r.getBody().kesalahan()).singleElement().satisfies(k -> {
            assertThat(k.path()).isEqualTo("nilai");
            assertThat(k.pesan()).startsWith("Realisasi berupa nilai, atau pembilang");
        });
        assertThat(r.getBody().referensi()).isNotBlank();
    }
}
