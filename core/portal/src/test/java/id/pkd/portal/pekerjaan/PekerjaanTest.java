package id.pkd.portal.pekerjaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.Serentak;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.DataTidakDitemukanException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The job queue's bounds, progress and privacy, on nodes run step by step: per tenant and per node the queue
 * refuses with a message once full, a tenant's running jobs stop at their bound while other tenants' go ahead, the
 * progress a job reports is in its row while it runs, and a job and its file are its submitter's alone.
 */
class PekerjaanTest extends SimpulUji {

    static final String A = "53.01";
    static final String B = "53.02";

    <T> T sebagaiDi(String kode, String username, Peran peran, Supplier<T> kerja) {
        return SebagaiSistem.jalankanSebagai(username, peran, new TenantId(tenantUji(kode)), kerja);
    }

    long kirim(PekerjaanService layanan, String kode, String teks, boolean tunggu) {
        return sebagaiDi(
                kode,
                "operator.uji",
                Peran.OPERATOR,
                () -> layanan.kirim(PenanganUji.JENIS, new PenanganUji.Parameter(teks, tunggu)));
    }

    @Test
    void antreanPenuhPerTenantDanPerNodeDitolakDenganPesan() {
        PelaksanaPekerjaan x = simpul("x", atur(2, 3, 2, 2));
        PelaksanaPekerjaan y = simpul("y", atur(2, 3, 2, 2));
        PekerjaanService lx = layanan(x);
        PekerjaanService ly = layanan(y);

        kirim(lx, A, "a1", false);
        kirim(lx, A, "a2", false);
        // The tenant's third, on either node: its queue holds two.
        assertThatThrownBy(() -> kirim(ly, A, "a3", false))
                .isInstanceOf(AntreanPenuhException.class)
                .hasMessageContaining("Antrean penyusunan daerah ini penuh");

        kirim(lx, B, "b1", false);
        // Node x holds three (its bound) whatever the tenant; node y takes the same tenant's next one.
        assertThatThrownBy(() -> kirim(lx, B, "b2", false))
                .isInstanceOf(AntreanPenuhException.class)
                .hasMessage(PekerjaanService.PESAN_PENUH_NODE);
        long b2 = kirim(ly, B, "b2", false);
        assertThat(status(b2)).isEqualTo(StatusPekerjaan.MENUNGGU);

        // A finished job frees its place.
        x.jalankan(x.klaimSatu().orElseThrow());
        kirim(lx, A, "a3", false);
    }

    @Test
    void pekerjaanBerjalanPerTenantDibatasiTenantLainTetapJalan() {
        PelaksanaPekerjaan x = simpul("x", atur(4, 10, 10, 1));
        PekerjaanService lx = layanan(x);
        long a1 = kirim(lx, A, "a1", false);
        long a2 = kirim(lx, A, "a2", false);
        long b1 = kirim(lx, B, "b1", false);

        RepositoriPekerjaan.Klaim pertama = x.klaimSatu().orElseThrow();
        assertThat(pertama.id()).isEqualTo(a1);
        // Tenant A runs one already: its second waits, and B's job is taken past it.
        assertThat(x.klaimSatu().orElseThrow().id()).isEqualTo(b1);
        assertThat(x.klaimSatu()).isEmpty();
        assertThat(status(a2)).isEqualTo(StatusPekerjaan.MENUNGGU);

        x.jalankan(pertama);
        assertThat(x.klaimSatu().orElseThrow().id()).isEqualTo(a2);
    }

