package id.pkd.portal.perencanaan;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A division of an agency. */
@Table("bidang")
public record Bidang(@Id Long id, long tenantId, long perangkatDaerahId, String kode, String nama) {

    Bidang withId(Long id) {
        return new Bidang(id, tenantId, perangkatDaerahId, kode, nama);
    }
}
