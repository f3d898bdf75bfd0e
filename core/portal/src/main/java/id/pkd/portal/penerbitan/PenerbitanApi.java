package id.pkd.portal.penerbitan;

import id.pkd.portal.tandatangan.TandaTanganGagalException;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.WaktuDaerah;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issuing a document over the API: the same registration as the Pimpinan's *Terbitkan* on the screen (rendered from
 * approved data, numbered, waiting for its signatures), for a token acting as Pimpinan. Signing stays on the screen,
 * where the official holds the key.
 */
@RestController
@RequestMapping("/api/v1/dokumen")
@Tag(name = "Dokumen terbit", description = "Dokumen resmi yang telah diterbitkan dan ditandatangani")
class PenerbitanApi {

    private final PenerbitanService penerbitan;
    private final WaktuDaerah waktu;

    PenerbitanApi(PenerbitanService penerbitan, WaktuDaerah waktu) {
        this.penerbitan = penerbitan;
        this.waktu = waktu;
    }

    record DokumenDiterbitkan(String nomor, int versi, String status, String sha256) {}

    @Operation(
            summary = "Terbitkan dokumen (menunggu tanda tangan)",
            description = "Hanya token berperan Pimpinan dengan hak tulis. subjek seperti pada"
                    + " /api/v1/dokumen/{jenis}/{tahun}/subjek; tanggal (TTTT-BB-HH, opsional) bawaannya hari ini"
                    + " menurut zona waktu daerah. Menjawab 201 dengan nomor dokumen; 409 bila data belum"
                    + " ditetapkan atau penerbitan sedang ramai.")
    @PostMapping(path = "/{jenis}/{tahun}/terbit", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DokumenDiterbitkan> terbitkan(
            @PathVariable String jenis,
            @PathVariable int tahun,
            @RequestParam String subjek,
            @RequestParam(required = false) String tanggal) {
        PembuatDokumen p = penerbitan.jenis().stream()
                .filter(j -> j.jenis().equalsIgnoreCase(jenis))
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Jenis dokumen"));
        // The registry keeps the subject's name, so it comes from the document's own list, never from the caller.
        SubjekDokumen s = p.subjek(tahun).stream()
                .filter(x -> x.kode().equals(subjek))
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Subjek dokumen"));
        LocalDate tgl = TanggalDokumen.baca(tanggal, tahun, waktu.hariIni());
        DokumenTerbit d = penerbitan.siapkan(p.jenis(), s, tahun, tgl);
        return ResponseEntity.created(URI.create("/api/v1/dokumen/terbit/" + d.nomor()))
                .body(new DokumenDiterbitkan(d.nomor(), d.versi(), d.status().name(), d.sha256()));
    }

    /**
     * Not yet approved, or busy past the retries: a conflict with the records the caller can act on. The body has
     * the API's error shape ({@code status}, {@code pesan}), written here because the api package depends on this
     * one.
     */
    @ExceptionHandler({PenerbitanDitolakException.class, TandaTanganGagalException.class})
    ResponseEntity<Map<String, Object>> ditolak(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", HttpStatus.CONFLICT.value(), "pesan", e.getMessage()));
    }
}
