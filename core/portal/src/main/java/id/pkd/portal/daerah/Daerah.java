package id.pkd.portal.daerah;

import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.ZonaWaktu;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A tenant: one Pemerintah Daerah using the portal. */
@Table("tenant")
public record Daerah(
        @Id Long id, String kodeWilayah, String nama, JenisDaerah jenis, String ibuKota, Instant dibuatPada) {

    Daerah withId(Long id) {
        return new Daerah(id, kodeWilayah, nama, jenis, ibuKota, dibuatPada);
    }

    public TenantId tenantId() {
        return new TenantId(id);
    }

    /** The formal name documents print, e.g. "Pemerintah Kabupaten Balangan". */
    public String namaPemerintah() {
        return "Pemerintah " + nama;
    }

    /** The time zone the region keeps (WIB, WITA or WIT), from the province part of its code. */
    public ZoneId zonaWaktu() {
        return ZonaWaktu.dariKodeWilayah(kodeWilayah).zona();
    }

    /** The place a signature block names: the capital, or the region itself when unknown. */
    public String tempatPenandatanganan() {
        return ibuKota == null || ibuKota.isBlank() ? nama : ibuKota;
    }
}
