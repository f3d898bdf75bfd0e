package id.pkd.portal.plugin;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The migration guard parses every statement: the hostile scripts that got past the old pattern
 * guard (and the ones it caught) are refused with a reason naming the script, and ordinary
 * DDL/DML on the plugin's own tables, each with tenant_id, still passes.
 */
class MigrasiPluginTest {

    static final String NS = MigrasiPlugin.namespace("urusan-uji");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "INSERT pengguna (nama_pengguna, kata_sandi) VALUES ('x', 'y') | menyentuh tabel pengguna",
                "INSERT INTO pengguna VALUES (1, 'x') | menyentuh tabel pengguna",
                "DELETE/**/FROM pengguna | menyentuh tabel pengguna",
                "UPDATE urusan_uji_catatan c JOIN pengguna p ON p.id = c.id SET p.peran = 'ADMIN' | menyentuh tabel"
                        + " pengguna",
                "CREATE TRIGGER urusan_uji_t BEFORE INSERT ON pengguna FOR EACH ROW SET NEW.peran = 'ADMIN' | ",
                "DROP DATABASE portal | tidak dapat diurai sebagai SQL",
                "DROP TABLE tenant | menyentuh tabel tenant di luar namespace plugin (urusan_uji_…)",
                "GRANT ALL PRIVILEGES ON *.* TO 'plugin'@'%' | ",
                "CREATE PROCEDURE urusan_uji_p() BEGIN DELETE FROM pengguna; END | ",
                "INSERT INTO urusan_uji_salinan (id, tenant_id) SELECT id, tenant_id FROM pengguna | menyentuh tabel"
                        + " pengguna",
                "DELETE urusan_uji_catatan, pengguna FROM urusan_uji_catatan JOIN pengguna ON 1 = 1 | menyentuh tabel"
                        + " pengguna",
                "ALTER TABLE urusan_uji_catatan RENAME TO pengguna_lama | menyentuh tabel pengguna_lama",
                "CREATE TABLE portal.urusan_uji_x (id BIGINT, tenant_id BIGINT) | menyentuh tabel portal.urusan_uji_x",
                "CREATE TABLE urusan_uji_tanpa_tenant (id BIGINT PRIMARY KEY) | membuat tabel urusan_uji_tanpa_tenant"
                        + " tanpa kolom tenant_id",
                "CREATE VIEW urusan_uji_v AS SELECT * FROM pengguna | tidak diizinkan (CREATEVIEW)",
                "REPLACE INTO pengguna VALUES (1, 'x') | menyentuh tabel pengguna",
                "TRUNCATE TABLE jejak_audit | menyentuh tabel jejak_audit",
                "CREATE TABLE urusan_uji_y (id BIGINT, tenant_id BIGINT) AS SELECT id, tenant_id FROM pengguna |"
                        + " menyentuh tabel pengguna",
                "INI BUKAN SQL | tidak dapat diurai sebagai SQL"
            })
    void skripBermusuhanDitolakDenganAlasan(String sql, String alasan) {
        assertThatThrownBy(() -> MigrasiPlugin.periksaNamaTabel(
                        "V1__uji.sql",
                        "CREATE TABLE urusan_uji_catatan (id BIGINT, tenant_id BIGINT);\n" + sql + ";",
                        NS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("skrip migrasi V1__uji.sql ")
                .hasMessageMatching("(?s).*(di luar namespace plugin|tidak diizinkan|tidak dapat diurai|tanpa kolom"
                        + " tenant_id).*")
                .hasMessageContaining(alasan == null ? "" : alasan);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CREATE TABLE urusan_uji_catatan (id BIGINT PRIMARY KEY, `tenant_id` BIGINT NOT NULL,"
                        + " nama VARCHAR(100)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
                "CREATE TABLE IF NOT EXISTS `urusan_uji_b` (id BIGINT, tenant_id BIGINT NOT NULL)",
                "ALTER TABLE urusan_uji_catatan ADD COLUMN catatan VARCHAR(200)",
                "CREATE INDEX urusan_uji_i ON urusan_uji_catatan (tenant_id)",
                "INSERT INTO urusan_uji_catatan (id, tenant_id) VALUES (1, 1)",
                "UPDATE urusan_uji_catatan SET nama = 'x' WHERE tenant_id = 1",
                "DELETE FROM urusan_uji_catatan WHERE id IN (SELECT id FROM urusan_uji_b)",
                "DROP TABLE urusan_uji_b"
            })
    void ddlDanDmlPadaTabelSendiriDiterima(String sql) {
        assertThatCode(() -> MigrasiPlugin.periksaNamaTabel("V1__baik.sql", sql + ";\n-- selesai\n", NS))
                .doesNotThrowAnyException();
    }
}
