package id.pkd.portal.dokumen;

import id.pkd.portal.penyimpanan.PenyimpananBerkas;
import id.pkd.portal.tenant.TenantId;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once, at start: logos an earlier release stored in logo_daerah.isi move into the file store, whichever store is
 * configured, so an S3 installation keeps none in the database and both keep them in one place. Each logo moves
 * under its row's lock, and the column is emptied only after the store gives back the same bytes.
 */
@Component
class PindahLogoLama implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PindahLogoLama.class);

    private final JdbcClient jdbc;
    private final PenyimpananBerkas penyimpanan;
    private final TransactionTemplate transaksi;

    PindahLogoLama(JdbcClient jdbc, PenyimpananBerkas penyimpanan, PlatformTransactionManager manajer) {
        this.jdbc = jdbc;
        this.penyimpanan = penyimpanan;
        this.transaksi = new TransactionTemplate(manajer);
    }

    @Override
    public void run(ApplicationArguments args) {
        int jumlah = pindahkan();
        if (jumlah > 0) {
            log.info("{} logo daerah dipindahkan ke penyimpanan {}", jumlah, penyimpanan.nama());
        }
    }

    /** @return the logos moved */
    int pindahkan() {
        List<Long> tenant = jdbc.sql("SELECT tenant_id FROM logo_daerah WHERE isi IS NOT NULL ORDER BY tenant_id")
                .query(Long.class)
                .list();
        int jumlah = 0;
        for (long t : tenant) {
            try {
                if (Boolean.TRUE.equals(transaksi.execute(s -> pindahSatu(new TenantId(t))))) {
                    jumlah++;
                }
            } catch (RuntimeException e) {
                log.warn("Logo daerah {} belum dipindahkan: {}", t, e.toString());
            }
        }
        return jumlah;
    }

    private boolean pindahSatu(TenantId tenant) {
        byte[] isi = jdbc.sql("SELECT isi FROM logo_daerah WHERE tenant_id = ? FOR UPDATE")
                .param(tenant.value())
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .orElse(null);
        if (isi == null) {
            return false;
        }
        penyimpanan.simpan(tenant, LogoDaerahService.KUNCI, isi);
        if (!Arrays.equals(
                isi, penyimpanan.baca(tenant, LogoDaerahService.KUNCI).orElse(null))) {
            throw new IllegalStateException("penyimpanan tidak mengembalikan isi yang sama");
        }
        jdbc.sql("UPDATE logo_daerah SET isi = NULL WHERE tenant_id = ?")
                .param(tenant.value())
                .update();
        return true;
    }
}
