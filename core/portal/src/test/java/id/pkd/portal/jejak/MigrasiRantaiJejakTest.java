package id.pkd.portal.jejak;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.TestMariaDb;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Upgrading a database whose trail predates the chain: migration 12.1 chains the old rows per
 * tenant in the order they were made, sets the heads and anchors the days already over. Runs on a
 * database of its own on the test server.
 */
class MigrasiRantaiJejakTest {

    static final String DB = "pkd_migrasi_jejak";

    @Test
    void barisLamaDirantaiPerDaerahDenganKepalaDanJangkar() throws Exception {
        TestMariaDb server = TestMariaDb.get();
        String basis = server.jdbcUrl().substring(0, server.jdbcUrl().lastIndexOf('/') + 1);
        try (Connection c = DriverManager.getConnection(basis, server.user(), server.password());
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB);
            s.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Clock clock = Clock.system(ZoneId.of("Asia/Jakarta"));
        try (SingleConnectionDataSource ds =
                new SingleConnectionDataSource(basis + DB, server.user(), server.password(), true)) {
            Flyway.configure().dataSource(ds).target("12").load().migrate();
            JdbcClient db = JdbcClient.create(ds);
            for (String kode : List.of("91.01", "91.02")) {
                db.sql("INSERT INTO tenant (kode_wilayah, nama, jenis, dibuat_pada) VALUES (?, ?, 'KABUPATEN', NOW(3))")
                        .params(kode, "Kabupaten Lama " + kode)
                        .update();
            }
            List<Long> tenant = db.sql("SELECT id FROM tenant ORDER BY id")
                    .query(Long.class)
                    .list();
            Instant kemarinLusa = Instant.parse("2024-03-01T02:00:00.123Z");
            Instant kemarin = Instant.parse("2024-03-02T02:00:00.456Z");
            lama(db, tenant.get(0), "realisasi", "nilai", null, "68.72", kemarinLusa);
            lama(db, tenant.get(1), "realisasi", "nilai", "1", "2", kemarinLusa);
            lama(db, tenant.get(0), "persetujuan", "status 2022", "Diverifikasi", "Ditetapkan", kemarinLusa);
            lama(db, tenant.get(0), "realisasi", "upaya", null, "Pendampingan — desa", kemarin);

            Flyway.configure()
                    .dataSource(ds)
                    .javaMigrations(new MigrasiRantaiJejak(clock))
                    .load()
                    .migrate();

            List<JejakAudit> t0 = db.sql("SELECT * FROM jejak_audit WHERE tenant_id = ? ORDER BY urut")
                    .param(tenant.get(0))
                    .query(VerifikasiJejakService::baris)
                    .list();
            assertThat(t0).extracting(JejakAudit::urut).containsExactly(1L, 2L, 3L);
            assertThat(t0).extracting(JejakAudit::isian).containsExactly("nilai", "status 2022", "upaya");
            String sebelum = RantaiJejak.AWAL;
            for (JejakAudit j : t0) {
                assertThat(j.hashSebelum()).isEqualTo(sebelum);
                assertThat(j.hash()).isEqualTo(RantaiJejak.hash(j));
                sebelum = j.hash();
            }
            assertThat(db.sql("SELECT urut FROM jejak_kepala WHERE tenant_id = ?")
                            .param(tenant.get(1))
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(db.sql("SELECT hash FROM jejak_kepala WHERE tenant_id = ?")
                            .param(tenant.get(0))
                            .query(String.class)
                            .single())
                    .isEqualTo(sebelum);
            assertThat(db.sql(
                                    "SELECT CONCAT(tanggal, ' ', urut) FROM jejak_jangkar WHERE tenant_id = ? ORDER BY tanggal")
                            .param(tenant.get(0))
                            .query(String.class)
                            .list())
                    .as("each day over is anchored at its last entry")
                    .containsExactly(LocalDate.of(2024, 3, 1) + " 2", LocalDate.of(2024, 3, 2) + " 3");
        } finally {
            try (Connection c = DriverManager.getConnection(basis, server.user(), server.password());
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + DB);
            }
        }
    }

    private static void lama(
            JdbcClient db, long tenant, String jenis, String isian, String lama, String baru, Instant pada) {
        db.sql("INSERT INTO jejak_audit (tenant_id, jenis_data, data_id, isian, nilai_lama, nilai_baru, oleh, pada)"
                        + " VALUES (?, ?, 7, ?, ?, ?, 'operator.lama', ?)")
                .params(tenant, jenis, isian, lama, baru, Timestamp.from(pada))
                .update();
    }
}
