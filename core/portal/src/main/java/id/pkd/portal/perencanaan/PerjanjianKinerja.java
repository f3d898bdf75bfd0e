package id.pkd.portal.perencanaan;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The yearly performance agreement of an official (pihak pertama) with the superior (pihak
 * kedua): an official of the agency, or someone outside it such as the Bupati, named directly.
 */
@Table("perjanjian_kinerja")
public record PerjanjianKinerja(
        @Id Long id,
        long tenantId,
        long perangkatDaerahId,
        int tahun,
        long pejabatId,
        Long pihakKeduaPejabatId,
        String pihakKeduaNama,
        String pihakKeduaJabatan) {

    PerjanjianKinerja withId(Long id) {
        return new PerjanjianKinerja(
                id,
                tenantId,
                perangkatDaerahId,
                tahun,
                pejabatId,
                pihakKeduaPejabatId,
                pihakKeduaNama,
                pihakKeduaJabatan);
    }
}
