package id.pkd.portal.jejak;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PenghitungKueri;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every writer of a tenant queues at the tenant's chain head, holding a pooled connection (issue 16): what runs under
 * that lock stays at three statements (lock the head, insert the entries, move the head) whatever the number of
 * entries, and the entries still chain.
 */
class RantaiTigaPernyataanTest extends PortalIntegrationTest {

    @Autowired
    JejakAuditService jejak;

    @Autowired
    VerifikasiJejakService verifikasi;

    @Autowired
    DaerahService daerah;

    @Autowired
    TransactionTemplate transaksi;

    @Autowired
    JdbcClient jdbc;

    @Test
    void limaEntriDalamTigaPernyataanDanTetapBerantai() {
        TenantId tenant = DaerahUjiJejak.pastikan(daerah, jdbc, "32.01", "admin.rantai.ringan");
        long sebelum = jumlah(tenant);
        List<PenghitungKueri.Kueri> kueri = SebagaiSistem.jalankan(Peran.OPERATOR, tenant, () -> {
            try (PenghitungKueri.Rekaman r = PenghitungKueri.mulai()) {
                transaksi.executeWithoutResult(s -> {
                    for (int i = 0; i < 5; i++) {
                        jejak.catat("uji_rantai_ringan", 1, "isian" + i, null, "nilai " + i);
                    }
                });
                return r.utasIni();
            }
        });
        List<String> rantai = kueri.stream()
                .map(PenghitungKueri.Kueri::sql)
                // the day's anchor, written by the first entry of a day, is not the queue's cost
                .filter(sql -> sql.contains("jejak_") && !sql.contains("jejak_jangkar"))
                .toList();
        System.out.println("[kueri] lima entri jejak: " + PenghitungKueri.Rekaman.ringkasan(kueri));
        assertThat(rantai).as(String.join("\n", rantai)).hasSize(3);
        assertThat(jumlah(tenant) - sebelum).isEqualTo(5);
        HasilVerifikasi hasil = SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant, verifikasi::verifikasi);
        assertThat(hasil.utuh()).as(hasil.toString()).isTrue();
    }

    /** A bulk import's trail: MariaDB refuses more than 65,535 placeholders in one statement (11 per entry). */
    @Test
    void impor6001EntriDalamDuaInsertDanTetapBerantai() {
        TenantId tenant = DaerahUjiJejak.pastikan(daerah, jdbc, "32.02", "admin.rantai.besar");
        int banyak = PenambahJejak.BARIS_PER_INSERT + 1_001;
        List<PenghitungKueri.Kueri> kueri = SebagaiSistem.jalankan(Peran.OPERATOR, tenant, () -> {
            try (PenghitungKueri.Rekaman r = PenghitungKueri.mulai()) {
                transaksi.executeWithoutResult(s -> {
                    for (int i = 0; i < banyak; i++) {
                        jejak.catat("uji_rantai_besar", i, "isian", null, "nilai " + i);
                    }
                });
                return r.utasIni();
            }
        });
        long insert = kueri.stream()
                .map(PenghitungKueri.Kueri::sql)
                .filter(sql -> sql.startsWith("INSERT INTO jejak_audit"))
                .count();
        assertThat(insert).isEqualTo(2);
        long tersimpan = jdbc.sql(
                        "SELECT COUNT(*) FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'uji_rantai_besar'")
                .param(tenant.value())
                .query(Long.class)
                .single();
        assertThat(tersimpan).isEqualTo(banyak);
        HasilVerifikasi hasil = SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant, verifikasi::verifikasi);
        assertThat(hasil.utuh()).as(hasil.toString()).isTrue();
    }

    private long jumlah(TenantId tenant) {
        return jdbc.sql("SELECT COUNT(*) FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'uji_rantai_ringan'")
                .param(tenant.value())
                .query(Long.class)
                .single();
    }
}
