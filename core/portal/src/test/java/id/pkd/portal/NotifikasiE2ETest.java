package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bell in the frame: the operator sees one unread notification, opens the list, follows it to the work, and the
 * count is gone.
 */
class NotifikasiE2ETest extends PortalDiPeramban {

    static final String PESAN = "Uji lonceng: realisasi tahun 2022 menunggu tindakan Anda.";

    @Autowired
    JdbcClient jdbc;

    long pengguna() {
        return jdbc.sql("SELECT id FROM pengguna WHERE username = 'operator.balangan'")
                .query(Long.class)
                .single();
    }

    @AfterEach
    void hapusNotifikasiUji() {
        jdbc.sql("DELETE FROM notifikasi WHERE pesan = ?").param(PESAN).update();
    }

    @Test
    void operatorMembukaNotifikasiDanMenujuPekerjaannya() {
        // What other tests' workflow steps left for this account is read; one new notification waits.
        jdbc.sql("UPDATE notifikasi SET dibaca_pada = ? WHERE pengguna_id = ? AND dibaca_pada IS NULL")
                .params(Timestamp.from(Instant.now()), pengguna())
                .update();
        jdbc.sql("INSERT INTO notifikasi (tenant_id, pengguna_id, pesan, tautan, dibuat_pada)"
                        + " SELECT tenant_id, id, ?, 'persetujuan', ? FROM pengguna WHERE id = ?")
                .params(PESAN, Timestamp.from(Instant.now()), pengguna())
                .update();

        masuk("operator.balangan");
        assertThat(page.locator("#jumlah-notifikasi")).hasText("1");
        page.locator("#lonceng-notifikasi vaadin-button").click();
        page.locator("vaadin-button:has-text('" + PESAN + "')").click();
        assertThat(page).hasURL(Pattern.compile(".*/persetujuan$"));
        assertThat(page.locator("#jumlah-notifikasi")).isHidden();
    }
}
