package id.pkd.portal.persetujuan;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pengukuran.PembekuanPengukuran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Twenty approval steps racing on one agency-year (Balangan's Dinas Sosial, 2026, a year no other
 * test uses): submit, verify, reject and set, each with its role. The end state must be one a serial
 * order reaches: the audit trail, replayed in order from Draf, takes only allowed steps and ends in
 * the stored status; it has exactly one row per successful step; every loser got the Bahasa
 * Indonesia refusal and nothing else; each submission froze one version of the figures.
 */
class TransisiSerentakTest extends PortalIntegrationTest {

    static final String BALANGAN = "63.11";
    static final int TAHUN = 2026;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    PembekuanPengukuran pembekuan;

    @Autowired
    JdbcClient jdbc;

    static final Map<StatusPersetujuan, Set<StatusPersetujuan>> BOLEH = Map.of(
            StatusPersetujuan.DIAJUKAN, EnumSet.of(StatusPersetujuan.DRAFT, StatusPersetujuan.DITOLAK),
            StatusPersetujuan.DIVERIFIKASI, EnumSet.of(StatusPersetujuan.DIAJUKAN),
            StatusPersetujuan.DITOLAK, EnumSet.of(StatusPersetujuan.DIAJUKAN, StatusPersetujuan.DIVERIFIKASI),
            StatusPersetujuan.DITETAPKAN, EnumSet.of(StatusPersetujuan.DIVERIFIKASI));

    long pd() {
        return jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? ORDER BY id LIMIT 1")
                .param(tenant(BALANGAN).value())
                .query(Long.class)
                .single();
    }

    @Test
    void duaPuluhLangkahSerentakBerakhirDiKeadaanYangDicapaiUrutanSerial() throws Exception {
        long tenant = tenant(BALANGAN).value();
        long pd = pd();
        long jejakAwal = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM jejak_audit")
                .query(Long.class)
                .single();
        List<Supplier<Persetujuan>> langkah = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            langkah.add(() -> sebagai(Peran.OPERATOR, BALANGAN, () -> persetujuan.ajukan(pd, TAHUN)));
            langkah.add(() -> sebagai(Peran.VERIFIKATOR, BALANGAN, () -> persetujuan.verifikasi(pd, TAHUN)));
            langkah.add(() -> sebagai(Peran.VERIFIKATOR, BALANGAN, () -> persetujuan.tolak(pd, TAHUN, "kurang")));
            langkah.add(() -> sebagai(Peran.PIMPINAN, BALANGAN, () -> persetujuan.tetapkan(pd, TAHUN)));
        }
        Collections.shuffle(langkah, new java.util.Random(10));
        ExecutorService pelaksana = Executors.newFixedThreadPool(langkah.size());
        CountDownLatch mulai = new CountDownLatch(1);
        List<Future<Persetujuan>> hasil = new ArrayList<>();
        for (Supplier<Persetujuan> l : langkah) {
            hasil.add(pelaksana.submit(() -> {
                mulai.await();
                return l.get();
            }));
        }
        mulai.countDown();
        int berhasil = 0;
        List<Throwable> kalah = new ArrayList<>();
        for (Future<Persetujuan> f : hasil) {
            try {
                f.get(120, TimeUnit.SECONDS);
                berhasil++;
            } catch (java.util.concurrent.ExecutionException e) {
                kalah.add(e.getCause());
            }
        }
        pelaksana.shutdown();

        assertThat(kalah).allSatisfy(e -> assertThat(e)
                .isInstanceOf(DataTerkunciException.class)
                .hasMessageContaining("Realisasi tahun " + TAHUN));
        assertThat(berhasil).as("at least the first submission wins").isPositive();

        List<String[]> jejak = jdbc.sql("SELECT nilai_lama, nilai_baru FROM jejak_audit WHERE tenant_id = ?"
                        + " AND jenis_data = 'persetujuan' AND data_id = ? AND isian = ? AND id > ? ORDER BY id")
                .params(tenant, pd, "status " + TAHUN, jejakAwal)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        assertThat(jejak).as("one audit row per successful step").hasSize(berhasil);
        StatusPersetujuan kini = StatusPersetujuan.DRAFT;
        int diajukan = 0;
        for (String[] j : jejak) {
            StatusPersetujuan dari = label(j[0]);
            StatusPersetujuan ke = label(j[1]);
            assertThat(dari).as("no step skipped or taken twice").isEqualTo(kini);
            assertThat(BOLEH.get(ke)).as(dari + " → " + ke).contains(dari);
            if (ke == StatusPersetujuan.DIAJUKAN) {
                diajukan++;
            }
            kini = ke;
        }
        StatusPersetujuan akhir = kini;
        assertThat(sebagai(Peran.PENGAMAT, BALANGAN, () -> persetujuan.status(pd, TAHUN))
                        .status())
                .isEqualTo(akhir);
        var versi = sebagai(Peran.PENGAMAT, BALANGAN, () -> pembekuan.riwayat(pd, TAHUN));
        assertThat(versi).as("one frozen version per submission").hasSize(diajukan);
        assertThat(versi.stream().filter(PembekuanPengukuran.Versi::aktif).count())
                .isEqualTo(akhir.bolehDiubah() ? 0 : 1);
    }

    static StatusPersetujuan label(String label) {
        for (StatusPersetujuan s : StatusPersetujuan.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException(label);
    }

    /** Starts from a Draf year with no frozen version, whatever another test of this year left. */
    @BeforeEach
    @AfterEach
    void bersihkan() {
        long tenant = tenant(BALANGAN).value();
        jdbc.sql("DELETE FROM persetujuan WHERE tenant_id = ? AND tahun = ?")
                .params(tenant, TAHUN)
                .update();
        jdbc.sql("DELETE FROM pengukuran_beku WHERE tenant_id = ? AND tahun = ?")
                .params(tenant, TAHUN)
                .update();
    }
}
