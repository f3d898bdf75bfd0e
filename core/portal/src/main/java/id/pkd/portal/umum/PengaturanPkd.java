package id.pkd.portal.umum;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code pkd.*} setting of the portal, bound and checked once at start: a wrong value stops the start with
 * the key named, instead of surfacing as an odd limit on the first upload. The defaults are those of
 * application.properties (which maps the documented environment variables onto these keys), so the record alone,
 * as the tests bind it, behaves as the portal does.
 *
 * @param dataDir this node's own files, none of which another node needs: the embedded MariaDB and the keys of demo
 *     mode, temporary files (uploaded files are in {@link Penyimpanan}, trusted roots in the database)
 * @param pluginsDir PF4J plugin archives; empty = the "plugins" folder beside portal.jar
 * @param urlPublik public address; the QR code of every signature links to it
 * @param kunciInduk master key, base64 of 32 bytes; empty = generated in the data directory (development)
 * @param zonaWaktu WIB, WITA or WIT for every region that has no zone of its own; empty = each region's zone from
 *     its province code (Keppres 41/1987)
 */
@ConfigurationProperties("pkd")
@Validated
public record PengaturanPkd(
        @NotNull @DefaultValue("./data") Path dataDir,
        String pluginsDir,
        @NotNull
                @Pattern(regexp = "https?://[^\\s/]+(/\\S*)?", message = "harus alamat http:// atau https:// lengkap")
                @DefaultValue("http://localhost:8080")
                String urlPublik,
        String kunciInduk,
        ZonaWaktu zonaWaktu,
        @Valid @DefaultValue Demo demo,
        @Valid @DefaultValue Penandatangan signing,
        @Valid @DefaultValue AkunAwal operatorAwal,
        @Valid @DefaultValue Plugin plugin,
        @Valid @DefaultValue Pekerjaan pekerjaan,
        @Valid @DefaultValue Api api,
        @Valid @DefaultValue Unggah unggah,
        @Valid @DefaultValue Laju batasLaju,
        @Valid @DefaultValue Migrasi migrasi,
        @Valid @DefaultValue Penyimpanan penyimpanan) {

    /** Secrets never reach a log through this record's text. */
    private static final String TERSEMBUNYI = "******";

    public PengaturanPkd {
        pluginsDir = pluginsDir == null ? "" : pluginsDir;
        kunciInduk = kunciInduk == null ? "" : kunciInduk;
    }

    /** The development signing keystore: the configured one, or the one in the data directory. */
    public Path keystorePenandatangan() {
        return signing.keystore() != null
                ? signing.keystore()
                : dataDir.resolve("kunci").resolve("penandatangan-pengembangan.p12");
    }

    @Override
    public String toString() {
        return "PengaturanPkd[dataDir=" + dataDir + ", pluginsDir=" + pluginsDir + ", urlPublik=" + urlPublik
                + ", kunciInduk=" + (kunciInduk.isEmpty() ? "" : TERSEMBUNYI) + ", zonaWaktu=" + zonaWaktu
                + ", demo=" + demo + ", signing=" + signing + ", operatorAwal=" + operatorAwal + ", plugin="
                + plugin + ", pekerjaan=" + pekerjaan + ", api=" + api + ", unggah=" + unggah + ", migrasi=" + migrasi
                + ", penyimpanan=" + penyimpanan + "]";
    }

    /**
     * @param aktif demo mode: the only way to get the embedded MariaDB with its publicly known accounts
     * @param seed seed the demo tenants into an external database too (always on for the embedded one)
     */
    public record Demo(boolean aktif, boolean seed) {}

    /**
     * The development signing key (PKCS#12), created on first start, never committed.
     *
     * @param keystore its file; empty = kunci/penandatangan-pengembangan.p12 in the data directory
     * @param keystorePassword its password
     */
    public record Penandatangan(Path keystore, @NotNull @DefaultValue("pkd-pengembangan") String keystorePassword) {
        @Override
        public String toString() {
            return "Penandatangan[keystore=" + keystore + ", keystorePassword=" + TERSEMBUNYI + "]";
        }
    }

    /**
     * The first portal operator on an external database, created once if no operator exists.
     *
     * @param username its username; empty = none is created
     * @param kataSandi its password: at least 12 characters, not a common password
     */
    public record AkunAwal(String username, String kataSandi) {
        public AkunAwal {
            username = username == null ? "" : username;
            kataSandi = kataSandi == null ? "" : kataSandi;
        }

        @Override
        public String toString() {
            return "AkunAwal[username=" + username + ", kataSandi=" + TERSEMBUNYI + "]";
        }
    }

    /**
     * @param batasWaktu a plugin computing an indicator answers within this, or it is "tidak dapat dihitung"
     * @param utas threads of the plugin pool: the most plugin computations running at once
     * @param antrean computations waiting for a thread before further ones are refused at once
     */
    public record Plugin(
            @NotNull @DurationMin(millis = 1) @DurationMax(minutes = 10) @DefaultValue("5s") Duration batasWaktu,
            @Min(1) @Max(64) @DefaultValue("4") int utas,
            @Min(1) @Max(10_000) @DefaultValue("64") int antrean) {}

    /**
     * Rendering and signing jobs ({@code pkd.pekerjaan.*}), kept as rows so any node runs them.
     *
     * @param simpul this node's name in the job table; empty = host name and a random suffix, new at each start
     * @param ukuranPool jobs (and synchronous API drafts) this node runs at once; one per core is plenty
     * @param antreanMaksPerNode jobs submitted through this node that may wait or run at once; beyond it a user is
     *     told the queue is full
     * @param antreanMaksPerTenant jobs of one tenant that may wait or run at once, over all nodes
     * @param maksBerjalanPerTenant jobs of one tenant running at once, over all nodes, so one region's LKIP run
     *     does not take every worker
     * @param lamaSewa how long a node's claim holds without its heartbeat; a node silent longer is taken as dead and
     *     its jobs are run again by another
     * @param jedaPeriksa how often an idle node looks for waiting jobs
     * @param maksPercobaan runs of one job (its node dying each time) before it is given up
     * @param simpanHasil how long a rendered draft stays downloadable
     * @param tungguLangsung how long a synchronous API draft waits for a free worker before it is refused
     * @param nice the workers' nice value (0–19; Linux): above 0 they render and sign with the CPU the request
     *     threads leave, so a draft does not slow other users' clicks when the node is busy
     */
    public record Pekerjaan(
            String simpul,
            @Min(1) @Max(32) @DefaultValue("2") int ukuranPool,
            @Min(1) @Max(10_000) @DefaultValue("50") int antreanMaksPerNode,
            @Min(1) @Max(10_000) @DefaultValue("10") int antreanMaksPerTenant,
            @Min(1) @Max(32) @DefaultValue("2") int maksBerjalanPerTenant,
            @NotNull @DurationMin(seconds = 1) @DurationMax(hours = 1) @DefaultValue("30s") Duration lamaSewa,
            @NotNull @DurationMin(millis = 50) @DurationMax(minutes = 5) @DefaultValue("1s") Duration jedaPeriksa,
            @Min(1) @Max(20) @DefaultValue("3") int maksPercobaan,
            @NotNull @DurationMin(minutes = 1) @DurationMax(days = 30) @DefaultValue("1h") Duration simpanHasil,
            @NotNull @DurationMin(millis = 0) @DurationMax(minutes = 10) @DefaultValue("10s") Duration tungguLangsung,
            @Min(0) @Max(19) @DefaultValue("10") int nice) {

        public Pekerjaan {
            simpul = simpul == null ? "" : simpul.strip();
        }
    }

    /** @param badanMaks largest JSON body the API reads; larger ones are refused while still being read */
    public record Api(@NotNull @UkuranBerkas(min = "1KB", max = "100MB") @DefaultValue("5MB") DataSize badanMaks) {}

    /**
     * Upload limits. {@code berkasMaks} and {@code permintaanMaks} are also the servlet container's multipart limits
     * (spring.servlet.multipart.*), so each upload's own limit must fit within them.
     *
     * @param berkasMaks the container's limit for one uploaded file (spring.servlet.multipart.max-file-size)
     * @param permintaanMaks the container's limit for one upload request (spring.servlet.multipart.max-request-size)
     * @param bukti an evidence file of a realisation (PDF, JPEG, PNG, XLSX)
     * @param logo a region's logo (PNG or JPEG)
     * @param imporXlsx an XLSX imported into an urusan form
     * @param verifikasi a PDF uploaded to the public verification page
     */
    public record Unggah(
            @NotNull @UkuranBerkas(min = "1KB", max = "1GB") @DefaultValue("20MB") DataSize berkasMaks,
            @NotNull @UkuranBerkas(min = "1KB", max = "1GB") @DefaultValue("21MB") DataSize permintaanMaks,
            @NotNull @UkuranBerkas(min = "1KB", max = "1GB") @DefaultValue("10MB") DataSize bukti,
            @NotNull @UkuranBerkas(min = "1KB", max = "1GB") @DefaultValue("1MB") DataSize logo,
            @NotNull @UkuranBerkas(min = "1KB", max = "1GB") @DefaultValue("5MB") DataSize imporXlsx,
            @NotNull @UkuranBerkas(min = "1KB", max = "1GB") @DefaultValue("20MB") DataSize verifikasi) {

        /** Checked as property {@code pkd.unggah.muat-dalam-batas-multipart}. */
        @AssertTrue(
                message = "bukti, logo, impor-xlsx dan verifikasi tidak boleh melebihi berkas-maks,"
                        + " dan berkas-maks tidak boleh melebihi permintaan-maks")
        public boolean isMuatDalamBatasMultipart() {
            if (Stream.of(berkasMaks, permintaanMaks, bukti, logo, imporXlsx, verifikasi)
                    .anyMatch(u -> u == null)) {
                return true;
            }
            return Stream.of(bukti, logo, imporXlsx, verifikasi).allMatch(u -> u.compareTo(berkasMaks) <= 0)
                    && berkasMaks.compareTo(permintaanMaks) <= 0;
        }
    }

    /** A size as the screens say it: "10 MB", "64 KB", "512 byte". */
    public static String teks(DataSize ukuran) {
        long b = ukuran.toBytes();
        if (b >= 1024 * 1024 && b % (1024 * 1024) == 0) {
            return ukuran.toMegabytes() + " MB";
        }
        if (b >= 1024 && b % 1024 == 0) {
            return ukuran.toKilobytes() + " KB";
        }
        return b + " byte";
    }
    /**
     * Rate limits ({@code pkd.batas-laju.*}): how many attempts an address, and all addresses together for one
     * tenant, may make per period. Kept in memory on each node (Bucket4j): behind HAProxy with sticky sessions a
     * client stays on its node, and a limit per node still caps the total at limit × nodes.
     */
    public record Laju(
            @DefaultValue("true") boolean aktif,
            @Valid Batas verifikasi,
            @Valid Batas masuk,
            @Valid Batas kodeDuaFaktor,
            @Min(100) @Max(10_000_000) @DefaultValue("100000") int kunciMaksimal) {

        /** Defaults for a kind application.properties does not name (it names all of them). */
        public Laju {
            verifikasi = verifikasi != null ? verifikasi : new Batas(30, 600, Duration.ofMinutes(1));
            masuk = masuk != null ? masuk : new Batas(10, 100, Duration.ofMinutes(1));
            kodeDuaFaktor = kodeDuaFaktor != null ? kodeDuaFaktor : new Batas(10, 100, Duration.ofMinutes(1));
        }

        /** {@code perIp} attempts from one client address and {@code perTenant} for one tenant, per {@code periode}. */
        public record Batas(
                @Min(1) @Max(1_000_000) int perIp,
                @Min(1) @Max(10_000_000) int perTenant,
                @NotNull @DurationMin(seconds = 1) @DurationMax(days = 1) Duration periode) {}
    }

    /**
     * Schema migrations of a new release (core and plugins).
     *
     * @param saatMulai migrate at start, under the database lock pkd_migrasi so one node of a cluster does it;
     *     false = never migrate, and refuse to start on a schema older than the code ({@code portal.jar migrate})
     * @param batasTungguKunci how long a node waits for another node's migration before refusing to start
     */
    public record Migrasi(
            @DefaultValue("true") boolean saatMulai,
            @NotNull @DurationMin(seconds = 1) @DurationMax(hours = 6) @DefaultValue("10m")
                    Duration batasTungguKunci) {}

    /**
     * Where uploaded files (evidence of a realisasi, a region's logo) are kept. Never on a node's own disk: every
     * node of a cluster must read what another wrote.
     *
     * @param jenis {@code database} (default: in table berkas, replicated and backed up with the database) or
     *     {@code s3} (an S3-compatible object store, for installations whose files outgrow the database)
     * @param s3 the object store, when {@code jenis=s3}
     */
    public record Penyimpanan(@NotNull @DefaultValue("database") Jenis jenis, @Valid @DefaultValue S3 s3) {

        /** The stores the portal knows. */
        public enum Jenis {
            DATABASE,
            S3
        }

        /** Checked as property {@code pkd.penyimpanan.s3-lengkap}. */
        @AssertTrue(
                message = "jenis=s3 membutuhkan s3.bucket, s3.kunci-akses dan s3.kunci-rahasia (dan s3.region bila"
                        + " endpoint kosong)")
        public boolean isS3Lengkap() {
            if (jenis != Jenis.S3 || s3 == null) {
                return true;
            }
            return !s3.bucket().isBlank()
                    && !s3.kunciAkses().isBlank()
                    && !s3.kunciRahasia().isBlank();
        }

        /**
         * An S3-compatible object store (AWS S3, MinIO, Ceph RGW, Garage, SeaweedFS …).
         *
         * @param endpoint the server's address; empty = AWS S3 of the region
         * @param region the signing region (MinIO and most others accept us-east-1)
         * @param bucket the bucket, created beforehand by the storage administrator
         * @param kunciAkses access key id
         * @param kunciRahasia secret access key
         * @param gayaJalur path-style addresses (http://host/bucket/key), which MinIO-like servers need; false =
         *     virtual-host style (http://bucket.host/key) as AWS prefers
         * @param awalan prefix of every object name, so one bucket can serve several installations
         */
        public record S3(
                @Pattern(
                                regexp = "(https?://[^\\s/]+(/\\S*)?)?",
                                message = "harus kosong atau alamat http:// atau https://")
                        String endpoint,
                @NotNull
                        @Pattern(regexp = "[a-z0-9-]{1,40}", message = "harus nama region S3, mis. us-east-1")
                        @DefaultValue("us-east-1")
                        String region,
                @Pattern(regexp = "([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])?", message = "harus nama bucket S3 yang sah")
                        String bucket,
                String kunciAkses,
                String kunciRahasia,
                @DefaultValue("true") boolean gayaJalur,
                @Pattern(regexp = "([A-Za-z0-9._-]{1,60}/)?", message = "harus kosong atau satu segmen diakhiri /")
                        String awalan) {

            public S3 {
                endpoint = endpoint == null ? "" : endpoint;
                bucket = bucket == null ? "" : bucket;
                kunciAkses = kunciAkses == null ? "" : kunciAkses;
                kunciRahasia = kunciRahasia == null ? "" : kunciRahasia;
                awalan = awalan == null ? "" : awalan;
            }

            @Override
            public String toString() {
                return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", kunciAkses="
                        + kunciAkses + ", kunciRahasia=" + (kunciRahasia.isEmpty() ? "" : TERSEMBUNYI)
                        + ", gayaJalur=" + gayaJalur + ", awalan=" + awalan + "]";
            }
        }
    }
}
