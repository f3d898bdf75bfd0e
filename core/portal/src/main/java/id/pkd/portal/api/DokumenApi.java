package id.pkd.portal.api;

import id.pkd.portal.pekerjaan.PekerjaanService;
import id.pkd.portal.penerbitan.PembuatDokumen;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.penerbitan.SyaratTerbit;
import id.pkd.portal.penerbitan.TanggalDokumen;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import id.pkd.portal.umum.WaktuDaerah;
import id.pkd.reports.document.FormatDokumen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Draft documents of the token's tenant: what each document can be made for, what is still
 * missing, and the draft itself (marked DRAFT, never signed): the PDF, or a DOCX / XLSX to edit.
 */
@RestController
@RequestMapping("/api/v1/dokumen")
@Tag(name = "Dokumen", description = "Draf LKIP, bab evaluasi RKPD dan Perjanjian Kinerja")
class DokumenApi {

    private final List<PembuatDokumen> pembuat;
    private final SyaratTerbit syarat;
    private final WaktuDaerah waktu;
    private final PekerjaanService pekerjaan;

    DokumenApi(List<PembuatDokumen> pembuat, SyaratTerbit syarat, WaktuDaerah waktu, PekerjaanService pekerjaan) {
        this.pembuat = List.copyOf(pembuat);
        this.syarat = syarat;
        this.waktu = waktu;
        this.pekerjaan = pekerjaan;
    }

    private PembuatDokumen jenis(String jenis) {
        return pembuat.stream()
                .filter(p -> p.jenis().equalsIgnoreCase(jenis))
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Jenis dokumen"));
    }

    @Operation(summary = "Subjek yang dapat dibuatkan dokumen ini pada tahun itu (pd:…, urusan:…, pejabat:…)")
    @GetMapping(path = "/{jenis}/{tahun}/subjek", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SubjekDokumen> subjek(@PathVariable String jenis, @PathVariable int tahun) {
        return jenis(jenis).subjek(tahun);
    }

    @Operation(
            summary = "Yang masih kurang sebelum dokumen diterbitkan",
            description = "Lebih dahulu persetujuan: dokumen resmi hanya diterbitkan bila realisasi setiap perangkat"
                    + " daerah dan tahun yang dimuatnya sudah Ditetapkan, tanpa indikator yang sedang dibuka"
                    + " kembali, dan tahun itu memiliki realisasi. Draf tetap dapat diunduh kapan saja.")
    @GetMapping(path = "/{jenis}/{tahun}/kekurangan", produces = MediaType.APPLICATION_JSON_VALUE)
    List<String> kekurangan(@PathVariable String jenis, @PathVariable int tahun, @RequestParam String subjek) {
        PembuatDokumen p = jenis(jenis);
        SubjekDokumen s = new SubjekDokumen(subjek, subjek);
        List<String> hasil = new ArrayList<>(syarat.belumSah(p, s, tahun));
        hasil.addAll(p.kekurangan(s, tahun));
        return hasil;
    }

    @Operation(
            summary = "Draf PDF, DOCX atau XLSX (bertanda DRAFT, tidak ditandatangani)",
            description = "format: pdf (bawaan), docx (Word yang dapat disunting: tabel sungguhan, gaya judul, daftar"
                    + " isi dan nomor halaman sebagai bidang) atau xlsx (satu lembar per tabel, angka sebagai angka,"
                    + " baris jumlah sebagai rumus); format lain ditolak dengan 400 pada isian format. tanggal"
                    + " (TTTT-BB-HH, opsional) dicetak pada baris tempat dan tanggal; bawaannya hari ini"
                    + " menurut zona waktu daerah. Tidak boleh sebelum 1 Januari tahun dokumen atau lebih dari satu"
                    + " tahun setelah hari ini (422 pada isian tanggal). Penyusunan memakai pekerja yang sama dengan"
                    + " layar Susun Dokumen: bila semuanya sibuk, 503 dengan Retry-After.")
    @GetMapping(
            path = "/{jenis}/{tahun}/draf",
            produces = {MediaType.APPLICATION_PDF_VALUE, MIME_DOCX, MIME_XLSX})
    ResponseEntity<?> draf(
            @PathVariable String jenis,
            @PathVariable int tahun,
            @RequestParam String subjek,
            @RequestParam(required = false) String tanggal,
            @RequestParam(required = false) String format) {
        PembuatDokumen p = jenis(jenis);
        Optional<FormatDokumen> f = format(format);
        if (f.isEmpty() || !p.formatDraf().contains(f.get())) {
            String tersedia = p.formatDraf().stream()
                    .sorted()
                    .map(FormatDokumen::ekstensi)
                    .collect(Collectors.joining(", "));
            String pesan = f.isEmpty()
                    ? "Format \"" + format + "\" tidak dikenal; pilih salah satu: " + tersedia + "."
                    : "Draf " + p.jenis() + " tidak tersedia sebagai " + f.get().ekstensi() + "; pilih salah satu: "
                            + tersedia + ".";
            // A JSON answer although the mapping produces files: the preset content type is what is sent.
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new JawabanKesalahan(
                            400, "Parameter permintaan tidak sah.", List.of(new Kesalahan(ISIAN_FORMAT, pesan))));
        }
        LocalDate tgl = TanggalDokumen.baca(tanggal, tahun, waktu.hariIni());
        SubjekDokumen s = new SubjekDokumen(subjek, subjek);
        FormatDokumen ff = f.get();
        // Answered in this request, but on one of the node's document workers and within the tenant's share.
        byte[] isi = pekerjaan.jalankanLangsung(
                () -> ff == FormatDokumen.PDF ? p.buat(s, tahun, true, tgl).pdf() : p.draf(s, tahun, ff, tgl));
        String nama = (p.jenis() + "-" + tahun + "-" + subjek.replaceAll("[^A-Za-z0-9]+", "-") + "-draf."
                        + ff.ekstensi())
                .toLowerCase(java.util.Locale.ROOT);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.get().mime()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(nama).build().toString())
                .body(isi);
    }

    static final String ISIAN_FORMAT = "format";
    static final String MIME_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** pdf when absent; docx, xlsx or pdf in any case; empty for anything else. */
    static Optional<FormatDokumen> format(String format) {
        if (format == null || format.isBlank()) {
            return Optional.of(FormatDokumen.PDF);
        }
        return Arrays.stream(FormatDokumen.values())
                .filter(f -> f.ekstensi().equalsIgnoreCase(format.strip()))
                .findFirst();
    }
}
