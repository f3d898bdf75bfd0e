package id.pkd.portal.umum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.util.unit.DataSize;

/** The pkd.* settings bind with today's defaults, and a wrong one stops the start naming its key. */
class PengaturanPkdTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PengaturanPkd.class)
    static class HanyaPengaturan {}

    /** Only the record and the properties given: no environment variable of the machine running the test. */
    private final ApplicationContextRunner konteks = new ApplicationContextRunner()
            .withInitializer(c -> {
                c.getEnvironment()
                        .getPropertySources()
                        .remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
                c.getEnvironment()
                        .getPropertySources()
                        .remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
            })
            .withUserConfiguration(HanyaPengaturan.class);

    @Test
    void tanpaPengaturanBerlakuNilaiBakuHariIni() {
        konteks.run(c -> {
            assertThat(c).hasNotFailed();
            PengaturanPkd p = c.getBean(PengaturanPkd.class);
            assertThat(p.dataDir().toAbsolutePath().normalize())
                    .isEqualTo(Path.of("./data").toAbsolutePath().normalize());
            assertThat(p.pluginsDir()).isEmpty();
            assertThat(p.urlPublik()).isEqualTo("http://localhost:8080");
            assertThat(p.kunciInduk()).isEmpty();
            assertThat(p.zonaWaktu()).isNull();
            assertThat(p.demo()).isEqualTo(new PengaturanPkd.Demo(false, false));
            assertThat(p.keystorePenandatangan())
                    .isEqualTo(p.dataDir().resolve("kunci/penandatangan-pengembangan.p12"));
            assertThat(p.signing().keystorePassword()).isEqualTo("pkd-pengembangan");
            assertThat(p.operatorAwal()).isEqualTo(new PengaturanPkd.AkunAwal("", ""));
            assertThat(p.plugin()).isEqualTo(new PengaturanPkd.Plugin(Duration.ofSeconds(5), 4, 64));
            assertThat(p.pekerjaan().ukuranPool()).isEqualTo(2);
            assertThat(p.pekerjaan().maksBerjalanPerTenant()).isEqualTo(2);
            assertThat(p.pekerjaan().lamaSewa()).isEqualTo(Duration.ofSeconds(30));
            assertThat(p.api().badanMaks()).isEqualTo(DataSize.ofMegabytes(5));
            assertThat(p.unggah())
                    .isEqualTo(new PengaturanPkd.Unggah(
                            DataSize.ofMegabytes(20),
                            DataSize.ofMegabytes(21),
                            DataSize.ofMegabytes(10),
                            DataSize.ofMegabytes(1),
                            DataSize.ofMegabytes(5),
                            DataSize.ofMegabytes(20)));
        });
    }

    /** application.properties maps the environment variables; unset, it must give exactly the record's defaults. */
    @Test
    void applicationPropertiesMemberiNilaiBakuYangSama() {
        konteks.run(baku -> konteks.withInitializer(
                        c -> c.getEnvironment().getPropertySources().addLast(applicationProperties()))
                .run(c -> {
                    assertThat(c).hasNotFailed();
                    PengaturanPkd dariBerkas = c.getBean(PengaturanPkd.class);
                    PengaturanPkd nilaiBaku = baku.getBean(PengaturanPkd.class);
                    assertThat(dariBerkas)
                            .usingRecursiveComparison()
                            .ignoringFields("signing.keystore")
                            .isEqualTo(nilaiBaku);
                    assertThat(dariBerkas
                                    .keystorePenandatangan()
                                    .toAbsolutePath()
                                    .normalize())
                            .isEqualTo(nilaiBaku
                                    .keystorePenandatangan()
                                    .toAbsolutePath()
                                    .normalize());
                    assertThat(c.getEnvironment().getProperty("spring.servlet.multipart.max-file-size"))
                            .isEqualTo("20MB");
                    assertThat(c.getEnvironment().getProperty("spring.servlet.multipart.max-request-size"))
                            .isEqualTo("21MB");
                }));
    }

    @Test
    void pengaturanDibacaDenganNamaVariabelLingkunganLama() {
        // PKD_DEMO also reaches the record as the bare key pkd.demo (relaxed binding): it must not break the group.
        konteks.withPropertyValues(
                        "pkd.demo=true",
                        "pkd.demo.aktif=true",
                        "pkd.data-dir=/srv/pkd",
                        "pkd.unggah.bukti=15MB",
                        "pkd.plugin.batas-waktu=750ms",
                        "pkd.zona-waktu=WITA")
                .run(c -> {
                    assertThat(c).hasNotFailed();
                    PengaturanPkd p = c.getBean(PengaturanPkd.class);
                    assertThat(p.demo().aktif()).isTrue();
                    assertThat(p.keystorePenandatangan())
                            .isEqualTo(Path.of("/srv/pkd/kunci/penandatangan-pengembangan.p12"));
                    assertThat(p.unggah().bukti()).isEqualTo(DataSize.ofMegabytes(15));
                    assertThat(p.plugin().batasWaktu()).isEqualTo(Duration.ofMillis(750));
                    assertThat(p.zonaWaktu()).isEqualTo(ZonaWaktu.WITA);
                });
    }

    @Test
    void ukuranPoolNegatifMenggagalkanStartDenganNamaKuncinya() {
        assertThat(gagal("pkd.plugin.utas=-1"))
                .contains("Property: pkd.plugin.utas")
                .contains("paling sedikit 1");
        assertThat(gagal("pkd.pekerjaan.ukuran-pool=0")).contains("Property: pkd.pekerjaan.ukuranPool");
        assertThat(gagal("pkd.plugin.batas-waktu=0s"))
                .contains("Property: pkd.plugin.batasWaktu")
                .contains("terlalu singkat");
    }

    @Test
    void batasUnggahNolMenggagalkanStartDenganNamaKuncinya() {
        assertThat(gagal("pkd.unggah.bukti=0MB"))
                .contains("Property: pkd.unggah.bukti")
                .contains("harus antara 1KB dan 1GB");
        assertThat(gagal("pkd.api.badan-maks=0B")).contains("Property: pkd.api.badanMaks");
        assertThat(gagal("pkd.url-publik=portal.daerah.go.id")).contains("Property: pkd.urlPublik");
    }

    @Test
    void batasUnggahMelebihiBatasMultipartDitolak() {
        assertThat(gagal("pkd.unggah.bukti=30MB")).contains("pkd.unggah").contains("berkas-maks");
    }

    @Test
    void penyimpananBakuDatabaseDanS3TidakLengkapDitolak() {
        konteks.run(c -> assertThat(c.getBean(PengaturanPkd.class).penyimpanan().jenis())
                .isEqualTo(PengaturanPkd.Penyimpanan.Jenis.DATABASE));
        konteks.withPropertyValues(
                        "pkd.penyimpanan.jenis=s3",
                        "pkd.penyimpanan.s3.endpoint=http://127.0.0.1:9000",
                        "pkd.penyimpanan.s3.bucket=pkd-bukti",
                        "pkd.penyimpanan.s3.kunci-akses=akses",
                        "pkd.penyimpanan.s3.kunci-rahasia=rahasia-s3")
                .run(c -> {
                    assertThat(c).hasNotFailed();
                    PengaturanPkd.Penyimpanan p = c.getBean(PengaturanPkd.class).penyimpanan();
                    assertThat(p.jenis()).isEqualTo(PengaturanPkd.Penyimpanan.Jenis.S3);
                    assertThat(p.s3().gayaJalur()).isTrue();
                    assertThat(p.s3().region()).isEqualTo("us-east-1");
                    assertThat(p.toString()).doesNotContain("rahasia-s3");
                });
        assertThat(gagal("pkd.penyimpanan.jenis=s3"))
                .contains("pkd.penyimpanan")
                .contains("membutuhkan s3.bucket");
        konteks.withPropertyValues("pkd.penyimpanan.jenis=disk").run(c -> assertThat(c)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("disk")
                .hasMessageContaining("Jenis"));
        assertThat(gagal("pkd.penyimpanan.s3.endpoint=minio:9000"))
                .contains("Property: pkd.penyimpanan.s3.endpoint")
                .contains("harus kosong atau alamat http://");
        assertThat(gagal("pkd.penyimpanan.s3.awalan=../luar/")).contains("pkd.penyimpanan.s3.awalan");
    }

    @Test
    void rahasiaTidakTampilDalamTeks() {
        konteks.withPropertyValues(
                        "pkd.kunci-induk=AAAArahasiaAAAA",
                        "pkd.signing.keystore-password=sandi-keystore",
                        "pkd.operator-awal.kata-sandi=sandi-operator")
                .run(c -> assertThat(c.getBean(PengaturanPkd.class).toString())
                        .doesNotContain("AAAArahasiaAAAA", "sandi-keystore", "sandi-operator"));
    }

    @Test
    void teksUkuranUntukLayar() {
        assertThat(PengaturanPkd.teks(DataSize.ofMegabytes(10))).isEqualTo("10 MB");
        assertThat(PengaturanPkd.teks(DataSize.ofKilobytes(64))).isEqualTo("64 KB");
        assertThat(PengaturanPkd.teks(DataSize.ofBytes(1500))).isEqualTo("1500 byte");
    }

    /**
     * What the start prints for these settings: Spring Boot's own analysis of the failure ("Property: pkd.plugin.utas
     * ... Reason: ..."), read through its analyzer, which is not public API. Boot names the record component
     * (pkd.api.badanMaks), which relaxed binding treats as the same key as pkd.api.badan-maks; set from a file or the
     * environment, an "Origin:" line names where the value came from as well.
     */
    private String gagal(String... pengaturan) {
        StringBuilder pesan = new StringBuilder();
        konteks.withPropertyValues(pengaturan).run(c -> {
            assertThat(c).hasFailed();
            assertThat(Stream.iterate(c.getStartupFailure(), t -> t != null, Throwable::getCause))
                    .anyMatch(BindValidationException.class::isInstance);
            var penganalisis = Class.forName(
                            "org.springframework.boot.diagnostics.analyzer.BindValidationFailureAnalyzer")
                    .asSubclass(FailureAnalyzer.class)
                    .getDeclaredConstructor();
            penganalisis.setAccessible(true);
            pesan.append(
                    penganalisis.newInstance().analyze(c.getStartupFailure()).getDescription());
        });
        return pesan.toString();
    }

    private static ResourcePropertySource applicationProperties() {
        try {
            return new ResourcePropertySource("classpath:application.properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
