package id.pkd.portal.database;

import id.pkd.portal.umum.PengaturanPkd;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the core schema migrates at start: under the cluster-wide lock (pkd.migrasi.saat-mulai=true), or not at all,
 * and then the node refuses to start on a schema older than its code (the release's migration is run once, by
 * {@code java -jar portal.jar migrate}, before the nodes roll).
 */
@Configuration(proxyBeanMethods = false)
class MigrasiSaatMulai {

    @Bean
    FlywayMigrationStrategy strategiMigrasi(PengaturanPkd pengaturan) {
        PengaturanPkd.Migrasi migrasi = pengaturan.migrasi();
        return flyway -> {
            if (migrasi.saatMulai()) {
                KunciMigrasi.dalamKunci(
                        flyway.getConfiguration().getDataSource(), migrasi.batasTungguKunci(), flyway::migrate);
            } else {
                tolakBilaTertinggal(flyway);
            }
        };
    }

    /** Newest successful version against the newest the code has ({@link VersiMigrasi}, as the readiness check). */
    static void tolakBilaTertinggal(Flyway flyway) {
        MigrationInfoService info = flyway.info();
        MigrationVersion diKode = VersiMigrasi.terbaruDiKode(info);
        MigrationVersion diBasisData = Arrays.stream(info.applied())
                .filter(i -> i.getVersion() != null
                        && i.getState().isApplied()
                        && !i.getState().isFailed())
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .orElse(null);
        boolean adaGagal =
                Arrays.stream(info.applied()).anyMatch(i -> i.getState().isFailed());
        if (adaGagal || diBasisData == null || diBasisData.compareTo(diKode) < 0) {
            throw new MulaiDitolakException(
                    "Portal tidak dijalankan: skema basis data versi "
                            + (diBasisData == null ? "(kosong)" : diBasisData.getVersion())
                            + (adaGagal ? " dengan migrasi yang gagal" : "")
                            + " lebih lama dari kode ini, yang membutuhkan versi " + diKode.getVersion()
                            + ", dan pkd.migrasi.saat-mulai=false.",
                    "Jalankan migrasi sekali untuk rilis ini (java -jar portal.jar migrate) lalu jalankan ulang"
                            + " node, atau tetapkan PKD_MIGRASI_SAAT_MULAI=true.");
        }
    }
}
