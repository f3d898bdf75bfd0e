package id.pkd.portal.penyimpanan;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness "penyimpanan": the file store answers. With the S3 store a node that cannot reach its bucket (wrong
 * credentials, the bucket removed, the object store down) would accept an evidence upload and fail it; it takes no
 * traffic instead. With the database store it is UP (the database's readiness says the rest).
 */
@Component("penyimpananHealthIndicator")
class KesehatanPenyimpanan implements HealthIndicator {

    private final PenyimpananBerkas toko;

    KesehatanPenyimpanan(PenyimpananBerkas toko) {
        this.toko = toko;
    }

    @Override
    public Health health() {
        try {
            toko.periksaTerjangkau();
            return Health.up().withDetail("toko", toko.nama()).build();
        } catch (RuntimeException e) {
            return Health.down()
                    .withDetail("toko", toko.nama())
                    .withDetail("galat", e.getClass().getSimpleName())
                    .build();
        }
    }
}
