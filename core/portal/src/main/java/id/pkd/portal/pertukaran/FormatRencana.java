package id.pkd.portal.pertukaran;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The exchange format {@code pkd-rencana/1}: a tenant's whole plan for one year, as the API
 * exports it and imports it. Entries refer to each other by their codes and NIPs, never by
 * database ids, so a file moves between portals. Keys starting with "_" are ignored on import.
 */
public final class FormatRencana {

    public static final String VERSI = "pkd-rencana/1";

    private FormatRencana() {}

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Dokumen(String format, Integer tahun, Rpjmd rpjmd, List<PerangkatDaerahData> perangkatDaerah) {}

    public record Rpjmd(Integer tahunAwal, Integer tahunAkhir, String visi, List<String> misi) {}

    public record PerangkatDaerahData(
            String kode,
            String nama,
            String singkatan,
            List<BidangData> bidang,
            List<PejabatData> pejabat,
            List<PelaksanaData> pelaksana,
            RenstraData renstra,
            List<PerjanjianKinerjaData> perjanjianKinerja,
            List<ProgramData> program,
            List<RealisasiData> realisasi) {}

    public record BidangData(String kode, String nama) {}

    public record PejabatData(
            String nip,
            String nama,
            String pangkat,
            String golongan,
            String jabatan,
            String eselon,
            String bidang,
            String atasan) {}

    public record PelaksanaData(String nip, String jenis, String jabatan, LocalDate mulai, LocalDate selesai) {}

    public record RenstraData(List<TujuanData> tujuan) {}

    public record TujuanData(String kode, String uraian, List<SasaranData> sasaran) {}

    public record SasaranData(String kode, String uraian, String urusan, List<IndikatorData> indikator) {}

    public record IndikatorData(
            String kode,
            String nama,
            String satuan,
            String polaritas,
            String varianRendah,
            BigDecimal kondisiAwal,
            BigDecimal kondisiAkhir,
            String sumberData,
            Map<String, BigDecimal> target,
            String sumberRealisasi,
            // Optional: absent keeps what the tenant chose; true lets a percentage leave 0–100.
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean rentangBebas) {}

    public record PerjanjianKinerjaData(String pihakPertama, PihakKeduaData pihakKedua, List<PkSasaranData> sasaran) {}

    public record PihakKeduaData(String nip, String nama, String jabatan) {}

    public record PkSasaranData(
            String kode, String uraian, String sasaranRenstra, String sasaranAtasan, List<PkIndikatorData> indikator) {}

    /** Refers to a Renstra indicator by kode alone, or defines a new indicator of this PK. */
    public record PkIndikatorData(
            String kode, String nama, String satuan, String polaritas, String varianRendah, BigDecimal target) {}

    public record ProgramData(
            String kode, String nama, List<IndikatorProgramData> indikator, List<KegiatanData> kegiatan) {}

    public record KegiatanData(
            String kode, String nama, List<IndikatorProgramData> indikator, List<SubKegiatanData> subKegiatan) {}

    public record SubKegiatanData(
            String kode,
            String nama,
            List<IndikatorProgramData> indikator,
            String sumberDana,
            BigDecimal anggaran,
            BigDecimal realisasi) {}

    public record IndikatorProgramData(String nama, String satuan, BigDecimal target, BigDecimal realisasi) {}

    public record RealisasiData(
            String indikator,
            Integer tahun,
            Integer triwulan,
            BigDecimal nilai,
            BigDecimal pembilang,
            BigDecimal penyebut,
            BigDecimal skala,
            String upaya,
            String hambatan,
            String rencanaTindakLanjut) {}
}
