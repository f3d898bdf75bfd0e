package id.pkd.portal.api;

import id.pkd.portal.tenant.TenantId;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An API token of one tenant. Only the SHA-256 of the token is kept ({@code hash}); {@code
 * prefiks} is its first characters, so an admin can tell tokens apart without seeing them. {@code peran} is the
 * workflow role it acts in, or {@code null}.
 */
@Table("api_token")
public record ApiToken(
        @Id Long id,
        long tenantId,
        String nama,
        String prefiks,
        String hash,
        HakToken hak,
        PeranToken peran,
        String dibuatOleh,
        Instant dibuatPada,
        Instant dicabutPada,
        String dicabutOleh,
        Instant terakhirDipakai) {

    ApiToken withId(Long id) {
        return new ApiToken(
                id,
                tenantId,
                nama,
                prefiks,
                hash,
                hak,
                peran,
                dibuatOleh,
                dibuatPada,
                dicabutPada,
                dicabutOleh,
                terakhirDipakai);
    }

    public TenantId tenant() {
        return new TenantId(tenantId);
    }

    /** A token stays usable until it is revoked. */
    public boolean aktif() {
        return dicabutPada == null;
    }
}
