package id.pkd.portal.api;

import id.pkd.portal.database.UlangSambungan;
import id.pkd.portal.perencanaan.BuktiRealisasi;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence files (bukti dukung) of a realisasi over the API: the path a data integration attaches them on, and
 * what any node of a cluster serves back, since the content lives in the shared store. Upload and download call
 * {@link RealisasiService} as the Realisasi screen does: the same size bound ({@code pkd.unggah.bukti}), the same
 * content checks, the same approval lock and the same audit entry.
 */
@RestController
@Tag(
        name = "Bukti dukung",
        description = "Berkas bukti dukung (PDF, JPEG, PNG, XLSX) satu realisasi indikator: unggah, daftar, unduh")
class BuktiApi {

    /** The multipart part that carries the file; also the path of every error about it. */
    static final String BAGIAN = "bukti";

    static final String PESAN_BUKAN_MULTIPART =
            "Badan permintaan harus berjenis multipart/form-data dengan bagian \"" + BAGIAN + "\".";

    private final PerencanaanService perencanaan;
    private final RealisasiService realisasi;
    private final UlangSambungan ulang;

    BuktiApi(PerencanaanService perencanaan, RealisasiService realisasi, UlangSambungan ulang) {
        this.perencanaan = perencanaan;
        this.realisasi = realisasi;
        this.ulang = ulang;
    }

    record BuktiKeluar(
            long id,
            String indikator,
            int tahun,
            @Schema(description = "0 untuk realisasi setahun, 1–4 untuk triwulan") int triwulan,
            String namaBerkas,
            @Schema(example = "application/pdf") String jenis,
            long ukuran,
            String sha256,
            String diunggahOleh,
            Instant diunggahPada,
            @Schema(description = "Alamat unduhan berkas", example = "/api/v1/bukti/42") String unduh) {}

