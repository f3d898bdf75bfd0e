package id.pkd.portal.pekerjaan;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Test only: a job that reports a step, optionally waits until the test lets it go, and leaves a small text file
 * naming the tenant it ran in, so a test sees the submitter's tenant restored from the row.
 */
@Component
class PenanganUji implements PenanganPekerjaan {

    static final String JENIS = "UJI";

    record Parameter(String teks, boolean tunggu) {}

    /** Opened by the test; a waiting job goes on when it is counted down. */
    static volatile CountDownLatch lepas = new CountDownLatch(0);

    /** The nice value of the thread the last job ran on, as the kernel reports it (-1 unknown). */
    static volatile int niceTerakhir = -1;

    @Override
    public String jenis() {
        return JENIS;
    }

    @Override
    public HasilPekerjaan jalankan(PekerjaanBerjalan p) throws Exception {
        Parameter par = p.parameter(Parameter.class);
        p.lapor(40, "Langkah uji " + par.teks());
        niceTerakhir = PrioritasRendah.niceSaatIni().orElse(-1);
        if (par.tunggu() && !lepas.await(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("tidak dilepas");
        }
        if (par.teks().equals("gagal")) {
            throw new IllegalArgumentException("Isian uji tidak sah.");
        }
        String isi =
                par.teks() + "@" + id.pkd.portal.tenant.TenantContext.wajib().value();
        return HasilPekerjaan.berkas("uji.txt", "text/plain", isi.getBytes(StandardCharsets.UTF_8), 1);
    }

    @Override
    public String pesanGagal(Exception e) {
        return e instanceof IllegalArgumentException ? e.getMessage() : null;
    }
}
