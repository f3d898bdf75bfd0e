package id.pkd.portal.api;

import id.pkd.portal.jejak.JejakAudit;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.persetujuan.Persetujuan;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.persetujuan.StatusPersetujuan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The approval workflow of an agency-year's realisasi over the API: status, history, and the four steps. Every
 * step calls {@link PersetujuanService}, so the roles and checks are those of the screens: the token needs the
 * right <em>Baca dan tulis</em> and the workflow role its admin chose (Operator submits, Verifikator verifies or
 * rejects, Pimpinan rejects or sets).
 */
@RestController
@RequestMapping(path = "/api/v1/persetujuan", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "Persetujuan",
        description = "Alur persetujuan realisasi satu perangkat daerah per tahun: Draf → Diajukan → Diverifikasi"
                + " (atau Ditolak dengan alasan) → Ditetapkan, yang mengunci realisasinya")
class PersetujuanApi {

    /** How {@link PersetujuanService} names its entries in the audit trail (one per agency, field per year). */
    private static final String JEJAK_PERSETUJUAN = "persetujuan";

    private final PersetujuanService persetujuan;
    private final PerencanaanService perencanaan;
    private final JejakAuditService jejak;

    PersetujuanApi(PersetujuanService persetujuan, PerencanaanService perencanaan, JejakAuditService jejak) {
        this.persetujuan = persetujuan;
        this.perencanaan = perencanaan;
        this.jejak = jejak;
    }

    record StatusKeluar(
            String perangkatDaerah,
            String namaPerangkatDaerah,
            int tahun,
            @Schema(description = "DRAFT, DIAJUKAN, DIVERIFIKASI, DITOLAK atau DITETAPKAN") String status,
            String label,
            @Schema(description = "Alasan langkah terakhir (penolakan atau pembukaan kembali), bila ada") String alasan,
            String diubahOleh,
            Instant diubahPada,
            @Schema(description = "Hanya DRAF dan DITOLAK yang boleh diubah operator") boolean bolehDiubah) {}

    record LangkahKeluar(
            Instant waktu,
            @Schema(description = "Pengguna, atau token-api#<id> untuk langkah lewat API") String oleh,
            String dari,
            String ke,
            String alasan) {}

    record AlasanMasuk(
            @Schema(description = "Wajib untuk penolakan", example = "Bukti dukung belum dilampirkan") String alasan) {}

    @Operation(summary = "Status persetujuan realisasi satu perangkat daerah pada satu tahun")
    @GetMapping("/{tahun}/{kodePerangkatDaerah}")
    StatusKeluar status(@PathVariable int tahun, @PathVariable String kodePerangkatDaerah) {
        PerangkatDaerah pd = perangkatDaerah(kodePerangkatDaerah);
        return keluar(pd, persetujuan.status(pd.id(), tahun));
    }

    @Operation(
            summary = "Riwayat langkah persetujuan (siapa, kapan, dari status apa ke apa, alasannya), terlama dahulu",
            description = "Dibaca dari jejak audit.")
    @GetMapping("/{tahun}/{kodePerangkatDaerah}/riwayat")
    List<LangkahKeluar> riwayat(@PathVariable int tahun, @PathVariable String kodePerangkatDaerah) {
        PerangkatDaerah pd = perangkatDaerah(kodePerangkatDaerah);
        List<JejakAudit> catatan = new ArrayList<>(jejak.riwayat(JEJAK_PERSETUJUAN, pd.id()));
        catatan.sort(Comparator.comparing(JejakAudit::id));
        List<LangkahKeluar> langkah = new ArrayList<>();
        for (JejakAudit j : catatan) {
            if (j.isian().equals("status " + tahun)) {
                langkah.add(new LangkahKeluar(j.pada(), j.oleh(), j.nilaiLama(), j.nilaiBaru(), null));
            } else if (j.isian().equals("alasan " + tahun) && !langkah.isEmpty()) {
                // The reason is recorded right after its step, by the same person.
                LangkahKeluar l = langkah.get(langkah.size() - 1);
                if (l.alasan() == null && l.oleh().equals(j.oleh())) {
                    langkah.set(
                            langkah.size() - 1,
                            new LangkahKeluar(l.waktu(), l.oleh(), l.dari(), l.ke(), j.nilaiBaru()));
                }
            }
        }
        return langkah;
    }

