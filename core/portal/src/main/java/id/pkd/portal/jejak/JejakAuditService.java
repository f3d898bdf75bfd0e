package id.pkd.portal.jejak;

import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail. Changes are recorded inside the caller's transaction, so a change and its
 * record are kept or rolled back together.
 */
@Service
public class JejakAuditService {

    private final JejakAuditRepository jejak;
    private final Clock clock;

    JejakAuditService(JejakAuditRepository jejak, Clock clock) {
        this.jejak = jejak;
        this.clock = clock;
    }

    /** Records a change of one field; an unchanged value records nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void catat(String jenisData, long dataId, String isian, Object lama, Object baru) {
        String teksLama = lama == null ? null : lama.toString();
        String teksBaru = baru == null ? null : baru.toString();
        if (Objects.equals(teksLama, teksBaru)) {
            return;
        }
        jejak.save(new JejakAudit(
                null,
                TenantContext.wajib().value(),
                jenisData,
                dataId,
                isian,
                teksLama,
                teksBaru,
                pelaku(),
                clock.instant()));
    }

    @BolehBaca
    @Transactional(readOnly = true)
    public List<JejakAudit> riwayat(String jenisData, long dataId) {
        return jejak.riwayat(TenantContext.wajib().value(), jenisData, dataId);
    }

    /** The name of whoever acts now: a user, an API token ("api:<nama>") or the system. */
    public static String pelaku() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "sistem" : auth.getName();
    }
}
