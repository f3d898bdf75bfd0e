package id.pkd.portal.plugin;

import id.pkd.portal.database.KunciMigrasi;
import id.pkd.portal.database.MulaiDitolakException;
import id.pkd.portal.umum.PengaturanPkd;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;
import net.sf.jsqlparser.util.TablesNamesFinder;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Runs a plugin's own schema migrations ({@code db/urusan/V*.sql} in its jar) with a Flyway history
 * table of its own. Before anything runs, every statement is parsed and must be DDL/DML on tables
 * carrying the plugin's namespace, so a plugin cannot touch the core's or another plugin's tables.
 */
final class MigrasiPlugin {

    static final String FOLDER = "db/urusan/";

    private MigrasiPlugin() {}

    /** The table prefix of a plugin: its id, dashes as underscores, and an underscore. */
    static String namespace(String pluginId) {
        return pluginId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_";
    }

    /**
     * Migrates under the cluster-wide migration lock; throws {@link IllegalStateException} with the reason when the
     * plugin must be refused. With {@code saatMulai} off it only checks, and refuses the node's start
     * ({@link MulaiDitolakException}) when the plugin's schema is older than its jar.
     */
    static void jalankan(DataSource dataSource, String pluginId, Path arsip, PengaturanPkd.Migrasi migrasi) {
        if (!Files.isRegularFile(arsip)) {
            return;
        }
        String ns = namespace(pluginId);
        Path folder = null;
        try (ZipFile zip = new ZipFile(arsip.toFile())) {
            List<ZipEntry> skrip = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entri = e.nextElement();
                String nama = entri.getName();
                if (!entri.isDirectory() && nama.startsWith(FOLDER) && nama.endsWith(".sql")) {
                    skrip.add(entri);
                }
            }
            if (skrip.isEmpty()) {
                return;
            }
            folder = Files.createTempDirectory("pkd-migrasi-" + ns);
            for (ZipEntry entri : skrip) {
                String nama = entri.getName().substring(FOLDER.length());
                if (nama.contains("/")) {
                    throw new IllegalStateException("skrip migrasi harus langsung di " + FOLDER + ": " + nama);
                }
                String sql;
                try (InputStream in = zip.getInputStream(entri)) {
                    sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                periksaNamaTabel(nama, sql, ns);
                Files.writeString(folder.resolve(nama), sql);
            }
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("filesystem:" + folder)
                    .table(ns + "riwayat_migrasi")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load();
            if (migrasi.saatMulai()) {
                KunciMigrasi.dalamKunci(dataSource, migrasi.batasTungguKunci(), flyway::migrate);
            } else {
                tolakBilaTertinggal(flyway, pluginId);
            }
        } catch (IOException e) {
            throw new IllegalStateException("skrip migrasi tidak terbaca: " + e.getMessage(), e);
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new IllegalStateException("migrasi skema plugin gagal: " + akar(e), e);
        } finally {
            hapus(folder);
        }
    }

    private static void tolakBilaTertinggal(Flyway flyway, String pluginId) {
        MigrationInfoService info = flyway.info();
        boolean gagal = Arrays.stream(info.applied()).anyMatch(i -> i.getState().isFailed());
        if (gagal || info.pending().length > 0) {
            String diBasisData = info.current() == null || info.current().getVersion() == null
                    ? "(kosong)"
                    : info.current().getVersion().getVersion();
            String diKode = Arrays.stream(info.all())
                    .map(MigrationInfo::getVersion)
                    .filter(v -> v != null)
                    .max(MigrationVersion::compareTo)
                    .map(MigrationVersion::getVersion)
                    .orElse("-");
            throw new MulaiDitolakException(
                    "Portal tidak dijalankan: skema plugin " + pluginId + " versi " + diBasisData
                            + " lebih lama dari arsip plugin, yang membutuhkan versi " + diKode
                            + ", dan pkd.migrasi.saat-mulai=false.",
                    "Jalankan migrasi sekali untuk rilis ini (java -jar portal.jar migrate) lalu jalankan ulang"
                            + " node, atau tetapkan PKD_MIGRASI_SAAT_MULAI=true.");
        }
    }