    @Test
    void kemajuanTercatatSaatBerjalanDanHasilHanyaMilikPengajunya() throws Exception {
        PelaksanaPekerjaan x = simpul("x", atur(2, 10, 10, 2));
        PekerjaanService lx = layanan(x);
        PenanganUji.lepas = new CountDownLatch(1);
        long id = kirim(lx, A, "laporan", true);
        assertThat(sebagaiDi(A, "operator.uji", Peran.OPERATOR, () -> lx.status(id)))
                .satisfies(p -> {
                    assertThat(p.status()).isEqualTo(StatusPekerjaan.MENUNGGU);
                    assertThat(p.kemajuan()).isZero();
                });

        RepositoriPekerjaan.Klaim k = x.klaimSatu().orElseThrow();
        CompletableFuture<Void> jalan = CompletableFuture.runAsync(() -> x.jalankan(k));
        Pekerjaan berjalan = null;
        for (int i = 0; i < 600; i++) {
            berjalan = sebagaiDi(A, "operator.uji", Peran.OPERATOR, () -> lx.status(id));
            if (berjalan.kemajuan() == 40) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(berjalan.status()).isEqualTo(StatusPekerjaan.BERJALAN);
        assertThat(berjalan.kemajuan()).isEqualTo(40);
        assertThat(berjalan.langkah()).isEqualTo("Langkah uji laporan");
        PenanganUji.lepas.countDown();
        jalan.get(2, TimeUnit.MINUTES);

        Pekerjaan selesai = sebagaiDi(A, "operator.uji", Peran.OPERATOR, () -> lx.status(id));
        assertThat(selesai.status()).isEqualTo(StatusPekerjaan.SELESAI);
        assertThat(selesai.kemajuan()).isEqualTo(100);
        // Run as its submitter's tenant, rebuilt from the row on the worker thread.
        byte[] isi = sebagaiDi(A, "operator.uji", Peran.OPERATOR, () -> lx.berkas(id))
                .orElseThrow()
                .isi();
        assertThat(new String(isi, StandardCharsets.UTF_8)).isEqualTo("laporan@" + tenantUji(A));
        assertThat(sebagaiDi(A, "operator.uji", Peran.OPERATOR, () -> lx.milikSaya(PenanganUji.JENIS)))
                .extracting(Pekerjaan::id)
                .contains(id);

        // Another tenant, even with the same username, and a colleague in the same tenant see nothing.
        assertThatThrownBy(() -> sebagaiDi(B, "operator.uji", Peran.OPERATOR, () -> lx.status(id)))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThat(sebagaiDi(B, "operator.uji", Peran.OPERATOR, () -> lx.berkas(id)))
                .isEmpty();
        assertThat(sebagaiDi(B, "operator.uji", Peran.OPERATOR, () -> lx.milikSaya(PenanganUji.JENIS)))
                .extracting(Pekerjaan::id)
                .doesNotContain(id);
        assertThatThrownBy(() -> sebagaiDi(A, "verifikator.uji", Peran.VERIFIKATOR, () -> lx.status(id)))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThat(sebagaiDi(A, "verifikator.uji", Peran.VERIFIKATOR, () -> lx.berkas(id)))
                .isEmpty();
    }

    @Test
    void pekerjaSimpulBerjalanDenganNiceYangDiatur() throws Exception {
        PelaksanaPekerjaan x = simpul("x", atur(1, 10, 10, 2));
        PekerjaanService lx = layanan(x);
        PenanganUji.niceTerakhir = -1;
        var niceSendiri = PrioritasRendah.niceSaatIni();
        x.start();
        try {
            long id = kirim(lx, A, "nice", false);
            long batas = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (status(id) != StatusPekerjaan.SELESAI && System.nanoTime() < batas) {
                Thread.sleep(50);
            }
            assertThat(status(id)).isEqualTo(StatusPekerjaan.SELESAI);
            // the worker renders behind the request threads; the thread that submitted keeps its own priority
            assertThat(PenanganUji.niceTerakhir).isEqualTo(Math.max(NICE_UJI, niceSendiri.orElse(0)));
            assertThat(PrioritasRendah.niceSaatIni()).isEqualTo(niceSendiri);
        } finally {
            x.stop();
        }
    }

    @Test
    void kegagalanDisimpanDenganPesanUntukPengguna() {
        PelaksanaPekerjaan x = simpul("x", atur(2, 10, 10, 2));
        PekerjaanService lx = layanan(x);
        long id = kirim(lx, A, "gagal", false);
        x.jalankan(x.klaimSatu().orElseThrow());
        Pekerjaan p = sebagaiDi(A, "operator.uji", Peran.OPERATOR, () -> lx.status(id));
        assertThat(p.status()).isEqualTo(StatusPekerjaan.GAGAL);
        assertThat(p.galat()).isEqualTo("Isian uji tidak sah.");
    }

    @Test
    void penyusunanLangsungMemakaiPekerjaDanBagianTenantYangSama() {
        PelaksanaPekerjaan x = simpul("x", atur(1, 10, 10, 1));
        PekerjaanService lx = layanan(x);
        // Tenant A's one running place is taken by a queued job: A's synchronous draft is refused, B's runs.
        kirim(lx, A, "a1", false);
        RepositoriPekerjaan.Klaim k = x.klaimSatu().orElseThrow();
        assertThatThrownBy(() -> sebagaiDi(A, "token-api#1", Peran.PENGAMAT, () -> lx.jalankanLangsung(() -> 1)))
                .isInstanceOf(AntreanPenuhException.class)
                .hasMessage(PekerjaanService.PESAN_SIBUK);
        assertThat(sebagaiDi(B, "token-api#2", Peran.PENGAMAT, () -> lx.jalankanLangsung(() -> 2)))
                .isEqualTo(2);
        // The node's one worker busy: B is refused too (no wait configured).
        assertThat(x.slot.tryAcquire()).isTrue();
        try {
            assertThatThrownBy(() -> sebagaiDi(B, "token-api#2", Peran.PENGAMAT, () -> lx.jalankanLangsung(() -> 3)))
                    .isInstanceOf(AntreanPenuhException.class);
        } finally {
            x.slot.release();
        }
        x.jalankan(k);
    }

    /**
     * Submissions and claims lock the same quota row from many threads at once without a deadlock: each takes it
     * exclusively in its first statement (the shared lock of an {@code INSERT IGNORE} upgraded by {@code FOR
     * UPDATE} deadlocked two of them).
     */
    @Test
    void kuotaDikunciBersamaanTanpaDeadlock() throws Exception {
        long t = tenant("62.01").value();
        int utas = 6;
        int putaran = 40;
        int jumlah = Serentak.jalankan(
                utas,
                putaran,
                u -> transaksi.executeWithoutResult(s -> {
                    repo.kunciKuota(t);
                    repo.aktifTenant(t);
                }));
        assertThat(jumlah).isEqualTo(utas * putaran);
    }
}
