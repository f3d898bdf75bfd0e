package id.pkd.portal.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * MariaDB's named lock {@code pkd_migrasi} around every schema migration (core and plugins), so that of several
 * nodes starting a new release together exactly one migrates; the others wait, then find nothing left to do. The
 * lock belongs to one connection, held for the whole migration and released on that same connection (closing it
 * would release it too, which is what saves a node killed mid-migration from blocking the others forever).
 *
 * <p>A named lock is local to one MariaDB server: on Galera it holds because the portal writes through a single
 * node behind HAProxy (single-writer), so every portal node asks the same server.
 */
public final class KunciMigrasi {

    public static final String NAMA = "pkd_migrasi";

    private KunciMigrasi() {}

    /** Runs {@code kerja} holding the lock; refuses the start when another node holds it longer than {@code batas}. */
    public static void dalamKunci(DataSource dataSource, Duration batas, Runnable kerja) {
        try (Connection c = dataSource.getConnection()) {
            if (!ambil(c, batas)) {
                throw new MulaiDitolakException(
                        "Portal tidak dijalankan: kunci migrasi '" + NAMA + "' tidak diperoleh dalam "
                                + batas.toSeconds() + " detik; node lain sedang memigrasikan skema basis data.",
                        "Tunggu migrasi node lain selesai lalu jalankan ulang node ini, atau perpanjang"
                                + " pkd.migrasi.batas-tunggu-kunci.");
            }
            try {
                kerja.run();
            } finally {
                try (PreparedStatement ps = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    ps.setString(1, NAMA);
                    ps.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("kunci migrasi tidak dapat diambil atau dilepas: " + e.getMessage(), e);
        }
    }

    private static boolean ambil(Connection c, Duration batas) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            ps.setString(1, NAMA);
            ps.setLong(2, Math.max(1, batas.toSeconds()));
            try (ResultSet rs = ps.executeQuery()) {
                // 1 = taken, 0 = timed out, NULL = error (e.g. the connection was killed while waiting)
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }
}
