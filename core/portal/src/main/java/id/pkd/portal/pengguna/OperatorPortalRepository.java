package id.pkd.portal.pengguna;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface OperatorPortalRepository extends Repository<OperatorPortal, Long> {

    OperatorPortal save(OperatorPortal operator);

    @Query("SELECT * FROM operator_portal WHERE username = :username")
    Optional<OperatorPortal> cariUntukMasuk(String username);

    @Query("SELECT COUNT(*) FROM operator_portal")
    long jumlah();
}
