package id.pkd.portal.operasi;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits ({@code pkd.batas-laju.*}): how many attempts an address, and all addresses together for one tenant,
 * may make per period. Kept in memory on each node (Bucket4j): behind HAProxy with sticky sessions a client stays on
 * its node, and a limit per node still caps the total at limit × nodes.
 */
@ConfigurationProperties("pkd.batas-laju")
public record PengaturanBatasLaju(
        @DefaultValue("true") boolean aktif,
        Batas verifikasi,
        Batas masuk,
        Batas kodeDuaFaktor,
        @DefaultValue("100000") int kunciMaksimal) {

    /** Defaults when application.properties does not name a kind (it names all of them). */
    public PengaturanBatasLaju {
        verifikasi = verifikasi != null ? verifikasi : new Batas(30, 600, Duration.ofMinutes(1));
        masuk = masuk != null ? masuk : new Batas(10, 100, Duration.ofMinutes(1));
        kodeDuaFaktor = kodeDuaFaktor != null ? kodeDuaFaktor : new Batas(10, 100, Duration.ofMinutes(1));
    }

    /** {@code perIp} attempts from one client address and {@code perTenant} for one tenant, per {@code periode}. */
    public record Batas(int perIp, int perTenant, Duration periode) {
        public Batas {
            if (perIp < 1 || perTenant < 1 || periode == null || periode.isNegative() || periode.isZero()) {
                throw new IllegalArgumentException(
                        "pkd.batas-laju: per-ip dan per-tenant harus positif dan periode lebih dari nol");
            }
        }
    }
}
