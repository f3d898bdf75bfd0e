package id.pkd.urusan.sosial;

import static id.pkd.plugin.api.Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK;

import id.pkd.plugin.api.AturanSilang;
import id.pkd.plugin.api.BagianLaporan;
import id.pkd.plugin.api.BagianRkpd;
import id.pkd.plugin.api.Csv;
import id.pkd.plugin.api.DaftarReferensi;
import id.pkd.plugin.api.DataContoh;
import id.pkd.plugin.api.DefinisiIndikator;
import id.pkd.plugin.api.Formulir;
import id.pkd.plugin.api.Formulir.Rincian;
import id.pkd.plugin.api.IndikatorTerhitung;
import id.pkd.plugin.api.Isian;
import id.pkd.plugin.api.Urusan;
import id.pkd.plugin.api.UrusanPlugin;
import java.util.List;
import org.pf4j.Extension;

@Extension
public class UrusanSosial implements UrusanPlugin {

    private static final String REFERENSI = "id/pkd/urusan/sosial/referensi/";

    @Override
    public Urusan urusan() {
        return new Urusan("1.06", "Sosial");
    }

    @Override
    public List<DefinisiIndikator> indikator() {
        return List.of(
                new DefinisiIndikator(
                        "ppks-tertangani", "Angka PPKS yang tertangani", "%", SEMAKIN_TINGGI_SEMAKIN_BAIK),
                new DefinisiIndikator(
                        "korban-bencana-terbantu",
                        "Persentase korban bencana yang menerima bantuan sosial",
                        "%",
                        SEMAKIN_TINGGI_SEMAKIN_BAIK),
                new DefinisiIndikator(
                        "fakir-miskin-menerima-bansos",
                        "Persentase fakir miskin yang menerima bantuan sosial",
                        "%",
                        SEMAKIN_TINGGI_SEMAKIN_BAIK));
    }

    @Override
    public List<DaftarReferensi> referensi() {
        return List.of(
                Csv.referensi(
                        getClass(),
                        REFERENSI + "jenis-ppks-v1.csv",
                        "jenis-ppks",
                        "Jenis PPKS",
                        "v1 (Permensos 8/2012)",
                        null),
                Csv.referensi(
                        getClass(),
                        REFERENSI + "jenis-psks-v1.csv",
                        "jenis-psks",
                        "Jenis PSKS",
                        "v1 (Permensos 8/2012)",
                        null),
                Csv.referensi(
                        getClass(), REFERENSI + "jenis-bencana-v1.csv", "jenis-bencana", "Jenis bencana", "v1", null),
                Csv.referensi(
                        getClass(),
                        REFERENSI + "program-bansos-v1.csv",
                        "program-bansos",
                        "Program bantuan sosial",
                        "v1",
                        null),
                Csv.referensi(getClass(), REFERENSI + "sumber-dana-v1.csv", "sumber-dana", "Sumber dana", "v1", null));
    }

