package id.pkd.portal.jejak;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 12.1, between the SQL of V12 (chain columns) and V12_2 (mandatory columns,
 * triggers): chains the entries recorded before the chain existed, per tenant in the order they
 * were made, with the same {@link RantaiJejak} the portal appends with, sets each tenant's head and
 * anchors every day already over. A Spring bean, so Spring Boot hands it to Flyway.
 */
@Component
class MigrasiRantaiJejak implements JavaMigration {

    private record Entri(
            long id,
            long tenant,
            String jenis,
            long dataId,
            String isian,
            String lama,
            String baru,
            String oleh,
            Instant pada) {}

    private final ZoneId zona;
    private final Clock clock;

    MigrasiRantaiJejak(Clock clock) {
        this.clock = clock;
        this.zona = RantaiJejak.ZONA_JANGKAR;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("12.1");
    }

    @Override
    public String getDescription() {
        return "rantai jejak awal";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<Entri> semua = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT id, tenant_id, jenis_data, data_id, isian, nilai_lama, nilai_baru,"
                                + " oleh, pada FROM jejak_audit ORDER BY tenant_id, pada, id")) {
            while (rs.next()) {
                semua.add(new Entri(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getTimestamp(9).toInstant()));
            }
        }
        try (PreparedStatement ubah =
                        c.prepareStatement("UPDATE jejak_audit SET urut = ?, hash_sebelum = ?, hash = ? WHERE id = ?");
                PreparedStatement kepala = c.prepareStatement(
                        "INSERT INTO jejak_kepala (tenant_id, urut, hash, pada) VALUES (?, ?, ?, ?)");
                PreparedStatement jangkar = c.prepareStatement(
                        "INSERT INTO jejak_jangkar (tenant_id, tanggal, urut, hash, dibuat) VALUES (?, ?, ?, ?, ?)")) {
            LocalDate hariIni = LocalDate.now(clock.withZone(zona));
            Timestamp sekarang = Timestamp.from(RantaiJejak.presisi(clock.instant()));
            for (int i = 0; i < semua.size(); ) {
                long tenant = semua.get(i).tenant();
                long urut = 0;
                String sebelum = RantaiJejak.AWAL;
                Entri terakhir = null;
                for (; i < semua.size() && semua.get(i).tenant() == tenant; i++) {
                    Entri e = semua.get(i);
                    if (terakhir != null && hari(terakhir).isBefore(hari(e))) {
                        tambahJangkar(jangkar, tenant, hari(terakhir), urut, sebelum, sekarang);
                    }
                    urut++;
                    String hash = RantaiJejak.hash(
                            tenant,
                            urut,
                            e.jenis(),
                            e.dataId(),
                            e.isian(),
                            e.lama(),
                            e.baru(),
                            e.oleh(),
                            e.pada(),
                            sebelum);
                    ubah.setLong(1, urut);
                    ubah.setString(2, sebelum);
                    ubah.setString(3, hash);
                    ubah.setLong(4, e.id());
                    ubah.addBatch();
                    sebelum = hash;
                    terakhir = e;
                }
                if (hari(terakhir).isBefore(hariIni)) {
                    tambahJangkar(jangkar, tenant, hari(terakhir), urut, sebelum, sekarang);
                }
                kepala.setLong(1, tenant);
                kepala.setLong(2, urut);
                kepala.setString(3, sebelum);
                kepala.setTimestamp(4, Timestamp.from(terakhir.pada()));
                kepala.addBatch();
            }
            ubah.executeBatch();
            kepala.executeBatch();
            jangkar.executeBatch();
        }
    }

    private LocalDate hari(Entri e) {
        return e.pada().atZone(zona).toLocalDate();
    }

    private static void tambahJangkar(
            PreparedStatement jangkar, long tenant, LocalDate tanggal, long urut, String hash, Timestamp dibuat)
            throws Exception {
        jangkar.setLong(1, tenant);
        jangkar.setObject(2, tanggal);
        jangkar.setLong(3, urut);
        jangkar.setString(4, hash);
        jangkar.setTimestamp(5, dibuat);
        jangkar.addBatch();
    }
}
