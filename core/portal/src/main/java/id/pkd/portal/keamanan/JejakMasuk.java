package id.pkd.portal.keamanan;

import id.pkd.portal.pengguna.PenggunaService;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins on the audit trail. A success, and a failure for a known user, go to that user's tenant
 * trail; a failure for a name nobody has goes to the log only (there is no tenant to record it in),
 * with the name cleaned and cut, never the password. API tokens authenticate without these events.
 */
@Component
class JejakMasuk {

    private static final Logger LOG = LoggerFactory.getLogger(JejakMasuk.class);
    private static final int PANJANG_NAMA_DI_LOG = 60;

    private final PenggunaService pengguna;

    JejakMasuk(PenggunaService pengguna) {
        this.pengguna = pengguna;
    }

    @EventListener
    void berhasil(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof AutentikasiSebagian sebagian) {
            // Not signed in yet: the second-factor step records the outcome.
            String hasil = sebagian.perluDaftar()
                    ? "kata sandi benar; menunggu pendaftaran dua faktor"
                    : "kata sandi benar; menunggu kode";
            AkunPengguna akun = sebagian.getPrincipal();
            if (!pengguna.catatMasuk(akun.username(), hasil)) {
                LOG.info("Masuk: {} ({}): {}", akun.username(), akun.peran().label(), hasil);
            }
            return;
        }
        if (event.getAuthentication().getPrincipal() instanceof AkunPengguna akun
                && !"sistem".equals(akun.username())
                && !pengguna.catatMasuk(akun.username(), akun.tenantId(), "berhasil")) {
            LOG.info("Masuk berhasil: {} ({})", akun.username(), akun.peran().label());
        }
    }

    @EventListener
    void gagal(AbstractAuthenticationFailureEvent event) {
        String nama = bersih(event.getAuthentication().getName());
        String hasil = "gagal: " + sebab(event.getException());
        try {
            if (nama.isEmpty() || !pengguna.catatMasuk(nama, hasil)) {
                LOG.warn("Masuk gagal untuk nama pengguna yang tidak dikenal: \"{}\" ({})", nama, hasil);
            }
        } catch (DataAccessException e) {
            // Database down: the sign-in page says so; the attempt still reaches the log.
            LOG.warn("Masuk gagal: \"{}\" ({}); jejak audit tidak dapat ditulis: {}", nama, hasil, e.getMessage());
        }
    }

    private static String sebab(Exception e) {
        if (e instanceof DisabledException) {
            return "akun nonaktif";
        }
        if (e instanceof LockedException) {
            return "akun terkunci";
        }
        if (e instanceof BadCredentialsException) {
            return "nama pengguna atau kata sandi salah";
        }
        return e.getClass().getSimpleName();
    }

    /** As the login looks the name up (trimmed, lower case), without control characters for the log. */
    private static String bersih(String nama) {
        if (nama == null) {
            return "";
        }
        String bersih = nama.strip().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
        return bersih.length() > PANJANG_NAMA_DI_LOG ? bersih.substring(0, PANJANG_NAMA_DI_LOG) : bersih;
    }
}
