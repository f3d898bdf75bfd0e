package id.pkd.portal.penyimpanan;

import id.pkd.portal.umum.PengaturanPkd;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one file store of the portal, as {@code pkd.penyimpanan.jenis} chooses. */
@Configuration(proxyBeanMethods = false)
class PenyimpananConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PenyimpananConfiguration.class);

    @Bean
    PenyimpananBerkas penyimpananBerkas(PengaturanPkd pengaturan, JdbcClient jdbc, Clock jam) {
        PengaturanPkd.Penyimpanan p = pengaturan.penyimpanan();
        BatasBerkas batas = BatasBerkas.dari(pengaturan);
        PenyimpananBerkas toko =
                switch (p.jenis()) {
                    case DATABASE -> new PenyimpananDatabase(jdbc, jam, batas);
                    case S3 -> new PenyimpananS3(p.s3(), batas);
                };
        log.info("Berkas unggahan disimpan di {}", toko.nama());
        return toko;
    }
}
