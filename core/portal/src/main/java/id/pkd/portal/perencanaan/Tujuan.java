package id.pkd.portal.perencanaan;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A Renstra goal of an agency for an RPJMD period. */
@Table("tujuan")
public record Tujuan(@Id Long id, long tenantId, long perangkatDaerahId, long periodeId, String kode, String uraian) {

    Tujuan withId(Long id) {
        return new Tujuan(id, tenantId, perangkatDaerahId, periodeId, kode, uraian);
    }
}
