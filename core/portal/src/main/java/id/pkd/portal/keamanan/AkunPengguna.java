package id.pkd.portal.keamanan;

import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.MilikTenant;
import id.pkd.portal.tenant.TenantId;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: who, in which role, for which tenant. */
public record AkunPengguna(
        String username, String passwordHash, String namaLengkap, Peran peran, Long tenant, boolean aktif)
        implements UserDetails, MilikTenant, Serializable {

    @Override
    public Optional<TenantId> tenantId() {
        return Optional.ofNullable(tenant).map(TenantId::new);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(peran.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return aktif;
    }
}
