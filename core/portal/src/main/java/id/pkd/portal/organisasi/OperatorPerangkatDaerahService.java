package id.pkd.portal.organisasi;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which agency an operator works for. An operator with none works for the whole region. The workflow's
 * notifications about an agency-year reach that agency's operators and the region-wide ones only; what an operator
 * may edit is not narrowed by it (yet).
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class OperatorPerangkatDaerahService {

    static final String JENIS_JEJAK = "pengguna";

    private final JdbcClient jdbc;
    private final JejakAuditService jejak;

    OperatorPerangkatDaerahService(JdbcClient jdbc, JejakAuditService jejak) {
        this.jdbc = jdbc;
        this.jejak = jejak;
    }

    /** The agency of an account of the current tenant; empty for a region-wide one. */
    public Optional<Long> perangkatDaerah(long penggunaId) {
        return Optional.ofNullable(baris(penggunaId).pd());
    }

    /** Ties an operator to an agency, or ({@code perangkatDaerahId} null) makes it region-wide again. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void atur(long penggunaId, Long perangkatDaerahId) {
        long t = tenant();
        Baris lama = baris(penggunaId);
        if (perangkatDaerahId != null) {
            if (!"OPERATOR".equals(lama.peran())) {
                throw IsianTidakSahException.pada(
                        "perangkatDaerah", "Hanya akun Operator yang ditugaskan pada satu perangkat daerah.");
            }
            boolean ada = jdbc.sql("SELECT COUNT(*) FROM perangkat_daerah WHERE tenant_id = ? AND id = ?")
                            .params(t, perangkatDaerahId)
                            .query(Integer.class)
                            .single()
                    > 0;
            if (!ada) {
                throw new DataTidakDitemukanException("Perangkat daerah");
            }
        }
        if (Objects.equals(lama.pd(), perangkatDaerahId)) {
            return;
        }
        jdbc.sql("UPDATE pengguna SET perangkat_daerah_id = ? WHERE tenant_id = ? AND id = ?")
                .params(perangkatDaerahId, t, penggunaId)
                .update();
        jejak.catat(JENIS_JEJAK, penggunaId, "perangkatDaerah", lama.pd(), perangkatDaerahId);
    }

    private record Baris(String peran, Long pd) {}

    private Baris baris(long penggunaId) {
        return jdbc.sql("SELECT peran, perangkat_daerah_id FROM pengguna WHERE tenant_id = ? AND id = ?")
                .params(tenant(), penggunaId)
                .query((rs, n) -> new Baris(rs.getString(1), rs.getObject(2, Long.class)))
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Pengguna"));
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
