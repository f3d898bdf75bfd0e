package id.pkd.portal.persetujuan;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.IsianRealisasi;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.RealisasiService;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: the cost of the write guard on a realisasi save, as the closing note asks
 * (median of 100 saves, and median of 100 guard calls in a transaction of their own, which is what
 * a save without the guard saves). Run with {@code -Dtest=PenjagaBenchmark}; it only prints. Uses
 * Balangan 2025 and removes its rows.
 */
class PenjagaBenchmark extends PortalIntegrationTest {

    static final int PUTARAN = 100;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    PenjagaPerubahan penjaga;

    @Autowired
    TransactionTemplate transaksi;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ukur() {
        long tenant = tenant("63.11").value();
        long pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? ORDER BY id LIMIT 1")
                .param(tenant)
                .query(Long.class)
                .single();
        long indikator = jdbc.sql("SELECT id FROM indikator WHERE tenant_id = ? AND perangkat_daerah_id = ?"
                        + " AND sasaran_id IS NOT NULL AND sumber_realisasi IS NULL ORDER BY id LIMIT 1")
                .params(tenant, pd)
                .query(Long.class)
                .single();
        long[] simpan = new long[PUTARAN];
        long[] jaga = new long[PUTARAN];
        long[] kosong = new long[PUTARAN];
        try {
            for (int i = -10; i < PUTARAN; i++) {
                BigDecimal nilai = BigDecimal.valueOf(1000 + i, 1);
                long mulai = System.nanoTime();
                sebagai(
                        Peran.OPERATOR,
                        "63.11",
                        () -> realisasi.simpan(
                                new IsianRealisasi(indikator, 2025, 0, nilai, null, null, null, null, null, null)));
                long s = System.nanoTime() - mulai;
                mulai = System.nanoTime();
                sebagai(
                        Peran.OPERATOR,
                        "63.11",
                        () -> transaksi.execute(t -> {
                            penjaga.pastikanBolehDiubah(pd, 2025, indikator);
                            return null;
                        }));
                long j = System.nanoTime() - mulai;
                mulai = System.nanoTime();
                sebagai(
                        Peran.OPERATOR,
                        "63.11",
                        () -> transaksi.execute(
                                t -> jdbc.sql("SELECT 1").query(Integer.class).single()));
                long k = System.nanoTime() - mulai;
                if (i >= 0) {
                    simpan[i] = s;
                    jaga[i] = j;
                    kosong[i] = k;
                }
            }
        } finally {
            jdbc.sql("DELETE FROM realisasi_indikator WHERE tenant_id = ? AND tahun = 2025")
                    .param(tenant)
                    .update();
        }
        Arrays.sort(simpan);
        Arrays.sort(jaga);
        Arrays.sort(kosong);
        System.out.printf(
                "PENJAGA: median simpan realisasi %.2f ms; penjaga dalam transaksi %.2f ms;"
                        + " transaksi SELECT 1 saja %.2f ms%n",
                simpan[PUTARAN / 2] / 1e6, jaga[PUTARAN / 2] / 1e6, kosong[PUTARAN / 2] / 1e6);
    }
}
