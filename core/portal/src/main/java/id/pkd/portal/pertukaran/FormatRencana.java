package id.pkd.portal.pertukaran;

import static id.pkd.portal.umum.BatasKolom.BULAT_ANGKA;
import static id.pkd.portal.umum.BatasKolom.BULAT_RUPIAH;
import static id.pkd.portal.umum.BatasKolom.DESIMAL_ANGKA;
import static id.pkd.portal.umum.BatasKolom.DESIMAL_RUPIAH;
import static id.pkd.portal.umum.BatasKolom.TEKS;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.pkd.portal.umum.AngkaMuat;
import id.pkd.portal.umum.PanjangMaks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The exchange format {@code pkd-rencana/1}: a tenant's whole plan for one year, as the API
 * exports it and imports it. Entries refer to each other by their codes and NIPs, never by
 * database ids, so a file moves between portals. Keys starting with "_" are ignored on import.
 *
 * <p>Each text and number carries the bound of the column it is written to (migrations V2, V5):
 * {@link PanjangMaks} the VARCHAR size or {@code TEKS} for a TEXT column, {@link AngkaMuat} the
 * DECIMAL precision. The import checks them first ({@code BatasKolom}), so no value reaches the
 * driver that the database would refuse. Texts that must match a pattern or a list (NIP, golongan,
 * eselon, program codes, enums) are bounded by that rule instead.
 */
public final class FormatRencana {

    public static final String VERSI = "pkd-rencana/1";

