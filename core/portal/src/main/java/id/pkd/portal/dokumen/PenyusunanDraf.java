package id.pkd.portal.dokumen;

import id.pkd.portal.pekerjaan.HasilPekerjaan;
import id.pkd.portal.pekerjaan.PekerjaanBerjalan;
import id.pkd.portal.pekerjaan.PenanganPekerjaan;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.reports.document.FormatDokumen;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The draft of a formal document as a job: read-only, so running it twice (its node died) only renders it twice.
 */
@Component
class PenyusunanDraf implements PenanganPekerjaan {

    static final String JENIS = "SUSUN_DRAF";

    /** @param dokumen the document type ({@link DokumenResmi#jenis()}) */
    record Parameter(String dokumen, String subjek, int tahun, FormatDokumen format, LocalDate tanggal) {}

    private final List<DokumenResmi> dokumen;

    PenyusunanDraf(List<DokumenResmi> dokumen) {
        this.dokumen = List.copyOf(dokumen);
    }

    @Override
    public String jenis() {
        return JENIS;
    }

    @Override
    public HasilPekerjaan jalankan(PekerjaanBerjalan p) {
        Parameter par = p.parameter(Parameter.class);
        DokumenResmi d = dokumen.stream()
                .filter(x -> x.jenis().equals(par.dokumen()))
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Jenis dokumen"));
        DokumenResmi.Berkas b = d.draf(par.subjek(), par.tahun(), par.format(), par.tanggal(), p::lapor);
        p.lapor(95, "Menyimpan hasil…");
        return HasilPekerjaan.berkas(b.namaBerkas(), b.mime(), b.isi(), b.jumlahHalaman());
    }

    @Override
    public String pesanGagal(Exception e) {
        if (e instanceof IsianTidakSahException || e instanceof DataTidakDitemukanException) {
            return e.getMessage();
        }
        return "Dokumen gagal disusun. Silakan coba lagi atau hubungi admin daerah.";
    }
}
