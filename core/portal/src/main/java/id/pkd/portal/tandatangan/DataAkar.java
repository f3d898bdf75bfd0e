package id.pkd.portal.tandatangan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL of the trust roots (table akar_tepercaya): the one source of trust of every node. A row without a tenant is a
 * portal-wide root; a row flagged {@code demo} is the demo CA, trusted only where demo data is.
 */
@Component
class DataAkar {

    /** A root as stored, certificate included. */
    record AkarTersimpan(
            long id,
            Long tenantId,
            String nama,
            String sha256,
            byte[] sertifikat,
            boolean demo,
            String dipasangOleh,
            Instant dipasangPada) {}

    private final JdbcClient jdbc;

    DataAkar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The roots installed for this tenant only, or the portal-wide ones when {@code tenantId} is null; no demo CA. */
    List<byte[]> akar(Long tenantId) {
        if (tenantId == null) {
            return jdbc.sql("SELECT sertifikat FROM akar_tepercaya WHERE tenant_id IS NULL AND NOT demo ORDER BY id")
                    .query(byte[].class)
                    .list();
        }
        return jdbc.sql("SELECT sertifikat FROM akar_tepercaya WHERE tenant_id = ? AND NOT demo ORDER BY id")
                .param(tenantId)
                .query(byte[].class)
                .list();
    }

    /** The demo CA's certificates (normally one). */
    List<byte[]> akarDemo() {
        return jdbc.sql("SELECT sertifikat FROM akar_tepercaya WHERE demo ORDER BY id")
                .query(byte[].class)
                .list();
    }

    /** The demo CA's PKCS#12, the first stored; every node seeding demo data issues from it. */
    Optional<byte[]> caDemo() {
        return jdbc.sql("SELECT kunci_demo FROM akar_tepercaya WHERE demo AND kunci_demo IS NOT NULL ORDER BY id"
                        + " LIMIT 1")
                .query(byte[].class)
                .optional();
    }

    boolean terpasang(Long tenantId, String sha256) {
        return jdbc.sql("SELECT COUNT(*) FROM akar_tepercaya WHERE tenant_id <=> ? AND sha256 = ?")
                        .params(tenantId, sha256)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long simpan(Long tenantId, String nama, String sha256, byte[] der, byte[] kunciDemo, String oleh, Instant pada) {
        var kunci = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO akar_tepercaya
                            (tenant_id, nama, sha256, sertifikat, demo, kunci_demo, dipasang_oleh, dipasang_pada)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenantId, nama, sha256, der, kunciDemo != null, kunciDemo, oleh, Timestamp.from(pada))
                .update(kunci);
        return kunci.getKey().longValue();
    }

    List<AkarTersimpan> semua() {
        return jdbc.sql("SELECT * FROM akar_tepercaya ORDER BY tenant_id, id")
                .query((rs, i) -> new AkarTersimpan(
                        rs.getLong("id"),
                        rs.getObject("tenant_id", Long.class),
                        rs.getString("nama"),
                        rs.getString("sha256"),
                        rs.getBytes("sertifikat"),
                        rs.getBoolean("demo"),
                        rs.getString("dipasang_oleh"),
                        rs.getTimestamp("dipasang_pada").toInstant()))
                .list();
    }

    Optional<AkarTersimpan> cari(long id) {
        return semua().stream().filter(a -> a.id() == id).findFirst();
    }

    /** The region whose own CA (ca_daerah) this root is, if any: such a root goes only with its CA. */
    Optional<Long> caDaerahDari(long akarId) {
        return jdbc.sql("SELECT tenant_id FROM ca_daerah WHERE akar_id = ?")
                .param(akarId)
                .query(Long.class)
                .optional();
    }

    void hapus(long id) {
        jdbc.sql("DELETE FROM akar_tepercaya WHERE id = ?").param(id).update();
    }

    /** Every region: a portal-wide root changes what each of them trusts, so each trail records it. */
    List<Long> semuaTenant() {
        return jdbc.sql("SELECT id FROM tenant ORDER BY id").query(Long.class).list();
    }
}
