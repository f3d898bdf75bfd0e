package id.pkd.portal.penerbitan;

import id.pkd.portal.pekerjaan.HasilPekerjaan;
import id.pkd.portal.pekerjaan.PekerjaanBerjalan;
import id.pkd.portal.pekerjaan.PenanganPekerjaan;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Issuing as a job: render the final document and register it with its number. The registration carries the job's
 * id (unique), so a run after the node died finds the version the first run registered: one job, one number.
 */
@Component
class PekerjaanTerbitkan implements PenanganPekerjaan {

    static final String JENIS = "TERBITKAN";

    record Parameter(String jenis, String subjekKode, String subjekNama, int tahun, LocalDate tanggal) {}

    private final PenerbitanService penerbitan;

    PekerjaanTerbitkan(PenerbitanService penerbitan) {
        this.penerbitan = penerbitan;
    }

    @Override
    public String jenis() {
        return JENIS;
    }

    @Override
    public HasilPekerjaan jalankan(PekerjaanBerjalan p) {
        Parameter par = p.parameter(Parameter.class);
        p.lapor(10, "Menyusun dokumen dari data tersimpan…");
        DokumenTerbit d = penerbitan.siapkan(
                par.jenis(), new SubjekDokumen(par.subjekKode(), par.subjekNama()), par.tahun(), par.tanggal(), p.id());
        return HasilPekerjaan.rujukan(d.id());
    }

    @Override
    public String pesanGagal(Exception e) {
        return PekerjaanTandatangani.pesan(e, "Penerbitan gagal karena kesalahan pada server. Silakan coba lagi.");
    }
}
