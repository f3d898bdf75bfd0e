package id.pkd.portal.pertukaran;

import id.pkd.portal.pertukaran.FormatRencana.Dokumen;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.ValidasiGagalException;
import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import java.util.List;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * Imports a tenant's plan for a year ({@link FormatRencana}) in three steps: read the file, check
 * all of it (every problem with its path, nothing written), then write the difference in one
 * transaction. Rows are matched by their business keys, so importing the same file twice changes
 * nothing and records nothing; every change is recorded field by field in the audit trail; a
 * change in a year under review or locked is refused with its path, and then nothing is written.
 */
@Service
public class ImporRencanaService {

    private final BacaRencana pembaca;
    private final PeriksaRencana pemeriksa;
    private final TulisRencana penulis;

    ImporRencanaService(BacaRencana pembaca, PeriksaRencana pemeriksa, TulisRencana penulis) {
        this.pembaca = pembaca;
        this.pemeriksa = pemeriksa;
        this.penulis = penulis;
    }

    /**
     * What an applied import did, and the warnings a user should see (nothing was refused).
     * {@code perubahan} counts the audit entries written: 0 when the file matched the database.
     */
    public record HasilImpor(
            int perangkatDaerah,
            int indikator,
            int subKegiatan,
            int realisasi,
            int perubahan,
            List<Kesalahan> peringatan) {}

    /**
     * Not one transaction on purpose: the checks read outside the writing transaction, so the
     * writer's first read is its lock on the agencies and its snapshot starts after that lock.
     */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_API_TULIS"})
    public HasilImpor impor(byte[] isi) {
        Dokumen dokumen = pembaca.baca(isi);
        long tenant = TenantContext.wajib().value();
        Temuan temuan = pemeriksa.periksa(tenant, dokumen);
        if (!temuan.kesalahan.isEmpty()) {
            throw new ValidasiGagalException(temuan.kesalahan);
        }
        TulisRencana.Jumlah j = penulis.tulis(tenant, dokumen);
        return new HasilImpor(
                j.perangkatDaerah(), j.indikator(), j.subKegiatan(), j.realisasi(), j.perubahan(), temuan.peringatan);
    }
}
