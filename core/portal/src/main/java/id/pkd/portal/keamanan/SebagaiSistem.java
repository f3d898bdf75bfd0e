package id.pkd.portal.keamanan;

import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data) through the same secured services the UI uses, as a system
 * principal with one role, so seeding cannot bypass validation or tenant scoping.
 */
public final class SebagaiSistem {

    private SebagaiSistem() {}

    public static <T> T jalankan(Peran peran, TenantId tenant, Supplier<T> kerja) {
        return jalankanSebagai("sistem", peran, tenant, kerja);
    }

    /** As {@link #jalankan}, under an account's name, for work that depends on who is signed in. */
    public static <T> T jalankanSebagai(String username, Peran peran, TenantId tenant, Supplier<T> kerja) {
        AkunPengguna sistem =
                new AkunPengguna(username, "", "Sistem", peran, tenant == null ? null : tenant.value(), true);
        SecurityContext sebelumnya = SecurityContextHolder.getContext();
        SecurityContext konteks = SecurityContextHolder.createEmptyContext();
        konteks.setAuthentication(new UsernamePasswordAuthenticationToken(sistem, null, sistem.getAuthorities()));
        SecurityContextHolder.setContext(konteks);
        try {
            return kerja.get();
        } finally {
            SecurityContextHolder.setContext(sebelumnya);
        }
    }
}
