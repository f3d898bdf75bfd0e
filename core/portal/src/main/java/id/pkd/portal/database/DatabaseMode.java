package id.pkd.portal.database;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Tells other features whether the portal runs on its embedded demo database. */
@Component
public class DatabaseMode {

    private final boolean embedded;

    DatabaseMode(ObjectProvider<EmbeddedMariaDb> embeddedDb) {
        this.embedded = embeddedDb.getIfAvailable() != null;
    }

    public boolean isEmbedded() {
        return embedded;
    }
}
