package id.pkd.portal.keamanan;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A sign-in whose password was right but whose second factor is still missing. It carries the single authority
 * {@value #OTORITAS} and none of the account's roles, so no secured service, view or download accepts it; the
 * second-factor pages are the only ones it reaches ({@link PenjagaFaktorKedua}).
 */
public final class AutentikasiSebagian extends AbstractAuthenticationToken {

    public static final String OTORITAS = "FAKTOR_KEDUA";

    private final AkunPengguna akun;
    private final boolean perluDaftar;

    AutentikasiSebagian(AkunPengguna akun, boolean perluDaftar, Object details) {
        super(List.of(new SimpleGrantedAuthority(OTORITAS)));
        this.akun = akun;
        this.perluDaftar = perluDaftar;
        setDetails(details);
        setAuthenticated(true);
    }

    /** The partial sign-in of the current request, if it is one. */
    public static Optional<AutentikasiSebagian> saatIni() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof AutentikasiSebagian sebagian ? Optional.of(sebagian) : Optional.empty();
    }

    /** True when the account must enrol a second factor before anything else; false when it has one. */
    public boolean perluDaftar() {
        return perluDaftar;
    }

    /** Where this sign-in continues. */
    public String halaman() {
        return perluDaftar ? FaktorKedua.HALAMAN_DAFTAR : FaktorKedua.HALAMAN_KODE;
    }

    @Override
    public AkunPengguna getPrincipal() {
        return akun;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public boolean equals(Object lain) {
        return lain instanceof AutentikasiSebagian a && super.equals(a) && perluDaftar == a.perluDaftar;
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + Boolean.hashCode(perluDaftar);
    }
}
