package id.pkd.portal.umum;

import id.pkd.portal.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * "Now" and the zone for the region at hand. The application's {@link Clock} is UTC and carries no meaning of
 * place; every time a region's users read is turned into their zone here, so there is one place where a zone is
 * decided. It reads the region's row itself (rather than through the region service) so that every feature, the
 * audit trail included, can use it.
 */
@Service
public class WaktuDaerah {

    private final JdbcClient db;
    private final Clock jam;
    private final Optional<ZonaWaktu> pengaturanPortal;

    WaktuDaerah(JdbcClient db, Clock jam, PengaturanPkd pengaturan) {
        this.db = db;
        this.jam = jam;
        this.pengaturanPortal = Optional.ofNullable(pengaturan.zonaWaktu());
    }

    /** The zone of the signed-in region. */
    public ZonaWaktuDaerah zona() {
        return zona(TenantContext.wajib().value());
    }

    /** The zone of one region, for pages that read across regions (public verification, operator screens). */
    public ZonaWaktuDaerah zona(long tenantId) {
        return db.sql("SELECT kode_wilayah, zona_waktu FROM tenant WHERE id = ?")
                .param(tenantId)
                .query((rs, n) -> zona(
                        rs.getString("kode_wilayah"),
                        Optional.ofNullable(rs.getString("zona_waktu"))
                                .map(ZonaWaktu::valueOf)
                                .orElse(null)))
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Pemerintah daerah"));
    }

    /**
     * The one place a region's zone is decided: its own setting ({@code pilihanDaerah}, may be {@code null}), then
     * the portal's, then its province code.
     */
    public ZonaWaktuDaerah zona(String kodeWilayah, ZonaWaktu pilihanDaerah) {
        return ZonaWaktuDaerah.tentukan(kodeWilayah, pengaturanPortal().orElse(null), pilihanDaerah);
    }

    /**
     * The zone for what belongs to no region (portal-wide trust anchors): the portal's setting, else WIB, the zone of
     * the capital.
     */
    public ZonaWaktuDaerah zonaPortal() {
        return pengaturanPortal()
                .map(z -> new ZonaWaktuDaerah(z, ZonaWaktuDaerah.Asal.PORTAL))
                .orElse(new ZonaWaktuDaerah(ZonaWaktu.WIB, ZonaWaktuDaerah.Asal.KODE_WILAYAH));
    }

    /**
     * The portal-wide zone setting ({@code pkd.zona-waktu}): when set, it applies to every region before the
     * province code; a region's own setting still wins.
     */
    Optional<ZonaWaktu> pengaturanPortal() {
        return pengaturanPortal;
    }

    public Instant kini() {
        return jam.instant();
    }

    /** Today in the signed-in region: the default date of a document issued there. */
    public LocalDate hariIni() {
        return zona().hariIni(jam);
    }

    /** "31 Januari 2023 10:15 WITA" in the signed-in region's zone. */
    public String waktu(Instant waktu) {
        return zona().waktu(waktu);
    }
}
