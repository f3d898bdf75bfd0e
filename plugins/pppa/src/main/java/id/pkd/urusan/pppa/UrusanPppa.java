package id.pkd.urusan.pppa;

import static id.pkd.plugin.api.Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK;
import static id.pkd.plugin.api.Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK;

import id.pkd.plugin.api.AturanSilang;
import id.pkd.plugin.api.BagianLaporan;
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
public class UrusanPppa implements UrusanPlugin {

    @Override
    public Urusan urusan() {
        return new Urusan("2.08", "Pemberdayaan Perempuan dan Perlindungan Anak");
    }

    @Override
    public List<DefinisiIndikator> indikator() {
        return List.of(
                new DefinisiIndikator("ipg", "Indeks Pembangunan Gender (IPG)", "indeks", SEMAKIN_TINGGI_SEMAKIN_BAIK),
                new DefinisiIndikator("idg", "Indeks Pemberdayaan Gender (IDG)", "indeks", SEMAKIN_TINGGI_SEMAKIN_BAIK),
                new DefinisiIndikator(
                        "arg-belanja-langsung",
                        "Persentase Anggaran Responsif Gender (ARG) pada belanja langsung APBD",
                        "%",
                        SEMAKIN_TINGGI_SEMAKIN_BAIK),
                new DefinisiIndikator(
                        "rasio-kekerasan-perempuan",
                        "Rasio kekerasan terhadap perempuan",
                        "rasio per 100.000",
                        SEMAKIN_RENDAH_SEMAKIN_BAIK),
                new DefinisiIndikator(
                        "rasio-kekerasan-anak",
                        "Rasio kekerasan terhadap anak",
                        "rasio per 10.000",
                        SEMAKIN_RENDAH_SEMAKIN_BAIK),
                new DefinisiIndikator(
                        "korban-terlayani",
                        "Persentase perempuan dan anak korban kekerasan yang mendapat layanan komprehensif",
                        "%",
                        SEMAKIN_TINGGI_SEMAKIN_BAIK),
                new DefinisiIndikator(
                        "perkawinan-anak",
                        "Persentase perempuan 20-24 tahun yang menikah sebelum 18 tahun",
                        "%",
                        SEMAKIN_RENDAH_SEMAKIN_BAIK));
    }

    private static final String REFERENSI = "id/pkd/urusan/pppa/referensi/";

    @Override
    public List<DaftarReferensi> referensi() {
        return List.of(
                Csv.referensi(
                        getClass(),
                        REFERENSI + "bentuk-kekerasan-v1.csv",
                        "bentuk-kekerasan",
                        "Bentuk kekerasan",
                        "v1 (Simfoni PPA)",
                        null),
                Csv.referensi(
                        getClass(), REFERENSI + "kelompok-umur-v1.csv", "kelompok-umur", "Kelompok umur", "v1", null),
                Csv.referensi(
                        getClass(),
                        REFERENSI + "peringkat-kla-v1.csv",
                        "peringkat-kla",
                        "Peringkat Kabupaten/Kota Layak Anak",
                        "v1",
                        null),
                // Whose ratio a case counts in: women (per 100.000 women) or children (per 10.000 children).
                new DaftarReferensi(
                        "kelompok-korban",
                        "Kelompok korban",
                        "v1",
                        List.of(
                                DaftarReferensi.Butir.of("perempuan", "Perempuan (dewasa)"),
                                DaftarReferensi.Butir.of("anak", "Anak (di bawah 18 tahun)"))));
    }

    @Override
    public List<Formulir> formulir() {
        return List.of(
                Formulir.tahunan(
                                "kasus-kekerasan",
                                "Kasus kekerasan terhadap perempuan dan anak",
                                Rincian.barisBerulang(),
                                List.of(
                                        Isian.pilihan("kelompok_korban", "Korban", "kelompok-korban")
                                                .diwajibkan(),
                                        Isian.pilihan("bentuk", "Bentuk kekerasan", "bentuk-kekerasan"),
                                        Isian.pilihan("kelompok_umur", "Kelompok umur korban", "kelompok-umur"),
                                        Isian.jumlah("korban", "Jumlah korban").diwajibkan(),
                                        Isian.jumlah("terlayani", "Korban mendapat layanan komprehensif")))
                        .keterangan("Hanya jumlah korban (agregat); identitas korban tidak pernah dicatat di sini.")
                        .aturan(AturanSilang.tidakLebihDari(
                                "terlayani", "korban", "Korban terlayani tidak boleh melebihi jumlah korban.")),
                Formulir.tahunan(
                                "penduduk",
                                "Penduduk (penyebut rasio)",
                                Rincian.satuBaris(),
                                List.of(
                                        Isian.jumlah("perempuan", "Penduduk perempuan")
                                                .diwajibkan(),
                                        Isian.jumlah("anak", "Penduduk anak (< 18 tahun)")))
                        .keterangan("Angka penduduk BPS/Dukcapil tahun berjalan."),
                Formulir.tahunan(
                        "indeks-gender",
                        "IPG, IDG, ARG, perkawinan anak dan KLA",
                        Rincian.satuBaris(),
                        List.of(
                                Isian.angka("ipg", "IPG").min(0).maks(100),
                                Isian.angka("idg", "IDG").min(0).maks(100),
                                Isian.angka("arg", "ARG pada belanja langsung (%)")
                                        .min(0)
                                        .maks(100),
                                Isian.angka("perkawinan_anak", "Perempuan 20-24 menikah < 18 tahun (%)")
                                        .min(0)
                                        .maks(100),
                                Isian.pilihan("kla", "Peringkat KLA", "peringkat-kla"))));
    }

    @Override
    public List<IndikatorTerhitung> indikatorTerhitung() {
        return List.of(
                IndikatorTerhitung.rasio(
                        "rasio-kekerasan-perempuan",
                        "jumlah(kasus-kekerasan.korban, kelompok_korban = 'perempuan')",
                        "jumlah(penduduk.perempuan)",
                        100_000),
                IndikatorTerhitung.rasio(
                        "rasio-kekerasan-anak",
                        "jumlah(kasus-kekerasan.korban, kelompok_korban = 'anak')",
                        "jumlah(penduduk.anak)",
                        10_000),
                IndikatorTerhitung.rasio(
                        "korban-terlayani", "jumlah(kasus-kekerasan.terlayani)", "jumlah(kasus-kekerasan.korban)", 100),
                IndikatorTerhitung.rasio("ipg", "jumlah(indeks-gender.ipg)", "1", 1),
                IndikatorTerhitung.rasio("idg", "jumlah(indeks-gender.idg)", "1", 1),
                IndikatorTerhitung.rasio("arg-belanja-langsung", "jumlah(indeks-gender.arg)", "1", 1),
                IndikatorTerhitung.rasio("perkawinan-anak", "jumlah(indeks-gender.perkawinan_anak)", "1", 1));
    }

    @Override
    public List<BagianLaporan> bagianLaporan() {
        return List.of(new BagianLaporan(
                "kasus-kekerasan",
                "Kasus kekerasan terhadap perempuan dan anak",
                BagianLaporan.Tempat.LKIP_CAPAIAN,
                "id/pkd/urusan/pppa/laporan/kasus-kekerasan.jrxml",
                "kasus-kekerasan",
                List.of()));
    }

    @Override
    public List<DataContoh> dataContoh() {
        return DataDemo.balangan();
    }
}
