package id.pkd.portal.api;

import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.database.UlangSambungan;
import id.pkd.portal.pengukuran.BarisCapaian;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.pertukaran.EksporRencanaService;
import id.pkd.portal.pertukaran.FormatRencana;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan of the token's tenant: export and import of a whole year, the computed capaian, and
 * one realisasi at a time. Every figure comes from the same services the screens use.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rencana dan capaian", description = "Ekspor/impor rencana tahunan, capaian terhitung, realisasi")
class RencanaApi {

    private final EksporRencanaService ekspor;
    private final ImporRencanaService impor;
    private final PengukuranKinerjaService pengukuran;
    private final PerencanaanService perencanaan;
    private final RealisasiService realisasi;
    private final UlangSambungan ulang;

    RencanaApi(
            EksporRencanaService ekspor,
            ImporRencanaService impor,
            PengukuranKinerjaService pengukuran,
            PerencanaanService perencanaan,
            RealisasiService realisasi,
            UlangSambungan ulang) {
        this.ekspor = ekspor;
        this.impor = impor;
        this.pengukuran = pengukuran;
        this.perencanaan = perencanaan;
        this.realisasi = realisasi;
        this.ulang = ulang;
    }

    @Operation(summary = "Ekspor seluruh rencana satu tahun (format pkd-rencana/1)")
    @GetMapping("/rencana/{tahun}")
    FormatRencana.Dokumen ekspor(@PathVariable int tahun) {
        return ekspor.ekspor(tahun);
    }

