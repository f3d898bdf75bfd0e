package id.pkd.portal.keamanan;

import id.pkd.portal.pengguna.PembatasMasuk;
import id.pkd.portal.pengguna.PengenalAkun;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with throttling ({@link PembatasMasuk}): a locked account or address is refused before the
 * password is even checked, so the right password does not get through a lock; a wrong password is counted.
 *
 * <p>The account's status is checked only after the password matched: "akun dinonaktifkan" then tells the truth
 * to its owner without telling a guesser which names exist or are switched off.
 *
 * <p>An account with a second factor, or one that must enrol one, gets only a partial sign-in ({@link
 * AutentikasiSebagian}) here; the second-factor pages complete it.
 */
@Component
class PenyediaMasuk implements AuthenticationProvider {

    static final String GANGGUAN = "Layanan sedang gangguan, coba lagi.";

    private final DaoAuthenticationProvider sandi;
    private final PembatasMasuk pembatas;
    private final PengenalAkun pengenal;
    private final FaktorKedua faktorKedua;

    PenyediaMasuk(
            UserDetailsService akun,
            PasswordEncoder encoder,
            PembatasMasuk pembatas,
            PengenalAkun pengenal,
            FaktorKedua faktorKedua) {
        this.pembatas = pembatas;
        this.pengenal = pengenal;
        this.faktorKedua = faktorKedua;
        this.sandi = new DaoAuthenticationProvider(akun);
        sandi.setPasswordEncoder(encoder);
        sandi.setPreAuthenticationChecks(user -> {});
        sandi.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Akun dinonaktifkan; hubungi Admin Daerah Anda.");
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication permintaan) throws AuthenticationException {
        String alamat = permintaan.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        try {
            // Usernames are unique per tenant only: the typed name becomes the account's key (nama@kode), which
            // both the lockout and the account lookup use.
            String nama =
                    pengenal.kenali(permintaan.getName(), permintaan.getCredentials() instanceof String s ? s : null);
            var ditolak = pembatas.alasanDitolak(nama, alamat);
            if (ditolak.isPresent()) {
                throw new LockedException(ditolak.get());
            }
            try {
                var dikenali = UsernamePasswordAuthenticationToken.unauthenticated(nama, permintaan.getCredentials());
                dikenali.setDetails(permintaan.getDetails());
                Authentication hasil = sandi.authenticate(dikenali);
                AkunPengguna akun = (AkunPengguna) hasil.getPrincipal();
                FaktorKedua.Tahap tahap = faktorKedua.tahapSetelahSandi(akun);
                if (tahap == FaktorKedua.Tahap.KODE) {
                    // The account's failures are kept: wrong codes add to them and only a right code clears them,
                    // so the password alone never buys fresh guesses at the code.
                    return new AutentikasiSebagian(akun, false, hasil.getDetails());
                }
                pembatas.catatBerhasil(nama);
                if (tahap == FaktorKedua.Tahap.DAFTAR) {
                    return new AutentikasiSebagian(akun, true, hasil.getDetails());
                }
                // The account's roles only: Spring Security 7 adds its own FACTOR_PASSWORD mark, while the
                // portal's second factor is its own step (AutentikasiSebagian), so the mark would mean nothing here.
                var penuh = UsernamePasswordAuthenticationToken.authenticated(akun, null, akun.getAuthorities());
                penuh.setDetails(hasil.getDetails());
                return penuh;
            } catch (BadCredentialsException e) {
                pembatas.catatGagal(nama, alamat);
                throw e;
            }
        } catch (DataAccessException e) {
            // The database is down: say so, instead of "wrong password" or a server error page.
            throw new InternalAuthenticationServiceException(GANGGUAN, e);
        }
    }

    @Override
    public boolean supports(Class<?> jenis) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(jenis);
    }
}