    @Operation(
            summary = "Lampirkan bukti dukung pada realisasi satu indikator",
            description = "Badan multipart/form-data dengan bagian `" + BAGIAN + "` (berkas PDF, JPEG, PNG atau XLSX,"
                    + " dikenali dari isinya; nama yang tidak sesuai isi ditolak). `triwulan` (1–4) memilih realisasi"
                    + " triwulan; tanpa `triwulan` realisasi setahun. Realisasinya harus sudah dicatat (PUT"
                    + " realisasi). Berkas yang sama dua kali disimpan sekali. Ukuran paling besar mengikuti"
                    + " pengaturan `pkd.unggah.bukti` (bawaan 10 MB); lebih besar ditolak dengan 413. Ditolak dengan"
                    + " 409 bila realisasi perangkat daerah tahun itu sedang diajukan, diverifikasi atau sudah"
                    + " ditetapkan. Tercatat di jejak audit seperti unggahan lewat layar.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Terlampir; header Location menunjuk unduhannya"),
                @ApiResponse(
                        responseCode = "400",
                        description = "Bagian `bukti` tidak ada atau triwulan tidak sah",
                        content = @Content(schema = @Schema(implementation = JawabanKesalahan.class))),
                @ApiResponse(
                        responseCode = "404",
                        description = "Perangkat daerah, indikator atau realisasinya tidak ada di daerah token"),
                @ApiResponse(responseCode = "409", description = "Tahun itu terkunci oleh persetujuan"),
                @ApiResponse(responseCode = "413", description = "Berkas lebih besar dari batas bukti"),
                @ApiResponse(responseCode = "415", description = "Badan bukan multipart/form-data"),
                @ApiResponse(responseCode = "422", description = "Jenis atau isi berkas tidak diterima")
            })
    @PostMapping(
            path = "/api/v1/realisasi/{tahun}/{kodePerangkatDaerah}/{kodeIndikator}/bukti",
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<BuktiKeluar> unggah(
            @PathVariable int tahun,
            @PathVariable String kodePerangkatDaerah,
            @PathVariable String kodeIndikator,
            @Parameter(description = "1–4; tanpa nilai untuk realisasi setahun") @RequestParam(required = false)
                    Integer triwulan,
            @RequestPart(name = BAGIAN, required = false) MultipartFile berkas,
            HttpServletRequest request) {
        if (!BatasBadanApi.multipart(request)) {
            throw new BadanMultipartException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "", PESAN_BUKAN_MULTIPART);
        }
        if (berkas == null) {
            throw new BadanMultipartException(
                    HttpStatus.BAD_REQUEST, "Bagian \"" + BAGIAN + "\" tidak ada: kirim berkasnya dalam bagian itu.");
        }
        if (berkas.getSize() > realisasi.batasBukti().toBytes()) {
            // Refused before it is read; the container already bounded what it accepted (pkd.unggah.berkas-maks).
            throw new BadanMultipartException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "Berkas \"" + berkas.getOriginalFilename() + "\" lebih besar dari "
                            + PengaturanPkd.teks(realisasi.batasBukti()) + ".");
        }
        Sasaran s = sasaran(tahun, kodePerangkatDaerah, kodeIndikator, triwulan);
        byte[] isi = baca(berkas);
        String nama = berkas.getOriginalFilename();
        // The bytes are read: a transaction cut off from the database before its commit can run again elsewhere.
        BuktiRealisasi b =
                ulang.jalankan(() -> realisasi.unggahBukti(s.realisasi().id(), nama, isi));
        BuktiKeluar keluar = keluar(s.indikator(), s.realisasi(), b);
        return ResponseEntity.created(URI.create(keluar.unduh())).body(keluar);
    }

    @Operation(
            summary = "Daftar bukti dukung realisasi satu indikator",
            description = "`triwulan` (1–4) untuk realisasi triwulan; tanpa `triwulan` realisasi setahun. 404 bila"
                    + " realisasinya belum dicatat.")
    @GetMapping(
            path = "/api/v1/realisasi/{tahun}/{kodePerangkatDaerah}/{kodeIndikator}/bukti",
            produces = MediaType.APPLICATION_JSON_VALUE)
    List<BuktiKeluar> daftar(
            @PathVariable int tahun,
            @PathVariable String kodePerangkatDaerah,
            @PathVariable String kodeIndikator,
            @Parameter(description = "1–4; tanpa nilai untuk realisasi setahun") @RequestParam(required = false)
                    Integer triwulan) {
        Sasaran s = sasaran(tahun, kodePerangkatDaerah, kodeIndikator, triwulan);
        return realisasi.daftarBukti(s.realisasi().id()).stream()
                .map(b -> keluar(s.indikator(), s.realisasi(), b))
                .toList();
    }

    @Operation(
            summary = "Unduh satu bukti dukung",
            description = "Isi berkas dengan jenisnya (Content-Type) dan namanya (Content-Disposition: attachment)."
                    + " Bukti daerah lain tidak ditemukan (404), sama seperti bukti yang tidak ada.",
            responses = {
                @ApiResponse(responseCode = "200", description = "Isi berkas"),
                @ApiResponse(
                        responseCode = "404",
                        description = "Tidak ada bukti dengan id itu di daerah token",
                        content = @Content(schema = @Schema(implementation = JawabanKesalahan.class)))
            })
    @GetMapping("/api/v1/bukti/{id}")
    ResponseEntity<byte[]> unduh(@PathVariable long id) {
        BuktiRealisasi b = realisasi.bukti(id);
        byte[] isi = realisasi.isiBukti(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(b.jenis().mimeType()))
                .contentLength(isi.length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(b.namaBerkas(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Sha256", b.sha256())
                .body(isi);
    }

    /** The indicator and its realisasi a request names; 404 when any of them is not in the token's tenant. */
    private record Sasaran(Indikator indikator, RealisasiIndikator realisasi) {}

    private Sasaran sasaran(int tahun, String kodePerangkatDaerah, String kodeIndikator, Integer triwulan) {
        if (triwulan != null && (triwulan < 1 || triwulan > 4)) {
            throw new BadanMultipartException(
                    HttpStatus.BAD_REQUEST,
                    "triwulan",
                    "Triwulan harus 1, 2, 3 atau 4; tanpa triwulan untuk realisasi setahun.");
        }
        PerangkatDaerah pd = KodeApi.perangkatDaerah(perencanaan, kodePerangkatDaerah);
        Indikator ind = KodeApi.indikator(perencanaan, pd, tahun, kodeIndikator);
        int tw = triwulan == null ? RealisasiIndikator.TAHUNAN : triwulan;
        RealisasiIndikator r = perencanaan
                .realisasi(ind.id(), tahun, tw)
                .orElseThrow(() -> new DataTidakDitemukanException(
                        "Realisasi " + ind.kode() + " tahun " + tahun + (tw == 0 ? "" : " triwulan " + tw)));
        return new Sasaran(ind, r);
    }

    private static BuktiKeluar keluar(Indikator ind, RealisasiIndikator r, BuktiRealisasi b) {
        return new BuktiKeluar(
                b.id(),
                ind.kode(),
                r.tahun(),
                r.triwulan(),
                b.namaBerkas(),
                b.jenis().mimeType(),
                b.ukuran(),
                b.sha256(),
                b.diunggahOleh(),
                b.diunggahPada(),
                "/api/v1/bukti/" + b.id());
    }

    private static byte[] baca(MultipartFile berkas) {
        try {
            return berkas.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request refused for its multipart body or parameters, with the status and the field it names. */
    static final class BadanMultipartException extends RuntimeException {
        final HttpStatus status;
        final String path;

        BadanMultipartException(HttpStatus status, String pesan) {
            this(status, BAGIAN, pesan);
        }

        BadanMultipartException(HttpStatus status, String path, String pesan) {
            super(pesan);
            this.status = status;
            this.path = path;
        }
    }

    @ExceptionHandler(BadanMultipartException.class)
    ResponseEntity<JawabanKesalahan> badanDitolak(BadanMultipartException e) {
        return jawab(e.status, e.path, e.getMessage());
    }

    /** A file over the container's own limit for one upload ({@code pkd.unggah.berkas-maks}). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<JawabanKesalahan> melebihiWadah(MaxUploadSizeExceededException e) {
        return jawab(
                HttpStatus.CONTENT_TOO_LARGE,
                BAGIAN,
                "Berkas lebih besar dari " + PengaturanPkd.teks(realisasi.batasBukti()) + ".");
    }

    /** A multipart body that cannot be read (cut off, no boundary). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<JawabanKesalahan> multipartRusak(MultipartException e, HttpServletRequest request) {
        if (!BatasBadanApi.multipart(request)) {
            return jawab(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "", PESAN_BUKAN_MULTIPART);
        }
        return jawab(HttpStatus.BAD_REQUEST, "", BatasBadanApi.PESAN_MULTIPART_RUSAK);
    }

    /** The year is under approval or set: a conflict with the record's state, as for the realisasi itself. */
    @ExceptionHandler(DataTerkunciException.class)
    ResponseEntity<JawabanKesalahan> terkunci(DataTerkunciException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new JawabanKesalahan(HttpStatus.CONFLICT.value(), e.getMessage()));
    }

    private static ResponseEntity<JawabanKesalahan> jawab(HttpStatus status, String path, String pesan) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new JawabanKesalahan(
                        status.value(), pesan, path.isEmpty() ? List.of() : List.of(new Kesalahan(path, pesan))));
    }
}
