package id.pkd.portal.jejak;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.IsianRealisasi;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.tenant.TenantId;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: the cost of the guard and the chained audit on a realisasi save. Median of 100 saves
 * of one Balangan realisasi through {@link RealisasiService#simpan} (validation, lock guard, update,
 * chained audit entry) against 100 saves of the same row by a plain JDBC update plus an insert into
 * an unchained copy of the old audit table, and against the same update plus one chained entry
 * ({@link JejakAuditService#catat}), each in its own transaction. Run with {@code mvn -B -o
 * -pl core/portal -am verify -Pbenchmark -Dpkd.benchmark=RealisasiBenchmark}; it only prints.
 */
class RealisasiBenchmark extends PortalIntegrationTest {

    static final int PEMANASAN = 10;
    static final int PUTARAN = 100;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    TransactionTemplate transaksi;

    @Autowired
    JejakAuditService jejak;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ukur() {
        TenantId balangan = tenant("63.11");
        // An annual realisasi of an open (draft) year: the first one the guard lets through.
        List<Map<String, Object>> calon = jdbc.sql(
                        "SELECT id, indikator_id, tahun FROM realisasi_indikator WHERE tenant_id = ? AND triwulan = 0"
                                + " AND nilai IS NOT NULL ORDER BY tahun DESC, id")
                .param(balangan.value())
                .query()
                .listOfRows();
        Map<String, Object> baris = null;
        for (Map<String, Object> c : calon) {
            try {
                simpan(balangan, c, new BigDecimal("50.1"));
                baris = c;
                break;
            } catch (RuntimeException terkunci) {
                // locked or out of period: try the next one
            }
        }
        if (baris == null) {
            throw new IllegalStateException("Tidak ada realisasi terbuka untuk diukur.");
        }
        Map<String, Object> r = baris;
        long id = ((Number) r.get("id")).longValue();
        jdbc.sql("CREATE TABLE IF NOT EXISTS jejak_audit_polos (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                        + " tenant_id BIGINT NOT NULL, jenis_data VARCHAR(40) NOT NULL, data_id BIGINT NOT NULL,"
                        + " isian VARCHAR(60) NOT NULL, nilai_lama TEXT NULL, nilai_baru TEXT NULL,"
                        + " oleh VARCHAR(60) NOT NULL, pada TIMESTAMP(3) NOT NULL,"
                        + " INDEX ix_polos (tenant_id, jenis_data, data_id)) ENGINE = InnoDB")
                .update();
        try {
            long[] penuh = new long[PUTARAN];
            long[] polos = new long[PUTARAN];
            long[] berantai = new long[PUTARAN];
            for (int i = -PEMANASAN; i < PUTARAN; i++) {
                BigDecimal nilai = new BigDecimal(i % 2 == 0 ? "50.2" : "50.1");
                long t0 = System.nanoTime();
                simpan(balangan, r, nilai);
                long t1 = System.nanoTime();
                transaksi.executeWithoutResult(s -> {
                    jdbc.sql("UPDATE realisasi_indikator SET nilai = ?, diubah_oleh = 'benchmark', diubah_pada = ?"
                                    + " WHERE tenant_id = ? AND id = ?")
                            .params(nilai, Timestamp.from(Instant.now()), balangan.value(), id)
                            .update();
                    jdbc.sql(
                                    "INSERT INTO jejak_audit_polos (tenant_id, jenis_data, data_id, isian, nilai_lama,"
                                            + " nilai_baru, oleh, pada) VALUES (?, 'realisasi', ?, 'nilai', ?, ?, 'benchmark', ?)")
                            .params(balangan.value(), id, "50.1", nilai.toPlainString(), Timestamp.from(Instant.now()))
                            .update();
                });
                long t2 = System.nanoTime();
                SebagaiSistem.jalankan(
                        Peran.OPERATOR,
                        balangan,
                        () -> transaksi.execute(s -> {
                            jdbc.sql(
                                            "UPDATE realisasi_indikator SET nilai = ?, diubah_oleh = 'benchmark', diubah_pada = ?"
                                                    + " WHERE tenant_id = ? AND id = ?")
                                    .params(nilai, Timestamp.from(Instant.now()), balangan.value(), id)
                                    .update();
                            jejak.catat("realisasi", id, "nilai", "50.1", nilai.toPlainString() + "x");
                            return null;
                        }));
                long t3 = System.nanoTime();
                if (i >= 0) {
                    penuh[i] = t1 - t0;
                    polos[i] = t2 - t1;
                    berantai[i] = t3 - t2;
                }
            }
            double mPenuh = median(penuh);
            double mPolos = median(polos);
            double mBerantai = median(berantai);
            System.out.printf(
                    "%n=== Simpan realisasi (median %d kali, ms) ===%n"
                            + "RealisasiService.simpan (validasi + penjaga + jejak berantai): %.2f%n"
                            + "UPDATE JDBC + INSERT jejak tanpa rantai:                       %.2f%n"
                            + "UPDATE JDBC + JejakAuditService.catat (berantai):              %.2f%n"
                            + "Biaya rantai: %.2f ms; biaya jalur layanan lengkap: %.2f ms%n",
                    PUTARAN, mPenuh, mPolos, mBerantai, mBerantai - mPolos, mPenuh - mPolos);
        } finally {
            jdbc.sql("DROP TABLE jejak_audit_polos").update();
        }
    }

    private RealisasiIndikator simpan(TenantId tenant, Map<String, Object> r, BigDecimal nilai) {
        return SebagaiSistem.jalankan(
                Peran.OPERATOR,
                tenant,
                () -> realisasi.simpan(new IsianRealisasi(
                        ((Number) r.get("indikator_id")).longValue(),
                        ((Number) r.get("tahun")).intValue(),
                        0,
                        nilai,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)));
    }

    private static double median(long[] nanos) {
        long[] urut = nanos.clone();
        Arrays.sort(urut);
        return (urut[urut.length / 2 - 1] + urut[urut.length / 2]) / 2.0 / 1_000_000.0;
    }
}
