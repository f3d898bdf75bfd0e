package id.pkd.portal.pengguna;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An operator of the hosted portal: creates tenants, belongs to none. */
@Table("operator_portal")
record OperatorPortal(
        @Id Long id, String username, String passwordHash, String namaLengkap, boolean aktif, boolean wajibGantiSandi) {

    OperatorPortal withId(Long id) {
        return new OperatorPortal(id, username, passwordHash, namaLengkap, aktif, wajibGantiSandi);
    }

    OperatorPortal denganSandi(String hashBaru, boolean wajibGanti) {
        return new OperatorPortal(id, username, hashBaru, namaLengkap, aktif, wajibGanti);
    }
}
