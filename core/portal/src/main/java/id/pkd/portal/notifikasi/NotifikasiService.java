package id.pkd.portal.notifikasi;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tampilan.KotakNotifikasi;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BacaLangsung;
import id.pkd.portal.umum.BolehBaca;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own notifications in the current tenant (written by {@link PencatatNotifikasi}). */
@Service
@BolehBaca
@Transactional(readOnly = true)
class NotifikasiService implements KotakNotifikasi {

    private final JdbcClient jdbc;
    private final Clock clock;

    NotifikasiService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @BacaLangsung
    public long jumlahBelumDibaca() {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM notifikasi n JOIN pengguna u ON u.tenant_id = n.tenant_id"
                                + " AND u.id = n.pengguna_id WHERE n.tenant_id = ? AND u.username = ? AND n.dibaca_pada IS NULL")
                .params(tenant(), JejakAuditService.pelaku())
                .query(Long.class)
                .single();
    }

    @Override
    public List<Butir> terbaru(int batas) {
        return jdbc.sql("SELECT n.id, n.pesan, n.tautan, n.dibuat_pada, n.dibaca_pada FROM notifikasi n"
                        + " JOIN pengguna u ON u.tenant_id = n.tenant_id AND u.id = n.pengguna_id"
                        + " WHERE n.tenant_id = ? AND u.username = ? ORDER BY n.id DESC LIMIT ?")
                .params(tenant(), JejakAuditService.pelaku(), batas)
                .query((rs, n) -> new Butir(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) != null))
                .list();
    }

    /** Only the user's own notification; another's id changes nothing. */
    @Override
    @Transactional
    public void tandaiDibaca(long id) {
        jdbc.sql("UPDATE notifikasi n JOIN pengguna u ON u.tenant_id = n.tenant_id AND u.id = n.pengguna_id"
                        + " SET n.dibaca_pada = ? WHERE n.tenant_id = ? AND u.username = ? AND n.id = ?"
                        + " AND n.dibaca_pada IS NULL")
                .params(clock.instant(), tenant(), JejakAuditService.pelaku(), id)
                .update();
    }

    @Override
    @Transactional
    public void tandaiSemuaDibaca() {
        jdbc.sql("UPDATE notifikasi n JOIN pengguna u ON u.tenant_id = n.tenant_id AND u.id = n.pengguna_id"
                        + " SET n.dibaca_pada = ? WHERE n.tenant_id = ? AND u.username = ? AND n.dibaca_pada IS NULL")
                .params(clock.instant(), tenant(), JejakAuditService.pelaku())
                .update();
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
