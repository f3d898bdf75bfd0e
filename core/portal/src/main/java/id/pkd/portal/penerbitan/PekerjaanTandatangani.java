package id.pkd.portal.penerbitan;

import id.pkd.portal.pekerjaan.HasilPekerjaan;
import id.pkd.portal.pekerjaan.PekerjaanBerjalan;
import id.pkd.portal.pekerjaan.PenanganPekerjaan;
import id.pkd.portal.tandatangan.Kredensial;
import id.pkd.portal.tandatangan.TandaTanganGagalException;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Signing the next block as a job. A passphrase is never written to the job row: it stays in the memory of the
 * node it was typed on ({@link PekerjaanBerjalan#rahasia()}). A key of the region's CA needs none, so that job may
 * run anywhere. A run after a node died first checks whether the first run's signature was kept, and then only
 * reports it: one job, one signature.
 */
@Component
class PekerjaanTandatangani implements PenanganPekerjaan {

    static final String JENIS = "TANDATANGANI";

    static final String PESAN_TERPUTUS = "Penandatanganan terputus karena server portal berhenti sebelum selesai."
            + " Dokumen belum ditandatangani; silakan tandatangani lagi.";

    /**
     * @param sudahDitandatangani signatures the document had when the job was submitted
     * @param tanpaSandi the key opens without a passphrase (the region's CA): any node may sign
     */
    record Parameter(long dokumenId, int sudahDitandatangani, boolean tanpaSandi) {}

    private final PenerbitanService penerbitan;

    PekerjaanTandatangani(PenerbitanService penerbitan) {
        this.penerbitan = penerbitan;
    }

    @Override
    public String jenis() {
        return JENIS;
    }

    @Override
    public HasilPekerjaan jalankan(PekerjaanBerjalan p) {
        Parameter par = p.parameter(Parameter.class);
        if (p.percobaan() > 1 && sudahDitandatangani(par)) {
            return HasilPekerjaan.rujukan(par.dokumenId());
        }
        Kredensial k = p.rahasia()
                .map(Kredensial.class::cast)
                .orElseGet(() -> par.tanpaSandi() ? new Kredensial(null, new char[0]) : null);
        if (k == null) {
            throw new TandaTanganGagalException(PESAN_TERPUTUS);
        }
        p.lapor(20, "Menandatangani dokumen…");
        try {
            return HasilPekerjaan.rujukan(
                    penerbitan.tandatangani(par.dokumenId(), k).id());
        } catch (PenerbitanDitolakException e) {
            // an earlier run of this job, on a node that lost its lease while signing, may be the one kept
            if (p.percobaan() > 1 && sudahDitandatangani(par)) {
                return HasilPekerjaan.rujukan(par.dokumenId());
            }
            throw e;
        }
    }

    private boolean sudahDitandatangani(Parameter par) {
        return penerbitan.dokumen(par.dokumenId()).penandatangan().size() > par.sudahDitandatangani();
    }

    @Override
    public String pesanGagal(Exception e) {
        return pesan(e, "Penandatanganan gagal karena kesalahan pada server. Silakan coba lagi.");
    }

    /** The exceptions of issuing and signing that carry a message for the user; anything else is a server fault. */
    static String pesan(Exception e, String umum) {
        if (e instanceof TandaTanganGagalException
                || e instanceof PenerbitanDitolakException
                || e instanceof IsianTidakSahException
                || e instanceof DataTidakDitemukanException) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "Hanya Pimpinan yang dapat menerbitkan dan menandatangani dokumen.";
        }
        return umum;
    }
}
