package id.pkd.portal.keamanan;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Turns a partial sign-in into the full one once the second factor is proven: the account's roles replace the
 * single second-factor authority, and the session gets a new id (session fixation: an id seen before the second
 * factor is worth nothing after it). The session registry follows the new id through Spring's session-id event.
 */
@Component
public class PenggantiAutentikasi {

    /** Completes the current request's partial sign-in; does nothing when there is none. */
    public void lengkapi(HttpServletRequest permintaan) {
        AutentikasiSebagian.saatIni().ifPresent(sebagian -> {
            AkunPengguna akun = sebagian.getPrincipal();
            UsernamePasswordAuthenticationToken penuh =
                    UsernamePasswordAuthenticationToken.authenticated(akun, null, akun.getAuthorities());
            penuh.setDetails(sebagian.getDetails());
            SecurityContext konteks = SecurityContextHolder.createEmptyContext();
            konteks.setAuthentication(penuh);
            SecurityContextHolder.setContext(konteks);
            permintaan.changeSessionId();
            permintaan
                    .getSession()
                    .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, konteks);
        });
    }
}
