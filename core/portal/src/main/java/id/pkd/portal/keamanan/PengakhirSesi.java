package id.pkd.portal.keamanan;

import id.pkd.portal.pengguna.AksesPenggunaBerubah;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
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
        // The principal is a record whose equality includes role and status, so match by username.
        for (Object principal : sesi.getAllPrincipals()) {
            if (principal instanceof UserDetails akun && akun.getUsername().equals(berubah.username())) {
                sesi.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
