package id.pkd.portal.penerbitan;

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

/** Issued documents of the token's tenant; another tenant's number answers 404 like one that does not exist. */
@RestController
@RequestMapping("/api/v1/dokumen/terbit")
@Tag(name = "Dokumen terbit", description = "Dokumen resmi yang telah diterbitkan dan ditandatangani")
class DokumenTerbitApi {

    private final PenerbitanService penerbitan;

    DokumenTerbitApi(PenerbitanService penerbitan) {
        this.penerbitan = penerbitan;
    }

    @Operation(
            summary = "Unduh PDF dokumen terbit menurut nomornya",
            description = "Nomor berisi garis miring, misalnya /api/v1/dokumen/terbit/PKD/63.11/LKIP/2022/0001")
    @GetMapping(path = "/{*nomor}", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> unduh(@PathVariable String nomor) {
        String n = nomor.startsWith("/") ? nomor.substring(1) : nomor;
        DokumenTerbit d = penerbitan.dokumenNomor(n);
        byte[] pdf = penerbitan.pdf(d.id());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(PenerbitanService.namaBerkas(d))
                                .build()
                                .toString())
                .header("X-Nomor-Dokumen", d.nomor())
                .header("X-Status-Dokumen", d.status().name())
                .header("X-SHA256", d.sha256())
                .body(pdf);
    }
}
