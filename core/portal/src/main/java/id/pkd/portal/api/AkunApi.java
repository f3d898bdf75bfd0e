package id.pkd.portal.api;

import id.pkd.portal.tenant.MilikTenant;
import id.pkd.portal.tenant.TenantId;
import java.io.Serializable;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The principal of an API request: the token that authenticated it and the tenant the token
 * belongs to, so {@link id.pkd.portal.tenant.TenantContext#wajib()} scopes the request to that
 * tenant exactly as for a signed-in user.
 */
public record AkunApi(long tokenId, String nama, long tenant, HakToken hak, PeranToken peran)
        implements MilikTenant, AuthenticatedPrincipal, Serializable {

    /** A token without a workflow role. */
    public AkunApi(long tokenId, String nama, long tenant, HakToken hak) {
        this(tokenId, nama, tenant, hak, null);
    }

    /** Every valid token: may call the read endpoints ({@code GET}, {@code HEAD}). */
    public static final String ROLE_BACA = "ROLE_API_BACA";
    /** Tokens created with {@link HakToken#BACA_TULIS}: may also call the writing endpoints. */
    public static final String ROLE_TULIS = "ROLE_API_TULIS";

    @Override
    public Optional<TenantId> tenantId() {
        return Optional.of(new TenantId(tenant));
    }

    /** The name audit columns record for changes made through the API, e.g. {@code token-api#12}. */
    @Override
    public String getName() {
        return "token-api#" + tokenId;
    }

    /** The rights of its {@link HakToken}, plus the workflow role's authority when the admin chose one. */
    public Collection<GrantedAuthority> authorities() {
        return Stream.concat(
                        hak.authorities().stream(), Stream.ofNullable(peran).map(PeranToken::authority))
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }
}
