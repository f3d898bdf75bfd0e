package id.pkd.portal.jejak;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The integrity of the token's tenant's audit trail; a read token suffices. */
@RestController
@RequestMapping(path = "/api/v1/jejak", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Jejak audit", description = "Keutuhan jejak audit berantai hash milik daerah pemilik token")
class JejakApi {

    private final VerifikasiJejakService verifikasi;

    JejakApi(VerifikasiJejakService verifikasi) {
        this.verifikasi = verifikasi;
    }

    @Operation(
            summary = "Periksa keutuhan jejak audit",
            description = "Menghitung ulang hash setiap entri jejak audit daerah ini secara berurutan dan"
                    + " mencocokkannya dengan tautan antarentri, jangkar harian dan ujung rantai. {\"utuh\": true,"
                    + " \"jumlah\": 1234, \"pertamaRusak\": null} berarti tidak ada entri yang diubah, dihapus"
                    + " atau dipindah urutannya. Jika tidak utuh, pertamaRusak menyebut entri pertama yang rusak:"
                    + " nomor urut, masalah (DIUBAH, DIHAPUS, URUTAN_BERUBAH, TAUTAN_PUTUS, JANGKAR_TIDAK_COCOK,"
                    + " KEPALA_TIDAK_COCOK) dan keterangannya.")
    @GetMapping("/verifikasi")
    public HasilVerifikasi verifikasi() {
        return verifikasi.verifikasi();
    }
}
