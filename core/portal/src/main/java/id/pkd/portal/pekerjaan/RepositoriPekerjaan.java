package id.pkd.portal.pekerjaan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The job table. Every time is the database's UTC clock, never a node's, so a lease means the same on every node.
 * A claimed job is fenced by (node, attempt): a node that lost its lease (it stalled, another node took the job)
 * can neither report progress nor finish it.
 */
@Component
class RepositoriPekerjaan {

    /** A job is free to take: waiting (and not held for the node that has its secret), or its node went silent. */
    private static final String BOLEH_DIKLAIM = "((status = 'MENUNGGU' AND (hanya_simpul IS NULL OR hanya_simpul = ?"
            + " OR sewa_sampai < UTC_TIMESTAMP(3))) OR (status = 'BERJALAN' AND sewa_sampai < UTC_TIMESTAMP(3)))";

    private static final String KOLOM_PEKERJAAN =
            "id, jenis, status, kemajuan, langkah, rujukan, galat, dibuat_pada, selesai_pada";

    private final JdbcClient jdbc;

    RepositoriPekerjaan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A claimed job as its node runs it. */
    record Klaim(
            long id,
            long tenantId,
            String jenis,
            String parameter,
            String dibuatOleh,
            String peran,
            String diklaimOleh,
            int percobaan) {}

    record Calon(long id, long tenantId, int percobaan) {}

    /**
     * Takes the tenant's quota row lock until the transaction ends; creates the row on first use. One statement
     * taking the exclusive lock at once: an {@code INSERT IGNORE} of the existing row first took a shared lock, and
     * two transactions (a submission and a node's claim) each holding it then waited for the other's to take
     * {@code FOR UPDATE}, which MariaDB ended as a deadlock (seen by {@code AntreanDrafBenchmark}).
     */
    void kunciKuota(long tenantId) {
        jdbc.sql("INSERT INTO pekerjaan_kuota (tenant_id) VALUES (?) ON DUPLICATE KEY UPDATE tenant_id = tenant_id")
                .param(tenantId)
                .update();
    }

    int aktifTenant(long tenantId) {
        return jdbc.sql("SELECT COUNT(*) FROM pekerjaan WHERE tenant_id = ? AND status IN ('MENUNGGU', 'BERJALAN')")
                .param(tenantId)
                .query(Integer.class)
                .single();
    }

    int aktifDiajukanDi(String simpul) {
        return jdbc.sql("SELECT COUNT(*) FROM pekerjaan WHERE status IN ('MENUNGGU', 'BERJALAN') AND diajukan_di = ?")
                .param(simpul)
                .query(Integer.class)
                .single();
    }

    /** Running jobs of the tenant whose node is alive (an expired lease no longer counts). */
    int berjalanTenant(long tenantId) {
        return jdbc.sql("SELECT COUNT(*) FROM pekerjaan WHERE tenant_id = ? AND status = 'BERJALAN'"
                        + " AND sewa_sampai >= UTC_TIMESTAMP(3)")
                .param(tenantId)
                .query(Integer.class)
                .single();
    }