    @Operation(
            summary = "Impor rencana satu tahun",
            description = "Semua isi diperiksa lebih dulu. Bila ada kesalahan, tidak ada yang disimpan dan jawaban 422"
                    + " memuat setiap kesalahan dengan path-nya. Baris dicocokkan dengan kunci bisnisnya (kode, NIP,"
                    + " tahun), jadi impor berkas yang sama dua kali tidak mengubah dan tidak mencatat apa pun"
                    + " (perubahan = 0). Setiap isian yang berubah tercatat di jejak audit (lama → baru)."
                    + " Perubahan angka tahun yang sedang diajukan, diverifikasi atau ditetapkan (target, PK,"
                    + " program dan anggaran, realisasi) ditolak dengan 422 beserta path dan alasannya; bila"
                    + " satu saja ditolak, tidak ada yang disimpan.")
    @PutMapping(path = "/rencana", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImporRencanaService.HasilImpor impor(@RequestBody byte[] isi) {
        return impor.impor(isi);
    }

    /** The measured capaian of one agency, as the screens and documents show it. */
    record CapaianPerangkatDaerah(
            String kode,
            String nama,
            int tahun,
            BigDecimal rataRataIku,
            String kategoriIku,
            List<CapaianIndikator> indikator,
            BigDecimal anggaran,
            BigDecimal realisasiAnggaran,
            BigDecimal penyerapanAnggaran) {}

    record CapaianIndikator(
            String kode,
            String nama,
            String satuan,
            boolean iku,
            BigDecimal target,
            BigDecimal realisasi,
            BigDecimal capaian,
            String kategori,
            BigDecimal capaianTerhadapKondisiAkhir,
            @Schema(description = "Alasan realisasi tidak dapat dihitung karena plugin urusan gagal; null bila tidak")
                    String tidakDapatDihitung) {}

    /** The largest page of {@code GET /capaian/{tahun}}. */
    static final int UKURAN_MAKSIMAL = 100;

    /** The number of agencies matching, before paging. */
    static final String HEADER_JUMLAH = "X-Jumlah-Total";

    @Operation(
            summary = "Capaian terhitung semua perangkat daerah untuk satu tahun",
            description = "Tanpa parameter: semua perangkat daerah, urut nama. `pd` menyaring satu perangkat daerah"
                    + " menurut kodenya (404 bila tidak ada). `halaman` (mulai 1) dan `ukuran` (1–"
                    + UKURAN_MAKSIMAL + ") membagi daftar per halaman; tanpa `ukuran` semua dalam satu halaman."
                    + " Jumlah perangkat daerah yang cocok sebelum dibagi ada di header " + HEADER_JUMLAH + "."
                    + " Jumlah kueri basis data tidak bertambah dengan jumlah perangkat daerah.")
    @GetMapping("/capaian/{tahun}")
    ResponseEntity<List<CapaianPerangkatDaerah>> capaian(
            @PathVariable int tahun,
            @Parameter(description = "Kode perangkat daerah", example = "1.06.2.08.2.13.0.00.01.0000")
                    @RequestParam(required = false)
                    String pd,
            @Parameter(description = "Nomor halaman, mulai 1", example = "1") @RequestParam(required = false)
                    Integer halaman,
            @Parameter(description = "Perangkat daerah per halaman, 1–" + UKURAN_MAKSIMAL, example = "20")
                    @RequestParam(required = false)
                    Integer ukuran) {
        if (halaman != null && halaman < 1) {
            throw IsianTidakSahException.pada("halaman", "Halaman mulai dari 1.");
        }
        if (ukuran != null && (ukuran < 1 || ukuran > UKURAN_MAKSIMAL)) {
            throw IsianTidakSahException.pada("ukuran", "Ukuran halaman 1–" + UKURAN_MAKSIMAL + ".");
        }
        List<PerangkatDaerah> cocok = perencanaan.daftarPerangkatDaerah().stream()
                .filter(p -> pd == null || p.kode().equals(pd))
                .toList();
        if (pd != null && cocok.isEmpty()) {
            throw new DataTidakDitemukanException("Perangkat daerah " + pd);
        }
        int n = ukuran == null ? Math.max(cocok.size(), 1) : ukuran;
        int dari = (halaman == null ? 0 : halaman - 1) * n;
        List<PerangkatDaerah> dipilih = cocok.stream().skip(dari).limit(n).toList();
        List<CapaianPerangkatDaerah> isi = pengukuran.ukurSemua(tahun, dipilih).stream()
                .map(RencanaApi::ringkas)
                .toList();
        return ResponseEntity.ok()
                .header(HEADER_JUMLAH, String.valueOf(cocok.size()))
                .body(isi);
    }

    private static CapaianPerangkatDaerah ringkas(PengukuranKinerja m) {
        PerangkatDaerah pd = m.rencana().perangkatDaerah();
        return new CapaianPerangkatDaerah(
                pd.kode(),
                pd.nama(),
                m.rencana().tahun(),
                m.rataRataIkuTerbulat().orElse(null),
                m.kategoriIku().map(Kategori::label).orElse(null),
                m.semuaIndikator().stream().map(RencanaApi::indikator).toList(),
                m.totalAnggaran().nilai(),
                m.totalRealisasiAnggaran().nilai(),
                m.penyerapanTotal().orElse(null));
    }

    private static CapaianIndikator indikator(BarisCapaian b) {
        Indikator i = b.indikator();
        return new CapaianIndikator(
                i.kode(),
                i.nama(),
                i.satuan(),
                i.iku(),
                b.target().orElse(null),
                b.realisasi().orElse(null),
                b.capaianTerbulat().orElse(null),
                b.kategori().map(Kategori::label).orElse(null),
                b.capaianKondisiAkhirTerbulat().orElse(null),
                b.tidakDapatDihitung());
    }

    /**
     * One realisasi as the API takes it, for the OpenAPI description; {@link PembacaRealisasi} reads
     * the body, since binding to this record could not tell an absent field from a null one.
     */
    @Schema(
            name = "RealisasiMasuk",
            description = "Perubahan sebagian: hanya isian yang dikirim yang diubah. Isian yang tidak dikirim"
                    + " tetap seperti tersimpan; isian teks yang dikirim null (atau \"\") dikosongkan.")
    record RealisasiMasuk(
            @Schema(
                            description = "1–4 untuk realisasi triwulan; tidak dikirim atau null untuk realisasi"
                                    + " setahun. Menentukan realisasi mana yang diubah.",
                            nullable = true,
                            example = "null")
                    Integer triwulan,
            @Schema(
                            description = "Nilai realisasi. Mengirim nilai mengubah realisasi berbentuk rasio menjadi"
                                    + " nilai (pembilang, penyebut, skala dikosongkan). Paling banyak 16 angka di"
                                    + " depan dan 4 di belakang titik desimal, tanpa pembulatan. Satuan % (persen):"
                                    + " 0–100, kecuali indikator bertanda rentang bebas. Satuan cacah (Orang, KK,"
                                    + " Desa, Buah, Dokumen, Kali, Kelompok, Paket, Unit, Lokasi …): bilangan bulat"
                                    + " tidak negatif.",
                            nullable = true,
                            example = "68.72")
                    BigDecimal nilai,
            @Schema(
                            description = "Pembilang (≥ 0). Mengirim pembilang atau penyebut mengubah realisasi"
                                    + " berbentuk nilai menjadi rasio: realisasi = pembilang ÷ penyebut × skala."
                                    + " Bukan untuk satuan cacah.",
                            nullable = true,
                            example = "46958")
                    BigDecimal pembilang,
            @Schema(
                            description = "Penyebut (> 0), cukup besar agar hasil rasio muat dalam 16 angka; untuk"
                                    + " satuan % hasilnya 0–100.",
                            nullable = true,
                            example = "68334")
                    BigDecimal penyebut,
            @Schema(
                            description = "Pengali rasio, bilangan bulat > 0 (paling banyak 12 angka); 100 bila"
                                    + " tidak diisi. Hanya bersama pembilang dan penyebut.",
                            nullable = true,
                            example = "100")
                    BigDecimal skala,
            @Schema(description = "Upaya yang dilakukan; null mengosongkan.", nullable = true) String upaya,
            @Schema(description = "Hambatan; null mengosongkan.", nullable = true) String hambatan,
            @Schema(description = "Rencana tindak lanjut; null mengosongkan.", nullable = true)
                    String rencanaTindakLanjut) {}

    record RealisasiKeluar(String indikator, int tahun, int triwulan, BigDecimal nilai, String diubahOleh) {}

    @Operation(
            summary = "Catat realisasi satu indikator (perubahan sebagian)",
            description =
                    """
                    Hanya isian yang dikirim yang diubah: `{"nilai": 70.1}` mengganti nilai dan membiarkan upaya, \
                    hambatan dan rencana tindak lanjut seperti tersimpan; `{"hambatan": null}` hanya mengosongkan \
                    hambatan. Mengirim `nilai` mengubah realisasi berbentuk rasio menjadi nilai, dan mengirim \
                    `pembilang`/`penyebut` sebaliknya. Isian yang tidak dikenal, muncul dua kali, berjenis salah, \
                    atau nilai di luar aturan satuannya ditolak dengan 422 beserta path-nya; tidak ada yang disimpan. \
                    Ditolak dengan 409 bila realisasi perangkat daerah tahun itu sedang diajukan, diverifikasi \
                    atau sudah ditetapkan.""",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = RealisasiMasuk.class))),
            responses = {
                @ApiResponse(responseCode = "200", description = "Tersimpan"),
                @ApiResponse(
                        responseCode = "404",
                        description = "Perangkat daerah atau indikator tidak ada di daerah token",
                        content = @Content(schema = @Schema(implementation = JawabanKesalahan.class))),
                @ApiResponse(responseCode = "409", description = "Tahun itu terkunci oleh persetujuan"),
                @ApiResponse(
                        responseCode = "422",
                        description = "Badan permintaan atau nilai tidak sah; `kesalahan[].path` menunjuk isiannya",
                        content = @Content(schema = @Schema(implementation = JawabanKesalahan.class)))
            })
    @PutMapping(
            path = "/realisasi/{tahun}/{kodePerangkatDaerah}/{kodeIndikator}",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    RealisasiKeluar catatRealisasi(
            @PathVariable int tahun,
            @PathVariable String kodePerangkatDaerah,
            @PathVariable String kodeIndikator,
            @RequestBody(required = false) byte[] badan) {
        PerangkatDaerah pd = KodeApi.perangkatDaerah(perencanaan, kodePerangkatDaerah);
        Indikator ind = KodeApi.indikator(perencanaan, pd, tahun, kodeIndikator);
        PembacaRealisasi.Terbaca masuk = PembacaRealisasi.baca(badan);
        // The body is read: a transaction cut off from the database before its commit (the writer failed over) can
        // run again on a fresh connection.
        RealisasiIndikator r =
                ulang.jalankan(() -> realisasi.ubah(ind.id(), tahun, masuk.triwulan(), masuk.perubahan()));
        return new RealisasiKeluar(ind.kode(), r.tahun(), r.triwulan(), r.nilai(), r.diubahOleh());
    }

    @ExceptionHandler(DataTerkunciException.class)
    ResponseEntity<Map<String, Object>> terkunci(DataTerkunciException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Map.of("status", HttpStatus.CONFLICT.value(), "pesan", e.getMessage()));
    }
}
