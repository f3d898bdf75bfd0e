package id.pkd.portal.perencanaan;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A Renstra strategic objective; urusan is its Permendagri 90 affairs code, e.g. "1.06". */
@Table("sasaran")
public record Sasaran(@Id Long id, long tenantId, long tujuanId, String kode, String uraian, String urusan) {

    Sasaran withId(Long id) {
        return new Sasaran(id, tenantId, tujuanId, kode, uraian, urusan);
    }
}