    long simpan(
            long tenantId,
            String jenis,
            String parameter,
            String hanyaSimpul,
            String diajukanDi,
            String dibuatOleh,
            String peran,
            Duration sewa) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO pekerjaan (tenant_id, jenis, parameter, status, langkah, hanya_simpul, diajukan_di,
                            sewa_sampai, dibuat_oleh, peran, dibuat_pada)
                        VALUES (?, ?, ?, 'MENUNGGU', 'Menunggu giliran…', ?, ?,
                            CASE WHEN ? IS NULL THEN NULL ELSE TIMESTAMPADD(MICROSECOND, ?, UTC_TIMESTAMP(3)) END,
                            ?, ?, UTC_TIMESTAMP(3))""")
                .params(
                        tenantId,
                        jenis,
                        parameter,
                        hanyaSimpul,
                        diajukanDi,
                        hanyaSimpul,
                        sewa.toNanos() / 1000,
                        dibuatOleh,
                        peran)
                .update(kunci);
        return kunci.getKey().longValue();
    }

    List<Calon> calon(String simpul, int batas) {
        return jdbc.sql("SELECT id, tenant_id, percobaan FROM pekerjaan WHERE status IN ('MENUNGGU', 'BERJALAN') AND "
                        + BOLEH_DIKLAIM + " ORDER BY id LIMIT ?")
                .params(simpul, batas)
                .query(Calon.class)
                .list();
    }

    /** Takes the job if it is still free; false when another node was quicker. */
    boolean klaim(long id, String simpul, Duration sewa) {
        return jdbc.sql(
                                """
                                UPDATE pekerjaan SET status = 'BERJALAN', diklaim_oleh = ?, percobaan = percobaan + 1,
                                    sewa_sampai = TIMESTAMPADD(MICROSECOND, ?, UTC_TIMESTAMP(3)),
                                    mulai_pada = COALESCE(mulai_pada, UTC_TIMESTAMP(3)), langkah = 'Dimulai…'
                                WHERE id = ? AND """
                                        + BOLEH_DIKLAIM)
                        .params(simpul, sewa.toNanos() / 1000, id, simpul)
                        .update()
                == 1;
    }

    Klaim klaimDibaca(long id) {
        return jdbc.sql("SELECT id, tenant_id, jenis, parameter, dibuat_oleh, peran, diklaim_oleh, percobaan"
                        + " FROM pekerjaan WHERE id = ?")
                .param(id)
                .query(Klaim.class)
                .single();
    }

    /** A job whose nodes kept dying under it: given up rather than taking down the next node too. */
    void habisPercobaan(long id, int percobaan, String pesan) {
        jdbc.sql("UPDATE pekerjaan SET status = 'GAGAL', galat = ?, selesai_pada = UTC_TIMESTAMP(3), sewa_sampai = NULL"
                        + " WHERE id = ? AND percobaan = ? AND status IN ('MENUNGGU', 'BERJALAN')")
                .params(pesan, id, percobaan)
                .update();
    }

    boolean lapor(Klaim k, int persen, String langkah) {
        return jdbc.sql("UPDATE pekerjaan SET kemajuan = ?, langkah = ? WHERE id = ? AND diklaim_oleh = ?"
                                + " AND percobaan = ? AND status = 'BERJALAN'")
                        .params(persen, langkah, k.id(), k.diklaimOleh(), k.percobaan())
                        .update()
                == 1;
    }

    /** The heartbeat: every lease this node holds (running jobs, and waiting jobs only it can run) is renewed. */
    int perpanjang(String simpul, Duration sewa) {
        return jdbc.sql("UPDATE pekerjaan SET sewa_sampai = TIMESTAMPADD(MICROSECOND, ?, UTC_TIMESTAMP(3))"
                        + " WHERE status IN ('MENUNGGU', 'BERJALAN') AND ((status = 'BERJALAN' AND diklaim_oleh = ?)"
                        + " OR (status = 'MENUNGGU' AND hanya_simpul = ?))")
                .params(sewa.toNanos() / 1000, simpul, simpul)
                .update();
    }

    /** Ends the job if this claim still holds it; the caller's transaction also stores the file, or rolls it back. */
    boolean selesai(Klaim k, Long rujukan) {
        return jdbc.sql("UPDATE pekerjaan SET status = 'SELESAI', kemajuan = 100, langkah = 'Selesai.', rujukan = ?,"
                                + " selesai_pada = UTC_TIMESTAMP(3), sewa_sampai = NULL WHERE id = ? AND diklaim_oleh = ?"
                                + " AND percobaan = ? AND status = 'BERJALAN'")
                        .params(rujukan, k.id(), k.diklaimOleh(), k.percobaan())
                        .update()
                == 1;
    }

    void simpanBerkas(Klaim k, HasilPekerjaan.Berkas b, Duration simpan) {
        jdbc.sql(
                        """
                        INSERT INTO pekerjaan_hasil (pekerjaan_id, tenant_id, nama_berkas, mime, jumlah_halaman, isi, kedaluwarsa)
                        VALUES (?, ?, ?, ?, ?, ?, TIMESTAMPADD(SECOND, ?, UTC_TIMESTAMP(3)))
                        ON DUPLICATE KEY UPDATE nama_berkas = VALUES(nama_berkas), mime = VALUES(mime),
                            jumlah_halaman = VALUES(jumlah_halaman), isi = VALUES(isi), kedaluwarsa = VALUES(kedaluwarsa)""")
                .params(k.id(), k.tenantId(), b.namaBerkas(), b.mime(), b.jumlahHalaman(), b.isi(), simpan.toSeconds())
                .update();
    }

    boolean gagal(Klaim k, String pesan) {
        return jdbc.sql("UPDATE pekerjaan SET status = 'GAGAL', galat = ?, selesai_pada = UTC_TIMESTAMP(3),"
                                + " sewa_sampai = NULL WHERE id = ? AND diklaim_oleh = ? AND percobaan = ?"
                                + " AND status = 'BERJALAN'")
                        .params(pesan, k.id(), k.diklaimOleh(), k.percobaan())
                        .update()
                == 1;
    }

    Optional<Pekerjaan> cari(long tenantId, String pengaju, long id) {
        return jdbc.sql("SELECT " + KOLOM_PEKERJAAN
                        + " FROM pekerjaan WHERE id = ? AND tenant_id = ? AND dibuat_oleh = ?")
                .params(id, tenantId, pengaju)
                .query(RepositoriPekerjaan::pekerjaan)
                .optional();
    }

    /** The submitter's jobs of these kinds still waiting or running, or ended within {@code baru}; newest first. */
    List<Pekerjaan> milik(long tenantId, String pengaju, List<String> jenis, Duration baru) {
        return jdbc.sql("SELECT " + KOLOM_PEKERJAAN + " FROM pekerjaan WHERE tenant_id = :t AND dibuat_oleh = :p"
                        + " AND jenis IN (:j) AND (status IN ('MENUNGGU', 'BERJALAN')"
                        + " OR selesai_pada > TIMESTAMPADD(SECOND, :b, UTC_TIMESTAMP(3))) ORDER BY id DESC LIMIT 20")
                .param("t", tenantId)
                .param("p", pengaju)
                .param("j", jenis)
                .param("b", -baru.toSeconds())
                .query(RepositoriPekerjaan::pekerjaan)
                .list();
    }

    Optional<HasilPekerjaan.Berkas> berkas(long tenantId, String pengaju, long id) {
        return jdbc.sql("SELECT h.nama_berkas, h.mime, h.isi, h.jumlah_halaman FROM pekerjaan_hasil h"
                        + " JOIN pekerjaan p ON p.id = h.pekerjaan_id WHERE h.pekerjaan_id = ? AND h.tenant_id = ?"
                        + " AND p.tenant_id = ? AND p.dibuat_oleh = ? AND h.kedaluwarsa > UTC_TIMESTAMP(3)")
                .params(id, tenantId, tenantId, pengaju)
                .query((rs, i) ->
                        new HasilPekerjaan.Berkas(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getInt(4)))
                .optional();
    }

    /** Expired drafts, and ended jobs after a month; a few at a time so no sweep holds locks for long. */
    int bersihkan() {
        int hasil = jdbc.sql("DELETE FROM pekerjaan_hasil WHERE kedaluwarsa < UTC_TIMESTAMP(3) LIMIT 100")
                .update();
        return hasil
                + jdbc.sql("DELETE FROM pekerjaan WHERE status IN ('SELESAI', 'GAGAL')"
                                + " AND selesai_pada < TIMESTAMPADD(DAY, -30, UTC_TIMESTAMP(3)) LIMIT 500")
                        .update();
    }

    private static Pekerjaan pekerjaan(ResultSet rs, int i) throws SQLException {
        return new Pekerjaan(
                rs.getLong("id"),
                rs.getString("jenis"),
                StatusPekerjaan.valueOf(rs.getString("status")),
                rs.getInt("kemajuan"),
                rs.getString("langkah"),
                rs.getObject("rujukan", Long.class),
                rs.getString("galat"),
                utc(rs.getTimestamp("dibuat_pada")),
                utc(rs.getTimestamp("selesai_pada")));
    }

    /** DATETIME columns hold UTC; read as wall time and placed at UTC, whatever the JVM's zone. */
    private static Instant utc(Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
