package id.pkd.portal.keamanan;

import id.pkd.portal.pengguna.AksesPenggunaBerubah;
import java.util.Objects;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends a user's open sessions when the user's access changes. The sessions are marked expired in the
 * {@link SessionRegistry}; Spring Security's concurrent-session filter then invalidates each one on its next
 * request (Vaadin's UI requests included, as they pass the same filters), which also ends its Vaadin session.
 * After commit only: a change that is rolled back ends nobody's session.
 */
@Component
class PengakhirSesi {

    private final SessionRegistry sesi;

    PengakhirSesi(SessionRegistry sesi) {
        this.sesi = sesi;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void aksesBerubah(AksesPenggunaBerubah berubah) {
        // The principal is a record whose equality includes role and status, so match by username within the
        // tenant (usernames are unique per tenant only).
        for (Object principal : sesi.getAllPrincipals()) {
            if (principal instanceof AkunPengguna akun
                    && akun.getUsername().equals(berubah.username())
                    && Objects.equals(akun.tenant(), berubah.tenant())) {
                sesi.getAllSessions(principal, false).stream()
                        .filter(s -> !s.getSessionId().equals(berubah.kecualiSesi()))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }
}
