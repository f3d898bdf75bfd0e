package id.pkd.portal.dokumen;

import id.pkd.portal.pekerjaan.Pekerjaan;
import id.pkd.portal.pekerjaan.PekerjaanService;
import id.pkd.portal.penerbitan.TanggalDokumen;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.WaktuDaerah;
import id.pkd.reports.document.FormatDokumen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A draft as a job over the API, the same job the Susun Dokumen screen queues: it survives the node that took it
 * (another node renders it again when that node dies), and the caller follows it at /api/v1/pekerjaan/{id}.
 */
@RestController
@RequestMapping("/api/v1/dokumen")
@Tag(name = "Dokumen", description = "Draf LKIP, bab evaluasi RKPD dan Perjanjian Kinerja")
class DrafLatarApi {

    private final List<DokumenResmi> dokumen;
    private final PekerjaanService pekerjaan;
    private final WaktuDaerah waktu;

    DrafLatarApi(List<DokumenResmi> dokumen, PekerjaanService pekerjaan, WaktuDaerah waktu) {
        this.dokumen = List.copyOf(dokumen);
        this.pekerjaan = pekerjaan;
        this.waktu = waktu;
    }

    @Operation(
            summary = "Antrekan draf sebagai pekerjaan latar (202, ikuti di /api/v1/pekerjaan/{id})",
            description = "Parameter seperti GET …/draf. Pekerjaan dijalankan simpul mana pun; bila simpulnya"
                    + " berhenti, simpul lain menyusunnya kembali. Hasilnya di /api/v1/pekerjaan/{id}/berkas selama"
                    + " pkd.pekerjaan.simpan-hasil. 503 dengan Retry-After bila antrean penuh.")
    @PostMapping(path = "/{jenis}/{tahun}/draf", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Pekerjaan> antrekan(
            @PathVariable String jenis,
            @PathVariable int tahun,
            @RequestParam String subjek,
            @RequestParam(required = false) String tanggal,
            @RequestParam(required = false) String format) {
        DokumenResmi d = dokumen.stream()
                .filter(x -> x.jenis().equalsIgnoreCase(jenis))
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Jenis dokumen"));
        FormatDokumen f = format(format);
        // Checked before queuing: a wrong subject or date is the caller's 404/422 now, not a failed job later.
        if (d.subjek(tahun).stream().noneMatch(s -> s.kode().equals(subjek))) {
            throw new DataTidakDitemukanException("Subjek dokumen");
        }
        LocalDate tgl = TanggalDokumen.baca(tanggal, tahun, waktu.hariIni());
        long id = pekerjaan.kirim(PenyusunanDraf.JENIS, new PenyusunanDraf.Parameter(d.jenis(), subjek, tahun, f, tgl));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/pekerjaan/" + id))
                .body(pekerjaan.status(id));
    }

    private static FormatDokumen format(String format) {
        if (format == null || format.isBlank()) {
            return FormatDokumen.PDF;
        }
        return Arrays.stream(FormatDokumen.values())
                .filter(f -> f.ekstensi().equalsIgnoreCase(format.strip()))
                .findFirst()
                .orElseThrow(() -> IsianTidakSahException.pada(
                        "format", "Format \"" + format + "\" tidak dikenal; pilih salah satu: pdf, docx, xlsx."));
    }
}
