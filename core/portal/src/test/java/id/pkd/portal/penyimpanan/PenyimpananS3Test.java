package id.pkd.portal.penyimpanan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.PengaturanPkd;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 store against a real S3-compatible server: S3Proxy (Maven Central, org.gaul:s3proxy, copied into
 * target/s3proxy by the build) started as a process of its own on loopback, in path style as MinIO-like servers
 * are addressed, with signature v4 and its in-memory blob store.
 */
class PenyimpananS3Test {

    private static final String BUCKET = "pkd-uji-berkas";
    private static final String AKSES = "pkd-uji";
    private static final String RAHASIA = "rahasia-uji-s3proxy";

    @TempDir
    static Path kerja;

    private static Process server;
    private static PengaturanPkd.Penyimpanan.S3 pengaturan;

    @BeforeAll
    static void mulaiServer() throws Exception {
        Path jar = Path.of("target", "s3proxy", "s3proxy.jar");
        assertThat(jar)
                .as("S3Proxy disalin oleh build (maven-dependency-plugin copy-s3proxy)")
                .exists();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path conf = Files.writeString(
                kerja.resolve("s3proxy.conf"),
                String.join(
                        "\n",
                        "s3proxy.endpoint=http://127.0.0.1:" + port,
                        "s3proxy.authorization=aws-v2-or-v4",
                        "s3proxy.identity=" + AKSES,
                        "s3proxy.credential=" + RAHASIA,
                        "jclouds.provider=transient",
                        "jclouds.identity=" + AKSES,
                        "jclouds.credential=" + RAHASIA,
                        ""));
        String java = ProcessHandle.current().info().command().orElse("java");
        server = new ProcessBuilder(java, "-jar", jar.toString(), "--properties", conf.toString())
                .redirectErrorStream(true)
                .redirectOutput(kerja.resolve("s3proxy.log").toFile())
                .start();
        tungguPort(port);
        pengaturan = new PengaturanPkd.Penyimpanan.S3(
                "http://127.0.0.1:" + port, "us-east-1", BUCKET, AKSES, RAHASIA, true, "pkd-uji/");
        // The bucket is the storage administrator's to create, as it would be on MinIO.
        try (S3Client admin = PenyimpananS3.klien(pengaturan)) {
            admin.createBucket(r -> r.bucket(BUCKET));
        }
    }

    /** S3Proxy prints its readiness only to its log; an open port is its readiness. */
    private static void tungguPort(int port) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (!server.isAlive()) {
                throw new IllegalStateException("S3Proxy berhenti: " + Files.readString(kerja.resolve("s3proxy.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException belum) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("S3Proxy tidak membuka port " + port);
    }

    @AfterAll
    static void hentikanServer() {
        if (server != null) {
            server.destroy();
        }
    }

    private static PenyimpananS3 toko() {
        return new PenyimpananS3(pengaturan, new BatasBerkas(DataSize.ofMegabytes(20)));
    }

    @Test
    void simpanBacaHapusPulangPergi() {
        TenantId a = new TenantId(5101);
        byte[] isi = new byte[3 * 1024 * 1024 + 7];
        new Random(15).nextBytes(isi);
        try (PenyimpananS3 nodeA = toko();
                PenyimpananS3 nodeB = toko()) {
            nodeA.simpan(a, "bukti/" + BatasBerkas.sha256(isi), isi);

            assertThat(nodeB.ada(a, "bukti/" + BatasBerkas.sha256(isi))).isTrue();
            assertThat(nodeB.baca(a, "bukti/" + BatasBerkas.sha256(isi)))
                    .hasValueSatisfying(b -> assertThat(b).isEqualTo(isi));
            assertThat(nodeA.nama()).isEqualTo("s3 (bucket " + BUCKET + ")");

            nodeA.simpan(a, "logo", "lama".getBytes(StandardCharsets.UTF_8));
            nodeA.simpan(a, "logo", "baru".getBytes(StandardCharsets.UTF_8));
            assertThat(nodeB.baca(a, "logo")).hasValue("baru".getBytes(StandardCharsets.UTF_8));

            nodeB.hapus(a, "logo");
            assertThat(nodeA.ada(a, "logo")).isFalse();
            assertThat(nodeA.baca(a, "logo")).isEmpty();
            nodeB.hapus(a, "logo");
        }
    }

    @Test
    void daerahLainTidakMembacaKunciYangSama() {
        TenantId a = new TenantId(5101);
        TenantId b = new TenantId(5102);
        try (PenyimpananS3 toko = toko()) {
            toko.simpan(a, "uji/terpisah", "milik A".getBytes(StandardCharsets.UTF_8));
            assertThat(toko.baca(b, "uji/terpisah")).isEmpty();
            assertThat(toko.ada(b, "uji/terpisah")).isFalse();
            toko.hapus(b, "uji/terpisah");
            assertThat(toko.baca(a, "uji/terpisah")).hasValue("milik A".getBytes(StandardCharsets.UTF_8));
        }
        try (S3Client admin = PenyimpananS3.klien(pengaturan)) {
            assertThat(admin.listObjectsV2(r -> r.bucket(BUCKET).prefix("pkd-uji/5101/uji/"))
                            .contents())
                    .extracting(o -> o.key())
                    .containsExactly("pkd-uji/5101/uji/terpisah");
        }
    }

    @Test
    void kesiapanMemeriksaBucketnya() {
        try (PenyimpananS3 ada = toko();
                PenyimpananS3 tanpaBucket = new PenyimpananS3(
                        new PengaturanPkd.Penyimpanan.S3(
                                pengaturan.endpoint(),
                                pengaturan.region(),
                                "pkd-bucket-tidak-ada",
                                AKSES,
                                RAHASIA,
                                true,
                                "pkd-uji/"),
                        new BatasBerkas(DataSize.ofMegabytes(20)));
                PenyimpananS3 sandiSalah = new PenyimpananS3(
                        new PengaturanPkd.Penyimpanan.S3(
                                pengaturan.endpoint(), pengaturan.region(), BUCKET, AKSES, "salah", true, "pkd-uji/"),
                        new BatasBerkas(DataSize.ofMegabytes(20)))) {
            var siap = new KesehatanPenyimpanan(ada).health();
            assertThat(siap.getStatus()).isEqualTo(Status.UP);
            assertThat(siap.getDetails()).containsEntry("toko", "s3 (bucket " + BUCKET + ")");
            assertThat(new KesehatanPenyimpanan(tanpaBucket).health().getStatus())
                    .isEqualTo(Status.DOWN);
            assertThat(new KesehatanPenyimpanan(sandiSalah).health().getStatus())
                    .isEqualTo(Status.DOWN);
        }
    }

    @Test
    void batasUkuranDanKunciTidakSah() {
        TenantId a = new TenantId(5101);
        try (PenyimpananS3 kecil = new PenyimpananS3(pengaturan, new BatasBerkas(DataSize.ofKilobytes(1)))) {
            assertThatThrownBy(() -> kecil.simpan(a, "uji/besar", new byte[1025]))
                    .isInstanceOf(BerkasTerlaluBesarException.class)
                    .hasMessageContaining("paling besar 1 KB");
            assertThat(kecil.ada(a, "uji/besar")).isFalse();
            assertThatThrownBy(() -> kecil.baca(a, "../5102/uji/terpisah"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
