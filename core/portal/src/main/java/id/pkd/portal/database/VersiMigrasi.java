package id.pkd.portal.database;

import java.util.Arrays;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The newest schema version the code carries: what the start-up refusal ({@code pkd.migrasi.saat-mulai=false}) and
 * the readiness check both compare the database against, so they can never disagree on it.
 */
public final class VersiMigrasi {

    private VersiMigrasi() {}

    /** The highest versioned migration Flyway resolved from the code; {@link MigrationVersion#EMPTY} if none. */
    public static MigrationVersion terbaruDiKode(MigrationInfoService info) {
        return Arrays.stream(info.all())
                .filter(i -> i.getVersion() != null && i.getState().isResolved())
                .map(MigrationInfo::getVersion)
                .max(MigrationVersion::compareTo)
                .orElse(MigrationVersion.EMPTY);
    }
}
