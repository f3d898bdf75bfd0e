package id.pkd.portal.daerah;

import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.ZonaWaktu;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A tenant: one Pemerintah Daerah using the portal.
 *
 * @param zonaWaktu the zone the portal operator set for this region, or {@code null} to follow its province code;
 *     read the zone in effect through {@code WaktuDaerah}
 */
@Table("tenant")
public record Daerah(
        @Id Long id,
        String kodeWilayah,
        String nama,
        JenisDaerah jenis,
        String ibuKota,
        Instant dibuatPada,
        ZonaWaktu zonaWaktu) {

    Daerah withId(Long id) {
        return new Daerah(id, kodeWilayah, nama, jenis, ibuKota, dibuatPada, zonaWaktu);
    }

    public TenantId tenantId() {
        return new TenantId(id);
    }

    /** The formal name documents print, e.g. "Pemerintah Kabupaten Balangan". */
    public String namaPemerintah() {
        return "Pemerintah " + nama;
    }

    /** The place a signature block names: the capital, or the region itself when unknown. */
    public String tempatPenandatanganan() {
        return ibuKota == null || ibuKota.isBlank() ? nama : ibuKota;
    }
}
