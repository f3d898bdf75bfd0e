package id.pkd.portal.perencanaan;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An evidence file attached to a realisasi; the content lives in the tenant's file store. */
@Table("bukti_realisasi")
public record BuktiRealisasi(
        @Id Long id,
        long tenantId,
        long realisasiId,
        String namaBerkas,
        JenisBerkas jenis,
        long ukuran,
        String sha256,
        String diunggahOleh,
        Instant diunggahPada) {

    BuktiRealisasi withId(Long id) {
        return new BuktiRealisasi(
                id, tenantId, realisasiId, namaBerkas, jenis, ukuran, sha256, diunggahOleh, diunggahPada);
    }
}