    @Override
    public List<Formulir> formulir() {
        return List.of(
                Formulir.tahunan(
                                "ppks",
                                "PPKS menurut jenis",
                                Rincian.menurut("jenis-ppks"),
                                List.of(
                                        Isian.yaTidak("ditangani", "Ditangani daerah"),
                                        Isian.jumlah("populasi", "Jumlah PPKS (orang)"),
                                        Isian.jumlah("tertangani", "PPKS tertangani (orang)")))
                        .keterangan("Populasi dan PPKS yang tertangani per jenis (Permensos 8/2012). Angka PPKS"
                                + " tertangani dihitung atas jenis yang ditangani daerah.")
                        .aturan(AturanSilang.tidakLebihDari(
                                "tertangani", "populasi", "PPKS tertangani tidak boleh melebihi jumlah PPKS.")),
                Formulir.tahunan(
                                "psks",
                                "PSKS menurut jenis",
                                Rincian.menurut("jenis-psks"),
                                List.of(Isian.jumlah("jumlah", "Jumlah")))
                        .keterangan("Potensi dan Sumber Kesejahteraan Sosial yang ada di daerah."),
                Formulir.tahunan(
                                "bansos",
                                "Penerima bantuan sosial",
                                Rincian.barisBerulang(),
                                List.of(
                                        Isian.pilihan("program", "Program", "program-bansos")
                                                .diwajibkan(),
                                        Isian.pilihan("sumber_dana", "Sumber dana", "sumber-dana"),
                                        Isian.jumlah("penerima", "Penerima").diwajibkan(),
                                        Isian.jumlah("penerima_fakir_miskin", "Penerima dari fakir miskin (orang)"),
                                        Isian.rupiahAtauTidakDiketahui("dana", "Dana (Rp)")))
                        .aturan(AturanSilang.tidakLebihDari(
                                "penerima_fakir_miskin",
                                "penerima",
                                "Penerima dari fakir miskin tidak boleh melebihi jumlah penerima.")),
                Formulir.tahunan(
                                "bencana",
                                "Register kejadian bencana",
                                Rincian.barisBerulang(),
                                List.of(
                                        Isian.pilihan("jenis", "Jenis bencana", "jenis-bencana")
                                                .diwajibkan(),
                                        Isian.teks("desa", "Desa/kelurahan").diwajibkan(),
                                        Isian.teks("kecamatan", "Kecamatan").diwajibkan(),
                                        Isian.tanggal("mulai", "Tanggal mulai").diwajibkan(),
                                        Isian.tanggal("selesai", "Tanggal selesai"),
                                        Isian.jumlah("rusak_berat", "Rusak berat (unit)"),
                                        Isian.jumlah("rusak_ringan", "Rusak ringan (unit)"),
                                        Isian.jumlah("rumah", "Rumah rusak"),
                                        Isian.jumlah("tempat_usaha", "Tempat usaha rusak"),
                                        Isian.jumlah("fasilitas_umum", "Fasilitas umum rusak"),
                                        Isian.rupiahAtauTidakDiketahui("kerugian", "Taksiran kerugian (Rp)"),
                                        Isian.jumlah("korban_kk", "Korban (KK)"),
                                        Isian.jumlah("korban_jiwa", "Korban (jiwa)")
                                                .diwajibkan(),
                                        Isian.jumlah("jiwa_terbantu", "Korban yang dibantu (jiwa)")
                                                .diwajibkan(),
                                        Isian.teks("bantuan", "Bantuan yang diberikan")))
                        .keterangan("Satu baris per kejadian. Kerugian boleh diisi \"tidak diketahui\".")
                        .aturan(
                                AturanSilang.tidakSebelum(
                                        "selesai", "mulai", "Tanggal selesai tidak boleh sebelum tanggal mulai."),
                                AturanSilang.tidakLebihDari(
                                        "jiwa_terbantu",
                                        "korban_jiwa",
                                        "Korban yang dibantu tidak boleh melebihi jumlah korban.")),
                Formulir.tahunan(
                                "spm-sosial",
                                "SPM bidang sosial",
                                Rincian.barisBerulang(),
                                List.of(
                                        Isian.teks("layanan", "Jenis layanan dasar")
                                                .diwajibkan(),
                                        Isian.jumlah("sasaran", "Warga yang harus dilayani")
                                                .diwajibkan(),
                                        Isian.jumlah("terlayani", "Warga terlayani")
                                                .diwajibkan()))
                        .keterangan("Standar Pelayanan Minimal bidang sosial (Permensos 9/2018).")
                        .aturan(AturanSilang.tidakLebihDari(
                                "terlayani", "sasaran", "Warga terlayani tidak boleh melebihi sasaran.")),
                Formulir.tahunan(
                                "capaian-indikator",
                                "Capaian indikator urusan sosial",
                                Rincian.barisBerulang(),
                                List.of(
                                        Isian.teks("nomor", "No."),
                                        Isian.teks("indikator", "Indikator").diwajibkan(),
                                        Isian.angka("nilai", "Capaian"),
                                        Isian.teks("satuan", "Satuan")))
                        .keterangan("Capaian indikator urusan sosial tiap tahun, sebagaimana tabel capaian indikator"
                                + " bab evaluasi RKPD. Indikator yang sama tiap tahun ditulis dengan nomor dan nama"
                                + " yang sama."),
                Formulir.tahunan(
                                "capaian-spm",
                                "Capaian indikator SPM sosial",
                                Rincian.barisBerulang(),
                                List.of(
                                        Isian.teks("nomor", "No."),
                                        Isian.teks("layanan", "Jenis pelayanan dasar")
                                                .diwajibkan(),
                                        Isian.teks("indikator", "Indikator").diwajibkan(),
                                        Isian.angka("nilai", "Capaian (%)")))
                        .keterangan("Capaian indikator Standar Pelayanan Minimal bidang sosial tiap tahun; kosongkan"
                                + " capaian yang tidak diukur."));
    }

    @Override
    public List<IndikatorTerhitung> indikatorTerhitung() {
        return List.of(
                IndikatorTerhitung.rasio(
                        "ppks-tertangani",
                        "jumlah(ppks.tertangani, ditangani = 'ya')",
                        "jumlah(ppks.populasi, ditangani = 'ya')",
                        100),
                IndikatorTerhitung.rasio(
                        "korban-bencana-terbantu", "jumlah(bencana.jiwa_terbantu)", "jumlah(bencana.korban_jiwa)", 100),
                IndikatorTerhitung.rasio(
                        "fakir-miskin-menerima-bansos",
                        "jumlah(bansos.penerima_fakir_miskin)",
                        "jumlah(ppks.populasi, rincian = 'fakir-miskin')",
                        100));
    }

    @Override
    public List<BagianLaporan> bagianLaporan() {
        return List.of(new BagianLaporan(
                "ppks",
                "Jumlah PPKS dan PPKS yang tertangani",
                BagianLaporan.Tempat.LKIP_CAPAIAN,
                "id/pkd/urusan/sosial/laporan/ppks.jrxml",
                "ppks",
                List.of("populasi", "tertangani")));
    }

    @Override
    public List<BagianRkpd> bagianRkpd() {
        return List.of(
                BagianRkpd.riwayatIndikator(
                        "capaian-indikator",
                        "Capaian Indikator Sosial",
                        "capaian-indikator",
                        "nomor",
                        "indikator",
                        "nilai",
                        "satuan"),
                BagianRkpd.spm(
                        "capaian-spm",
                        "Capaian Indikator SPM Sosial",
                        "capaian-spm",
                        "nomor",
                        "layanan",
                        "indikator",
                        "nilai"),
                BagianRkpd.narasiPerJenis(
                        "pmks-per-jenis",
                        "Penyandang Masalah Kesejahteraan Sosial (PMKS) menurut Jenis",
                        "ppks",
                        "populasi",
                        "tertangani",
                        "{nama} berjumlah {populasi}, yang mendapatkan pelayanan dari Dinas Sosial sebanyak"
                                + " {tertangani} atau {persen}%."));
    }

    @Override
    public List<DataContoh> dataContoh() {
        return DataDemo.balangan();
    }
}
