package id.pkd.portal.duafaktor;

import id.pkd.portal.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo accounts that must have a second factor get one fixed, documented secret, so the README's demo stays
 * usable: base32 {@value #RAHASIA_DEMO_BASE32}, the ASCII of "Portal-Kinerja-Demo!". Only the demo seeder calls
 * this (demo data only, like the demo password); an account that already has a factor keeps it.
 */
@Component
public class DuaFaktorDemo {

    public static final String RAHASIA_DEMO_BASE32 = "KBXXE5DBNQWUW2LOMVZGUYJNIRSW23ZB";

    /** Per region code (null: the portal operator), the demo accounts whose role requires a second factor. */
    private static final Map<String, List<String>> AKUN = Map.of(
            "", List.of("operator.portal"),
            "63.11", List.of("admin.balangan", "pimpinan.balangan"),
            "62.01", List.of("admin.kobar", "pimpinan.kobar"));

    private final DuaFaktorService duaFaktor;
    private final JdbcClient jdbc;

    DuaFaktorDemo(DuaFaktorService duaFaktor, JdbcClient jdbc) {
        this.duaFaktor = duaFaktor;
        this.jdbc = jdbc;
    }

    /** The demo secret's bytes, for computing the codes an app would show (the browser tests do). */
    public static byte[] rahasiaDemo() {
        return "Portal-Kinerja-Demo!".getBytes(StandardCharsets.US_ASCII);
    }

    public void pasang() {
        AKUN.forEach((kode, nama) -> {
            TenantId tenant = kode.isEmpty()
                    ? null
                    : jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = ?")
                            .param(kode)
                            .query(Long.class)
                            .optional()
                            .map(TenantId::new)
                            .orElse(null);
            if (kode.isEmpty() || tenant != null) {
                nama.forEach(n -> duaFaktor.pasangRahasiaDemo(n, tenant, rahasiaDemo()));
            }
        });
    }
}
