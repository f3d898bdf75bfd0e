package id.pkd.portal.perencanaan;

import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An indicator with its agreed target in a PK sasaran. */
@Table("pk_indikator")
public record PkIndikator(
        @Id Long id, long tenantId, long pkSasaranId, int urutan, long indikatorId, BigDecimal target) {

    PkIndikator withId(Long id) {
        return new PkIndikator(id, tenantId, pkSasaranId, urutan, indikatorId, target);
    }
}
