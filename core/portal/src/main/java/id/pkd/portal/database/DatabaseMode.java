package id.pkd.portal.database;

import id.pkd.portal.umum.PengaturanPkd;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Tells other features whether the portal runs on its embedded demo database, and whether demo mode is on. */
@Component
public class DatabaseMode {

    private final boolean embedded;
    private final boolean demo;

    DatabaseMode(ObjectProvider<EmbeddedMariaDb> embeddedDb, PengaturanPkd pengaturan) {
        this.embedded = embeddedDb.getIfAvailable() != null;
        this.demo = pengaturan.demo().aktif();
    }

    public boolean isEmbedded() {
        return embedded;
    }

    /**
     * The explicit demo switch ({@code PKD_DEMO=true}): the only way to get the embedded database; features
     * that are safe for a demo only (the development certificate as a trust anchor, for one) ask this.
     */
    public boolean isDemo() {
        return demo;
    }
}
