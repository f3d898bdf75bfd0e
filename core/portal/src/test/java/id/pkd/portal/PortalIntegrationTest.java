package id.pkd.portal;

import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole portal: a real MariaDB, the real plugin jars loaded by
 * PF4J from a plugins directory (the three urusan plugins plus one corrupt archive), demo data.
 * Every subclass shares one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PenghitungKueri.class)
public abstract class PortalIntegrationTest {

    @Autowired
    private JdbcClient basisData;

    /** The tenant of a demo region by its code: 63.11 Balangan, 62.01 Kotawaringin Barat. */
    protected TenantId tenant(String kodeWilayah) {
        return new TenantId(basisData
                .sql("SELECT id FROM tenant WHERE kode_wilayah = ?")
                .param(kodeWilayah)
                .query(Long.class)
                .single());
    }

    /**
     * Makes every node's kept plan, urusan data, rules and frozen state of that region stale ({@code VersiData}), as a
     * write would: the
     * next read reads the tables themselves, which is what a query-count guard bounds.
     */
    protected void lupakanYangDisimpan(String kodeWilayah) {
        basisData
                .sql("UPDATE versi_data SET rencana = UUID_SHORT(), urusan = UUID_SHORT(), pengukuran = UUID_SHORT()"
                        + " WHERE tenant_id = ?")
                .param(tenant(kodeWilayah).value())
                .update();
    }

    /** Runs as a user with that role in that region, as the services see a signed-in user. */
    protected <T> T sebagai(Peran peran, String kodeWilayah, Supplier<T> kerja) {
        return SebagaiSistem.jalankan(peran, tenant(kodeWilayah), kerja);
    }

    /** The archive the portal must refuse with a reason while it keeps running. */
    public static final String ARSIP_RUSAK = "plugin-rusak.jar";

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        TestMariaDb db = TestMariaDb.get();
        registry.add("spring.datasource.url", db::jdbcUrl);
        registry.add("spring.datasource.username", db::user);
        registry.add("spring.datasource.password", db::password);
        registry.add("pkd.demo.seed", () -> "true");
        // Every test signs in from 127.0.0.1, hundreds of times a run: the rate limits are tested in their own
        // context (BatasLajuTest).
        registry.add("pkd.batas-laju.aktif", () -> "false");
        registry.add(
                "pkd.data-dir",
                () -> Path.of("target", "test-data").toAbsolutePath().toString());
        registry.add("pkd.plugins-dir", PortalIntegrationTest::pluginsDenganArsipRusak);
    }

    /** The built plugin jars, copied beside a corrupt archive. */
    static String pluginsDenganArsipRusak() {
        try {
            Path sumber = Path.of(System.getProperty("pkd.plugins.dir", "target/plugins"));
            Path tujuan = Path.of("target", "test-plugins").toAbsolutePath();
            Files.createDirectories(tujuan);
            try (var jars = Files.list(sumber)) {
                for (Path jar : jars.toList()) {
                    Files.copy(jar, tujuan.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.write(tujuan.resolve(ARSIP_RUSAK), "ini bukan arsip jar".getBytes());
            return tujuan.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
