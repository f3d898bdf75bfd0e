package id.pkd.portal.api;

import id.pkd.portal.pekerjaan.PekerjaanService;
import id.pkd.portal.penerbitan.PembuatDokumen;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.penerbitan.SyaratTerbit;
import id.pkd.portal.penerbitan.TanggalDokumen;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.WaktuDaerah;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * missing, and the draft PDF itself (marked DRAFT on every page, never signed).
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
            summary = "Draf PDF (bertanda DRAFT, tidak ditandatangani)",
            description = "tanggal (TTTT-BB-HH, opsional) dicetak pada baris tempat dan tanggal; bawaannya hari ini"
                    + " menurut zona waktu daerah. Tidak boleh sebelum 1 Januari tahun dokumen atau lebih dari satu"
                    + " tahun setelah hari ini (422 pada isian tanggal). Penyusunan memakai pekerja yang sama dengan"
                    + " layar Susun Dokumen: bila semuanya sibuk, 503 dengan Retry-After.")
    @GetMapping(path = "/{jenis}/{tahun}/draf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> draf(
            @PathVariable String jenis,
            @PathVariable int tahun,
            @RequestParam String subjek,
            @RequestParam(required = false) String tanggal) {
        PembuatDokumen p = jenis(jenis);
        LocalDate tgl = TanggalDokumen.baca(tanggal, tahun, waktu.hariIni());
        // Answered in this request, but on one of the node's document workers and within the tenant's share.
        byte[] pdf = pekerjaan.jalankanLangsung(() ->
                p.buat(new SubjekDokumen(subjek, subjek), tahun, true, tgl).pdf());
        String nama = (p.jenis() + "-" + tahun + "-" + subjek.replaceAll("[^A-Za-z0-9]+", "-") + "-draf.pdf")
                .toLowerCase(java.util.Locale.ROOT);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(nama).build().toString())
                .body(pdf);
    }
}