    /**
     * Parses every statement of a script and refuses it unless each is DDL or DML on tables of the
     * plugin's namespace only (every table of a multi-table statement, subquery or join, none
     * qualified by a database), and every table the plugin creates has a {@code tenant_id} column.
     * Triggers, procedures, views, grants, DROP DATABASE and anything the parser does not know are
     * refused: a regular expression cannot see {@code INSERT pengguna} or {@code DELETE/**}{@code /FROM}.
     */
    static void periksaNamaTabel(String skrip, String sql, String ns) {
        List<Statement> pernyataan;
        try {
            pernyataan = CCJSqlParserUtil.parseStatements(sql).stream().toList();
        } catch (JSQLParserException | RuntimeException e) {
            throw new IllegalStateException("skrip migrasi " + skrip + " tidak dapat diurai sebagai SQL: "
                    + akar(e).lines().findFirst().orElse(""));
        }
        for (Statement st : pernyataan) {
            periksa(skrip, st, ns);
        }
    }

    private static void periksa(String skrip, Statement st, String ns) {
        List<String> tabel = new ArrayList<>();
        boolean perluPencari;
        if (st instanceof CreateTable c) {
            tabel.add(c.getTable().getFullyQualifiedName());
            if (c.getLikeTable() != null) {
                tabel.add(c.getLikeTable().getFullyQualifiedName());
            }
            if (c.getSelect() != null) {
                tabel.addAll(new TablesNamesFinder<Void>().getTables((Statement) c.getSelect()));
            }
            boolean adaTenant = c.getColumnDefinitions() != null
                    && c.getColumnDefinitions().stream()
                            .anyMatch(d -> bersih(d.getColumnName()).equals("tenant_id"));
            if (!adaTenant) {
                periksaNamespace(skrip, tabel, ns);
                throw new IllegalStateException("skrip migrasi " + skrip + " membuat tabel "
                        + bersih(c.getTable().getFullyQualifiedName()) + " tanpa kolom tenant_id");
            }
            perluPencari = false;
        } else if (st instanceof Alter a) {
            tabel.add(a.getTable().getFullyQualifiedName());
            if (a.getAlterExpressions() != null) {
                for (AlterExpression e : a.getAlterExpressions()) {
                    if (e.getNewTableName() != null) {
                        tabel.add(e.getNewTableName());
                    }
                }
            }
            perluPencari = false;
        } else if (st instanceof Drop d) {
            String jenis = d.getType() == null ? "" : d.getType().toUpperCase(Locale.ROOT);
            if (!jenis.equals("TABLE") && !jenis.equals("INDEX")) {
                throw ditolak(skrip, "DROP " + jenis);
            }
            tabel.add(d.getName().getFullyQualifiedName());
            perluPencari = false;
        } else if (st instanceof CreateIndex ci) {
            tabel.add(ci.getTable().getFullyQualifiedName());
            perluPencari = false;
        } else if (st instanceof Truncate t) {
            tabel.add(t.getTable().getFullyQualifiedName());
            perluPencari = false;
        } else if (st instanceof Insert || st instanceof Update || st instanceof Delete || st instanceof Upsert) {
            perluPencari = true;
        } else {
            throw ditolak(skrip, st.getClass().getSimpleName().toUpperCase(Locale.ROOT));
        }
        if (perluPencari) {
            try {
                tabel.addAll(new TablesNamesFinder<Void>().getTables(st));
            } catch (RuntimeException e) {
                throw new IllegalStateException("skrip migrasi " + skrip + ": tabel pernyataan tidak dapat dipastikan ("
                        + e.getMessage() + ")");
            }
        }
        periksaNamespace(skrip, tabel, ns);
    }

    private static void periksaNamespace(String skrip, List<String> tabel, String ns) {
        for (String t : tabel) {
            String nama = bersih(t);
            if (!nama.startsWith(ns) || nama.contains(".")) {
                throw new IllegalStateException("skrip migrasi " + skrip + " menyentuh tabel " + nama
                        + " di luar namespace plugin (" + ns + "…)");
            }
        }
    }

    private static IllegalStateException ditolak(String skrip, String jenis) {
        return new IllegalStateException("skrip migrasi " + skrip + " berisi pernyataan yang tidak diizinkan (" + jenis
                + "); hanya CREATE/ALTER/DROP TABLE, indeks, dan INSERT/UPDATE/DELETE pada tabel plugin sendiri");
    }

    /** A name without quotes or backticks, lower case; a database prefix stays and is refused. */
    private static String bersih(String nama) {
        return nama.replace("`", "").replace("\"", "").strip().toLowerCase(Locale.ROOT);
    }

    private static String akar(Throwable e) {
        Throwable a = e;
        while (a.getCause() != null && a.getCause() != a) {
            a = a.getCause();
        }
        String pesan = a.getMessage() == null ? a.getClass().getSimpleName() : a.getMessage();
        return pesan.lines().findFirst().orElse(pesan);
    }

    private static void hapus(Path folder) {
        if (folder == null) {
            return;
        }
        try (var isi = Files.list(folder)) {
            for (Path p : isi.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }
}
