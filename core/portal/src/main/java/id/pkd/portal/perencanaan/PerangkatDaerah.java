package id.pkd.portal.perencanaan;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An agency (perangkat daerah / OPD) of the tenant. */
@Table("perangkat_daerah")
public record PerangkatDaerah(@Id Long id, long tenantId, String kode, String nama, String singkatan) {

    PerangkatDaerah withId(Long id) {
        return new PerangkatDaerah(id, tenantId, kode, nama, singkatan);
    }

    /** The short name where one exists, as tables and menus use it. */
    public String namaPendek() {
        return singkatan == null || singkatan.isBlank() ? nama : singkatan;
    }
}
