package id.pkd.portal.pengukuran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PenghitungKueri;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.capaian.AturanCapaian;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.IsianRealisasi;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.PerubahanRealisasi;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.perjanjiankinerja.DaerahUjiPk;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A saved row measured again (issue 16): the capaian rules and the frozen state are kept under the tenant's
 * measurement version (migration V44) beside the plan, so the row reads only the versions (one statement) and the
 * agency's realisasi; a change of the rules or of the frozen state by any path, SQL by hand included, is read next.
 * And a realisasi save's reads: the indicator and its year in one statement (a year outside the period still told at
 * its field), the guard's two shared locks in another, so two saves of one agency-year pass it side by side while an
 * approval step still waits for them. Own region (18.18), own agency and year.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PengukuranBerversiTest extends PortalIntegrationTest {

    private static final String DAERAH = "18.18";
    private static final int TAHUN = DaerahUjiPk.AWAL;

    @Autowired
    PengukuranKinerjaService pengukuran;

    @Autowired
    PembekuanPengukuran pembekuan;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    PenjagaPerubahan penjaga;

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transaksi;

    private TenantId tenant;
    private long pd;
    private long iku;

    @BeforeAll
    void daerahUji() {
        tenant = DaerahUjiPk.pastikan(daerah, impor, jdbc, DAERAH, "admin.uji1818", "UKUR.1", "UKUR.2");
        pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = 'UKUR.1'")
                .param(tenant.value())
                .query(Long.class)
                .single();
        iku = jdbc.sql("SELECT id FROM indikator WHERE tenant_id = ? AND perangkat_daerah_id = ? AND kode = 'IKU-1'")
                .param(tenant.value())
                .param(pd)
                .query(Long.class)
                .single();
        sebagai(Peran.OPERATOR, () -> realisasi.simpan(isianIku(new BigDecimal("40"))));
    }

    private <T> T sebagai(Peran peran, Supplier<T> kerja) {
        return SebagaiSistem.jalankan(peran, tenant, kerja);
    }

    private IsianRealisasi isianIku(BigDecimal nilai) {
        return isian(iku, TAHUN, RealisasiIndikator.TAHUNAN, nilai);
    }

    /** A realisasi entered as a plain value, without narratives. */
    private static IsianRealisasi isian(long indikator, int tahun, int triwulan, BigDecimal nilai) {
        return new IsianRealisasi(indikator, tahun, triwulan, nilai, null, null, null, null, null, null);
    }

    private BigDecimal realisasiTerukur() {
        return sebagai(Peran.PENGAMAT, () -> pengukuran.ukurIndikator(pd, TAHUN, iku))
                .orElseThrow()
                .realisasi()
                .orElseThrow();
    }

    private void ubahRealisasiLewatSql(String nilai) {
        jdbc.sql("UPDATE realisasi_indikator SET nilai = ? WHERE tenant_id = ? AND indikator_id = ? AND tahun = ?")
                .param(new BigDecimal(nilai))
                .param(tenant.value())
                .param(iku)
                .param(TAHUN)
                .update();
    }

    @Test
    void barisDiukurLagiHanyaMembacaVersiDanRealisasi() {
        realisasiTerukur();
        List<PenghitungKueri.Kueri> kueri = sebagai(Peran.PENGAMAT, () -> {
            try (PenghitungKueri.Rekaman r = PenghitungKueri.mulai()) {
                pengukuran.ukurIndikator(pd, TAHUN, iku).orElseThrow();
                return r.utasIni();
            }
        });
        assertThat(kueri).as(PenghitungKueri.Rekaman.ringkasan(kueri)).hasSize(2);
        assertThat(kueri.get(0).sql())
                .contains("versi_data")
                .contains("pengukuran")
                .contains("rencana");
        assertThat(kueri.get(1).sql()).contains("realisasi_indikator");
    }

    @Test
    void aturanYangDiubahLewatSqlTerbacaBerikutnya() {
        assertThat(sebagai(Peran.PENGAMAT, pengukuran::aturan)).isEqualTo(AturanCapaian.BAKU);
        jdbc.sql(
                        """
                        INSERT INTO pengaturan_capaian (tenant_id, batas_sangat_tinggi, batas_tinggi, batas_sedang,
                          batas_rendah, pembulatan, diubah_oleh, diubah_pada)
                        VALUES (?, 95, 80, 60, 40, 'POTONG', 'sql', NOW(3))""")
                .param(tenant.value())
                .update();
        try {
            AturanCapaian baru = sebagai(Peran.PENGAMAT, pengukuran::aturan);
            assertThat(baru.ambang().batasSangatTinggi()).isEqualByComparingTo("95");
            assertThat(baru.pembulatan().name()).isEqualTo("POTONG");
        } finally {
            jdbc.sql("DELETE FROM pengaturan_capaian WHERE tenant_id = ?")
                    .param(tenant.value())
                    .update();
        }
        assertThat(sebagai(Peran.PENGAMAT, pengukuran::aturan)).isEqualTo(AturanCapaian.BAKU);
    }

    @Test
    void bekuDanLepasTerbacaBerikutnya() {
        assertThat(realisasiTerukur()).isEqualByComparingTo("40");
        TransactionTemplate tulis = new TransactionTemplate(transaksi);
        sebagai(Peran.ADMIN_DAERAH, () -> tulis.execute(s -> pembekuan.bekukan(pd, TAHUN, "uji versi")));
        try {
            // Frozen: the live figure moved by hand does not move the row.
            ubahRealisasiLewatSql("45");
            assertThat(realisasiTerukur()).isEqualByComparingTo("40");
        } finally {
            sebagai(Peran.ADMIN_DAERAH, () -> {
                tulis.executeWithoutResult(s -> pembekuan.lepaskan(pd, TAHUN, "uji versi selesai", false));
                return null;
            });
        }
        assertThat(realisasiTerukur()).isEqualByComparingTo("45");
        ubahRealisasiLewatSql("40");
    }

    /**
     * The save reads the indicator and checks its year in one statement; a year outside the indicator's RPJMD period
     * is still told at its field, with the other fields' messages, and nothing is written.
     */
    @Test
    void tahunDiLuarPeriodeDitolakDiIsiannya() {
        IsianRealisasi luar = isian(iku, DaerahUjiPk.AKHIR + 2, RealisasiIndikator.TAHUNAN, new BigDecimal("50"));
        IsianRealisasi salahDua = isian(iku, DaerahUjiPk.AKHIR + 2, 7, new BigDecimal("50"));
        assertThatThrownBy(() -> sebagai(Peran.OPERATOR, () -> realisasi.simpan(luar)))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnly(Map.entry("tahun", "Tahun 2031 di luar periode RPJMD indikator ini.")));
        assertThatThrownBy(() -> sebagai(Peran.OPERATOR, () -> realisasi.simpan(salahDua)))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsKeys("tahun", "triwulan"));
        IsianRealisasi tanpaIndikator = isian(Long.MAX_VALUE, TAHUN, RealisasiIndikator.TAHUNAN, BigDecimal.ONE);
        assertThatThrownBy(() -> sebagai(Peran.OPERATOR, () -> realisasi.simpan(tanpaIndikator)))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThat(realisasiSetelahPeriode()).isZero();
    }

    private long realisasiSetelahPeriode() {
        return jdbc.sql("SELECT COUNT(*) FROM realisasi_indikator WHERE tenant_id = ? AND tahun > ?")
                .param(tenant.value())
                .param(DaerahUjiPk.AKHIR)
                .query(Long.class)
                .single();
    }

    /**
     * The API's partial change (PUT) reads the indicator with its year in the same one statement as a save, and a year
     * outside the period is still told at {@code tahun}, with nothing written.
     */
    @Test
    void perubahanSebagianMembacaIndikatorDanTahunnyaSekali() {
        realisasiTerukur();
        PerubahanRealisasi nilaiSaja = new PerubahanRealisasi(
                PerubahanRealisasi.Ubah.jadi(new BigDecimal("61")),
                PerubahanRealisasi.Ubah.tetap(),
                PerubahanRealisasi.Ubah.tetap(),
                PerubahanRealisasi.Ubah.tetap(),
                PerubahanRealisasi.Ubah.tetap(),
                PerubahanRealisasi.Ubah.tetap(),
                PerubahanRealisasi.Ubah.tetap());
        List<PenghitungKueri.Kueri> kueri = sebagai(Peran.OPERATOR, () -> {
            try (PenghitungKueri.Rekaman r = PenghitungKueri.mulai()) {
                realisasi.ubah(iku, TAHUN, RealisasiIndikator.TAHUNAN, nilaiSaja);
                return r.utasIni();
            }
        });
        assertThat(kueri.stream().filter(k -> k.sql().contains("FROM indikator")))
                .as(PenghitungKueri.Rekaman.ringkasan(kueri))
                .singleElement()
                .satisfies(k -> assertThat(k.sql()).contains("periode_rpjmd"));
        assertThat(kueri).as(PenghitungKueri.Rekaman.ringkasan(kueri)).noneMatch(k -> k.sql()
                .contains("FROM periode_rpjmd WHERE"));

        assertThatThrownBy(() -> sebagai(
                        Peran.OPERATOR,
                        () -> realisasi.ubah(iku, DaerahUjiPk.AKHIR + 2, RealisasiIndikator.TAHUNAN, nilaiSaja)))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnly(Map.entry("tahun", "Tahun 2031 di luar periode RPJMD indikator ini.")));
        assertThat(realisasiSetelahPeriode()).isZero();
    }

    /**
     * Two saves of one agency-year hold the guard at once (the first waits inside its transaction while the second
     * passes it and commits), and an approval step, which takes the agency exclusively, waits until the first ends.
     */
    @Test
    void penyimpanSatuTahunBerdampinganLangkahPersetujuanMenunggu() throws Exception {
        CountDownLatch memegang = new CountDownLatch(1);
        CountDownLatch lepas = new CountDownLatch(1);
        TransactionTemplate tulis = new TransactionTemplate(transaksi);
        ExecutorService utas = Executors.newFixedThreadPool(3);
        try {
            Future<?> pertama = utas.submit(() -> sebagai(Peran.OPERATOR, () -> {
                tulis.executeWithoutResult(s -> {
                    penjaga.pastikanRealisasiBolehDiubah(pd, TAHUN, iku);
                    memegang.countDown();
                    tunggu(lepas);
                });
                return null;
            }));
            assertThat(memegang.await(30, TimeUnit.SECONDS)).isTrue();
            Future<RealisasiIndikator> kedua =
                    utas.submit(() -> sebagai(Peran.OPERATOR, () -> realisasi.simpan(isianIku(new BigDecimal("41")))));
            assertThat(kedua.get(20, TimeUnit.SECONDS).nilai())
                    .as("a second save of the same agency-year passes the guard while the first holds it")
                    .isEqualByComparingTo("41");
            Future<?> langkah = utas.submit(() -> sebagai(Peran.ADMIN_DAERAH, () -> {
                tulis.executeWithoutResult(s -> penjaga.pastikanBolehDiubah(pd, TAHUN));
                return null;
            }));
            Thread.sleep(500);
            assertThat(langkah.isDone())
                    .as("the exclusive lock of an approval step waits for the save in progress")
                    .isFalse();
            lepas.countDown();
            pertama.get(20, TimeUnit.SECONDS);
            langkah.get(20, TimeUnit.SECONDS);
        } finally {
            lepas.countDown();
            utas.shutdownNow();
            sebagai(Peran.OPERATOR, () -> realisasi.simpan(isianIku(new BigDecimal("40"))));
        }
    }

    private static void tunggu(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("tidak dilepas");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