    @Operation(
            summary = "Ajukan realisasi untuk diverifikasi",
            description = "Token berperan Operator. Dari Draf atau Ditolak.")
    @ApiResponse(
            responseCode = "409",
            description = "Status saat ini tidak mengizinkan langkah ini",
            content = @Content)
    @PostMapping("/{tahun}/{kodePerangkatDaerah}/ajukan")
    StatusKeluar ajukan(@PathVariable int tahun, @PathVariable String kodePerangkatDaerah) {
        return langkah(kodePerangkatDaerah, pd -> persetujuan.ajukan(pd, tahun));
    }

    @Operation(summary = "Nyatakan realisasi terverifikasi", description = "Token berperan Verifikator. Dari Diajukan.")
    @ApiResponse(
            responseCode = "409",
            description = "Status saat ini tidak mengizinkan langkah ini",
            content = @Content)
    @PostMapping("/{tahun}/{kodePerangkatDaerah}/verifikasi")
    StatusKeluar verifikasi(@PathVariable int tahun, @PathVariable String kodePerangkatDaerah) {
        return langkah(kodePerangkatDaerah, pd -> persetujuan.verifikasi(pd, tahun));
    }

    @Operation(
            summary = "Tolak realisasi dengan alasan",
            description = "Token berperan Verifikator atau Pimpinan. Dari Diajukan atau Diverifikasi. Tanpa alasan"
                    + " jawabannya 422 dengan kesalahan pada path `alasan`.")
    @ApiResponse(
            responseCode = "409",
            description = "Status saat ini tidak mengizinkan langkah ini",
            content = @Content)
    @PostMapping(path = "/{tahun}/{kodePerangkatDaerah}/tolak", consumes = MediaType.APPLICATION_JSON_VALUE)
    StatusKeluar tolak(
            @PathVariable int tahun,
            @PathVariable String kodePerangkatDaerah,
            @RequestBody(required = false) AlasanMasuk masuk) {
        String alasan = masuk == null ? null : masuk.alasan();
        return langkah(kodePerangkatDaerah, pd -> persetujuan.tolak(pd, tahun, alasan));
    }

    @Operation(
            summary = "Tetapkan realisasi (mengunci tahun itu)",
            description = "Token berperan Pimpinan. Dari Diverifikasi.")
    @ApiResponse(
            responseCode = "409",
            description = "Status saat ini tidak mengizinkan langkah ini",
            content = @Content)
    @PostMapping("/{tahun}/{kodePerangkatDaerah}/tetapkan")
    StatusKeluar tetapkan(@PathVariable int tahun, @PathVariable String kodePerangkatDaerah) {
        return langkah(kodePerangkatDaerah, pd -> persetujuan.tetapkan(pd, tahun));
    }

    /** A step refused because of the current status: a conflict with the record, not bad input. */
    @ExceptionHandler(DataTerkunciException.class)
    ResponseEntity<JawabanKesalahan> statusTidakSesuai(DataTerkunciException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new JawabanKesalahan(HttpStatus.CONFLICT.value(), e.getMessage()));
    }

    private StatusKeluar langkah(String kodePerangkatDaerah, Function<Long, Persetujuan> langkah) {
        PerangkatDaerah pd = perangkatDaerah(kodePerangkatDaerah);
        return keluar(pd, langkah.apply(pd.id()));
    }

    /** The token's tenant's agency by its code; another tenant's agency is not found, as one that does not exist. */
    private PerangkatDaerah perangkatDaerah(String kode) {
        return KodeApi.perangkatDaerah(perencanaan, kode);
    }

    private static StatusKeluar keluar(PerangkatDaerah pd, Persetujuan p) {
        StatusPersetujuan s = p.status();
        return new StatusKeluar(
                pd.kode(),
                pd.nama(),
                p.tahun(),
                s.name(),
                s.label(),
                p.alasan(),
                p.diubahOleh(),
                p.diubahPada(),
                s.bolehDiubah());
    }
}
