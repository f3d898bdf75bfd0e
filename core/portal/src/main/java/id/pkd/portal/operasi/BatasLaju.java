package id.pkd.portal.operasi;

import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.PengaturanPkd;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Rate limits of the public verification, the sign-in and the second factor: a token bucket per client address and
 * one per tenant for each kind. The client address is {@code getRemoteAddr()}, which Tomcat's RemoteIpValve
 * (server.forward-headers-strategy=native) takes from X-Forwarded-For only when the connection comes from a trusted
 * proxy (server.tomcat.remoteip.internal-proxies), so a client cannot pick a fresh address per request.
 * The buckets live in memory, least recently used dropped past {@code kunci-maksimal}.
 */
@Component
public class BatasLaju {

    /** What is limited. */
    public enum Jenis {
        VERIFIKASI,
        MASUK,
        KODE_DUA_FAKTOR
    }

    /** Allowed, or refused with the seconds to wait (for Retry-After). */
    public record Hasil(boolean diizinkan, long tungguDetik) {
        public String pesan() {
            return pesanTunggu(tungguDetik);
        }
    }

    private static final Hasil DIIZINKAN = new Hasil(true, 0);

    private final PengaturanPkd.Laju pengaturan;
    private final Map<String, Bucket> ember;

    BatasLaju(PengaturanPkd semua) {
        this.pengaturan = semua.batasLaju();
        int maksimal = pengaturan.kunciMaksimal();
        this.ember = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> tertua) {
                return size() > maksimal;
            }
        });
    }

    /** Takes one attempt from the address's bucket and then from the tenant's, if there is a tenant. */
    public Hasil ambil(Jenis jenis, String alamat, Optional<TenantId> tenant) {
        if (!pengaturan.aktif()) {
            return DIIZINKAN;
        }
        PengaturanPkd.Laju.Batas batas = batas(jenis);
        Hasil hasil = ambil(jenis + "|ip|" + alamat, batas.perIp(), batas.periode());
        if (hasil.diizinkan() && tenant.isPresent()) {
            hasil = ambil(jenis + "|tenant|" + tenant.get().value(), batas.perTenant(), batas.periode());
        }
        return hasil;
    }

    /** The message shown or sent with HTTP 429. */
    public static String pesanTunggu(long detik) {
        return "Terlalu banyak percobaan dalam waktu singkat. Silakan coba lagi dalam " + detik + " detik.";
    }

    private Hasil ambil(String kunci, int kapasitas, Duration periode) {
        Bucket b = ember.computeIfAbsent(kunci, k -> Bucket.builder()
                .addLimit(l -> l.capacity(kapasitas).refillGreedy(kapasitas, periode))
                .build());
        ConsumptionProbe p = b.tryConsumeAndReturnRemaining(1);
        if (p.isConsumed()) {
            return DIIZINKAN;
        }
        return new Hasil(
                false, Math.max(1, Duration.ofNanos(p.getNanosToWaitForRefill()).toSeconds() + 1));
    }

    private PengaturanPkd.Laju.Batas batas(Jenis jenis) {
        return switch (jenis) {
            case VERIFIKASI -> pengaturan.verifikasi();
            case MASUK -> pengaturan.masuk();
            case KODE_DUA_FAKTOR -> pengaturan.kodeDuaFaktor();
        };
    }
}
