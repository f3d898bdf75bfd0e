package id.pkd.portal.pekerjaan;

import id.pkd.portal.umum.DataTidakDitemukanException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A queued job as its submitter follows it over the API, on whichever node answers: the state is the job row, so
 * progress and result read the same everywhere. Only the token that queued it sees it.
 */
@RestController
@RequestMapping("/api/v1/pekerjaan")
@Tag(name = "Pekerjaan", description = "Pekerjaan latar (penyusunan draf) yang diantrekan token ini")
class PekerjaanApi {

    private final PekerjaanService pekerjaan;

    PekerjaanApi(PekerjaanService pekerjaan) {
        this.pekerjaan = pekerjaan;
    }

    @Operation(summary = "Status dan kemajuan (0–100) pekerjaan")
    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Pekerjaan status(@PathVariable long id) {
        return pekerjaan.status(id);
    }

    @Operation(summary = "Berkas hasil pekerjaan yang selesai (404 bila belum selesai atau sudah dibuang)")
    @GetMapping("/{id}/berkas")
    ResponseEntity<byte[]> berkas(@PathVariable long id) {
        HasilPekerjaan.Berkas b =
                pekerjaan.berkas(id).orElseThrow(() -> new DataTidakDitemukanException("Hasil pekerjaan"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(b.mime()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(b.namaBerkas())
                                .build()
                                .toString())
                .body(b.isi());
    }
}
