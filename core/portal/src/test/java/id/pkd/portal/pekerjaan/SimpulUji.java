package id.pkd.portal.pekerjaan;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.umum.PengaturanPkd;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Base of the job tests: portal nodes of their own (executors with their own names and settings on the test
 * database), run step by step, while the context's own executor is paused so it takes none of their jobs.
 */
abstract class SimpulUji extends PortalIntegrationTest {

    @Autowired
    PelaksanaPekerjaan utama;

    @Autowired
    RepositoriPekerjaan repo;

    @Autowired
    TransactionTemplate transaksi;

    @Autowired
    ObjectMapper json;

    @Autowired
    List<PenanganPekerjaan> penangan;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DaerahService daerah;

    @BeforeEach
    void jedaSimpulUtama() {
        utama.jeda();
        // Jobs no test is running any more (an earlier test's, its context stopped mid-job) would otherwise be
        // taken by these nodes, which take the oldest job first.
        // A node still alive from another test class renews its lease on the same rows meanwhile: MariaDB may
        // pick this statement as a deadlock victim, and it is simply run again.
        for (int percobaan = 1; ; percobaan++) {
            try {
                jdbc.sql("UPDATE pekerjaan SET status = 'GAGAL', galat = 'dibersihkan uji',"
                                + " selesai_pada = UTC_TIMESTAMP(3) WHERE status IN ('MENUNGGU', 'BERJALAN')")
                        .update();
                return;
            } catch (org.springframework.dao.PessimisticLockingFailureException e) {
                if (percobaan == 5) {
                    throw e;
                }
            }
        }
    }

    @AfterEach
    void lanjutkanSimpulUtama() {
        PenanganUji.lepas.countDown();
        utama.lanjutkan();
    }

    /** The workers of the test nodes run as the portal's do: with a raised nice value. */
    static final int NICE_UJI = 10;

    static PengaturanPkd.Pekerjaan atur(int pool, int antreanNode, int antreanTenant, int berjalanTenant) {
        return new PengaturanPkd.Pekerjaan(
                "",
                pool,
                antreanNode,
                antreanTenant,
                berjalanTenant,
                Duration.ofSeconds(30),
                Duration.ofSeconds(1),
                3,
                Duration.ofHours(1),
                Duration.ZERO,
                NICE_UJI);
    }

    /** A node with a name no earlier run used, so its per-node count starts at zero. */
    PelaksanaPekerjaan simpul(String nama, PengaturanPkd.Pekerjaan atur) {
        return new PelaksanaPekerjaan(
                nama + "-" + UUID.randomUUID().toString().substring(0, 8), atur, repo, transaksi, json, penangan);
    }

    PekerjaanService layanan(PelaksanaPekerjaan simpul) {
        return new PekerjaanService(repo, simpul, transaksi, json);
    }

    /** The node's lease runs out now, as if it had stopped sending its heartbeat for {@code lama-sewa}. */
    void sewaHabis(long id) {
        jdbc.sql("UPDATE pekerjaan SET sewa_sampai = TIMESTAMPADD(SECOND, -1, UTC_TIMESTAMP(3)) WHERE id = ?")
                .param(id)
                .update();
    }

    /** A tenant of this test's own range (53.01–53.09), registered once. */
    long tenantUji(String kode) {
        return jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = ?")
                .param(kode)
                .query(Long.class)
                .optional()
                .orElseGet(() -> SebagaiSistem.jalankan(
                                Peran.OPERATOR_PORTAL,
                                null,
                                () -> daerah.daftarkan(new DaerahBaru(
                                        kode,
                                        "Kabupaten Uji Pekerjaan " + kode,
                                        JenisDaerah.KABUPATEN,
                                        null,
                                        new PenggunaBaru(
                                                "admin.pekerjaan." + kode.replace(".", ""),
                                                "Rahasia-Uji-Pekerjaan-2026!",
                                                "Admin Uji Pekerjaan",
                                                Peran.ADMIN_DAERAH,
                                                null,
                                                null))))
                        .id());
    }

    StatusPekerjaan status(long id) {
        return StatusPekerjaan.valueOf(jdbc.sql("SELECT status FROM pekerjaan WHERE id = ?")
                .param(id)
                .query(String.class)
                .single());
    }
}
