package id.pkd.reports.signing;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.reports.Contoh;
import id.pkd.reports.document.IkhtisarIndikatorReport;
import id.pkd.reports.signing.VerificationResult.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Order(3)
class ConcurrentRenderAndSignTest {

    private static final int THREADS = 8;

    @TempDir
    Path dir;

    @Test
    void eightThreadsRenderSignAndVerifyWithSharedInstances() throws Exception {
        char[] password = "rahasia".toCharArray();
        Path p12 = DevKeystore.ensure(dir.resolve("penandatangan.p12"), password, "Portal Kinerja Daerah");
        IkhtisarIndikatorReport report = Contoh.report();
        PadesSigner signer = PadesSigner.fromPkcs12(p12, password);
        PdfSignatureVerifier verifier = new PdfSignatureVerifier(List.of(signer.certificate()));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<VerificationResult>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        try {
            for (int i = 0; i < THREADS; i++) {
                String daerah = "Pemerintah Kabupaten Uji " + (i + 1);
                String nama = "Penanda Tangan " + (i + 1);
                futures.add(pool.submit(() -> {
                    start.await();
                    byte[] pdf = report.renderPdf(Contoh.data(daerah, 40 + daerah.length(), null));
                    byte[] signed = signer.sign(pdf, "Uji serentak", "Paringin", nama);
                    return verifier.verify(signed);
                }));
            }
            start.countDown();
            for (int i = 0; i < THREADS; i++) {
                VerificationResult result = futures.get(i).get(5, TimeUnit.MINUTES);
                assertThat(result.status()).as(result.pesan()).isEqualTo(Status.SAH);
                assertThat(result.namaPenandatangan()).isEqualTo("Penanda Tangan " + (i + 1));
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(
                "[waktu] %d thread serentak (isi+ekspor+tanda tangan+verifikasi): %d ms total%n",
                THREADS, Contoh.ms(t0));
    }
}