    private FormatRencana() {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Dokumen(
            String format, Integer tahun, @Valid Rpjmd rpjmd, List<@Valid PerangkatDaerahData> perangkatDaerah) {}

    public record Rpjmd(
            Integer tahunAwal,
            Integer tahunAkhir,
            @PanjangMaks(TEKS) String visi,
            // one TEXT column holds the misi joined by line breaks: 10 × 1,500 stays under it
            @Size(max = 10, message = "Paling banyak {max} butir misi.") List<@PanjangMaks(1_500) String> misi,
            // Optional: absent (an older file) leaves the region's indicators as they are; a list is the whole set.
            @JsonInclude(JsonInclude.Include.NON_NULL) List<@Valid IkuDaerahData> ikuDaerah,
            // Optional: absent (an older file) leaves the region's tujuan and sasaran RPJMD, and every link to them,
            // as they are; a list is the whole set, and then the links of the IKU and Renstra sasaran are read too.
            @JsonInclude(JsonInclude.Include.NON_NULL) List<@Valid TujuanRpjmdData> tujuan) {}

    /** A tujuan RPJMD of the period (table tujuan_rpjmd, V37) under its misi by number, with its sasaran in order. */
    public record TujuanRpjmdData(
            @PanjangMaks(40) String kode,
            Integer misi,
            @PanjangMaks(1_500) String uraian,
            List<@Valid SasaranRpjmdData> sasaran) {}

    /** A sasaran RPJMD (table sasaran_rpjmd, V37); the IKU and Renstra sasaran name it by this code. */
    public record SasaranRpjmdData(@PanjangMaks(40) String kode, @PanjangMaks(1_500) String uraian) {}

    /** An IKU Kepala Daerah of the period (table iku_daerah, V26), in its order; targets keyed by year. */
    public record IkuDaerahData(
            @PanjangMaks(40) String kode,
            @PanjangMaks(600) String nama,
            @PanjangMaks(40) String satuan,
            String polaritas,
            String varianRendah,
            @AngkaMuat(bulat = BULAT_ANGKA, desimal = DESIMAL_ANGKA) BigDecimal kondisiAwal,
            @AngkaMuat(bulat = BULAT_ANGKA, desimal = DESIMAL_ANGKA) BigDecimal kondisiAkhir,
            Map<String, @AngkaMuat(bulat = BULAT_ANGKA, desimal = DESIMAL_ANGKA) BigDecimal> target,
            // The kode of its sasaran RPJMD, read only when the file carries rpjmd.tujuan; absent there: none.
            @JsonInclude(JsonInclude.Include.NON_NULL) String sasaranRpjmd) {}

    public record PerangkatDaerahData(
            @PanjangMaks(40) String kode,
            @PanjangMaks(300) String nama,
            @PanjangMaks(100) String singkatan,
            List<@Valid BidangData> bidang,
            List<@Valid PejabatData> pejabat,
            List<@Valid PelaksanaData> pelaksana,
            @Valid RenstraData renstra,
            List<@Valid PerjanjianKinerjaData> perjanjianKinerja,
            List<@Valid ProgramData> program,
            List<@Valid RealisasiData> realisasi,
            // Optional: absent (an older file) leaves the agency's urusan as they are; a list is the whole set.
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> urusan) {}

    public record BidangData(@PanjangMaks(30) String kode, @PanjangMaks(300) String nama) {}

    public record PejabatData(
            String nip,
            @PanjangMaks(200) String nama,
            @PanjangMaks(60) String pangkat,
            String golongan,
            @PanjangMaks(300) String jabatan,
            String eselon,
            String bidang,
            String atasan) {}

    public record PelaksanaData(
            String nip, String jenis, @PanjangMaks(300) String jabatan, LocalDate mulai, LocalDate selesai) {}

    public record RenstraData(List<@Valid TujuanData> tujuan) {}

    public record TujuanData(
            @PanjangMaks(20) String kode,
            @PanjangMaks(TEKS) String uraian,
            List<@Valid SasaranData> sasaran,
            // The kode of the tujuan RPJMD it serves (V42), read only when the file carries rpjmd.tujuan.
            @JsonInclude(JsonInclude.Include.NON_NULL) String tujuanRpjmd) {}

    public record SasaranData(
            @PanjangMaks(20) String kode,
            @PanjangMaks(TEKS) String uraian,
            String urusan,
            List<@Valid IndikatorData> indikator,
            // The kode of the sasaran RPJMD it supports, read only when the file carries rpjmd.tujuan.
            @JsonInclude(JsonInclude.Include.NON_NULL) String sasaranRpjmd) {}

    public record IndikatorData(
            @PanjangMaks(40) String kode,
            @PanjangMaks(600) String nama,
            @PanjangMaks(40) String satuan,
            String polaritas,
            String varianRendah,
            @AngkaMuat(bulat = BULAT_ANGKA, desimal = DESIMAL_ANGKA) BigDecimal kondisiAwal,
            @AngkaMuat(bulat = BULAT_ANGKA, desimal = DESIMAL_ANGKA) BigDecimal kondisiAkhir,
            @PanjangMaks(300) String sumberData,
            Map<String, @AngkaMuat(bulat = BULAT_ANGKA, desimal = DESIMAL_ANGKA) BigDecimal> target,
            @PanjangMaks(140) String sumberRealisasi,
            // Optional: absent keeps what the tenant chose; true lets a percentage leave 0–100.
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean rentangBebas) {}

    public record PerjanjianKinerjaData(
            String pihakPertama, @Valid PihakKeduaData pihakKedua, List<@Valid PkSasaranData> sasaran) {}

    public record PihakKeduaData(String nip, @PanjangMaks(200) String nama, @PanjangMaks(300) String jabatan) {}

    public record PkSasaranData(
            @PanjangMaks(30) String kode,
            @PanjangMaks(TEKS) String uraian,
            String sasaranRenstra,
            String sasaranAtasan,
            List<@Valid PkIndikatorData> indikator) {}

    /** Refers to a Renstra indicator by kode alone, or defines a new indicator of this PK. */
    public record PkIndikatorData(
            @PanjangMaks(40) String kode,
            @PanjangMaks(600) String nama,
            @PanjangMaks(40) String satuan,
            String polaritas,
            String varianRendah,
            @AngkaMuat(bulat = BULAT_ANGKA, desimal = DESIMAL_ANGKA) BigDecimal target) {}

    public record ProgramData(
            String kode,
            @PanjangMaks(600) String nama,
            List<@Valid IndikatorProgramData> indikator,
            List<@Valid KegiatanData> kegiatan) {}

    public record KegiatanData(
            String kode,
            @PanjangMaks(600) String nama,
            List<@Valid IndikatorProgramData> indikator,
            List<@Valid SubKegiatanData> subKegiatan) {}

    public record SubKegiatanData(
            String kode,
            @PanjangMaks(600) String nama,
            List<@Valid IndikatorProgramData> indikator,
            String sumberDana,
            @AngkaMuat(bulat = BULAT_RUPIAH, desimal = DESIMAL_RUPIAH) BigDecimal anggaran,
            @AngkaMuat(bulat = BULAT_RUPIAH, desimal = DESIMAL_RUPIAH) BigDecimal realisasi) {}

    public record IndikatorProgramData(
            @PanjangMaks(600) String nama,
            @PanjangMaks(40) String satuan,
            @AngkaMuat(bulat = BULAT_ANGKA, desimal = DESIMAL_ANGKA) BigDecimal target,
            @AngkaMuat(bulat = BULAT_ANGKA, desimal = DESIMAL_ANGKA) BigDecimal realisasi) {}

    public record RealisasiData(
            String indikator,
            Integer tahun,
            Integer triwulan,
            BigDecimal nilai,
            BigDecimal pembilang,
            BigDecimal penyebut,
            BigDecimal skala,
            @PanjangMaks(TEKS) String upaya,
            @PanjangMaks(TEKS) String hambatan,
            @PanjangMaks(TEKS) String rencanaTindakLanjut) {}
}
