package id.pkd.portal.perencanaan;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A sasaran of a Perjanjian Kinerja, cascading to a Renstra sasaran or the superior's PK sasaran. */
@Table("pk_sasaran")
public record PkSasaran(
        @Id Long id,
        long tenantId,
        long perjanjianKinerjaId,
        int urutan,
        String kode,
        String uraian,
        Long sasaranRenstraId,
        Long sasaranAtasanId) {

    PkSasaran withId(Long id) {
        return new PkSasaran(
                id, tenantId, perjanjianKinerjaId, urutan, kode, uraian, sasaranRenstraId, sasaranAtasanId);
    }
}
