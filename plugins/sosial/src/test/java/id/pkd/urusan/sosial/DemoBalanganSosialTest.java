package id.pkd.urusan.sosial;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Balangan demo data reproduce LKIP 2022 Tabel 3.3 and the RKPD 2022 PPKS figures:
 * Angka PPKS tertangani = Σ PPKS tertangani / Σ populasi PPKS × 100 over the types the region handles.
 */
class DemoBalanganSosialTest {

    private static final List<Map<String, String>> PPKS = demo("ppks-balangan.csv");

    @Test
    void angkaPpksTertangani2022Adalah6872() {
        List<Map<String, String>> tahun2022 = tahun(PPKS, "2022");

        assertThat(tahun2022).hasSize(9).allSatisfy(b -> {
            assertThat(b.get("satuan_populasi")).isEqualTo("orang");
            assertThat(b.get("satuan_tertangani")).isEqualTo("orang");
        });
        assertThat(jumlah(tahun2022, "populasi")).isEqualTo(68_334);
        assertThat(jumlah(tahun2022, "tertangani")).isEqualTo(46_958);
        assertThat(persen(jumlah(tahun2022, "tertangani"), jumlah(tahun2022, "populasi"), RoundingMode.HALF_UP))
                .isEqualByComparingTo("68.72");
    }

    @Test
    void persentasePerJenisPpks2022SepertiUraianLkip() {
        Map<String, Map<String, String>> perJenis = perJenis(tahun(PPKS, "2022"));

        assertThat(persenJenis(perJenis, "lanjut-usia-terlantar")).isEqualByComparingTo("27.31");
        assertThat(persenJenis(perJenis, "penyandang-disabilitas")).isEqualByComparingTo("53.06");
        // 44.685 / 60.585 = 73,7558 %: the LKIP prints 73,75 (truncated) although it rounds the others
        // HALF_UP, so only a tenant that truncates reproduces the printed figure.
        assertThat(persenJenis(perJenis, "fakir-miskin", RoundingMode.DOWN)).isEqualByComparingTo("73.75");
        assertThat(persenJenis(perJenis, "fakir-miskin", RoundingMode.HALF_UP)).isEqualByComparingTo("73.76");
        assertThat(persenJenis(perJenis, "anak-terlantar")).isEqualByComparingTo("17.80");
        assertThat(persenJenis(perJenis, "komunitas-adat-terpencil")).isEqualByComparingTo("9.17");
    }

    @Test
    void rincianLayanan2022BerjumlahSamaDenganPpksTertangani() {
        Map<String, Long> layanan = tahun(demo("layanan-ppks-balangan.csv"), "2022").stream()
                .collect(Collectors.groupingBy(
                        b -> b.get("kode_jenis_ppks"), Collectors.summingLong(b -> Long.parseLong(b.get("jumlah")))));

        assertThat(layanan).hasSize(9);
        perJenis(tahun(PPKS, "2022"))
                .forEach((jenis, b) ->
                        assertThat(layanan.get(jenis)).as(jenis).isEqualTo(Long.parseLong(b.get("tertangani"))));
    }

    @Test
    void populasiPmks2020SamaDenganJumlahRkpd() {
        List<Map<String, String>> tahun2020 = tahun(PPKS, "2020");
        long jumlahPmks2020 = demo("capaian-indikator-sosial-balangan.csv").stream()
                .filter(b ->
                        b.get("kode").equals("jumlah-pmks") && b.get("tahun").equals("2020"))
                .mapToLong(b -> Long.parseLong(b.get("nilai")))
                .sum();

        assertThat(tahun2020).hasSize(9);
        assertThat(jumlah(tahun2020, "populasi")).isEqualTo(47_523).isEqualTo(jumlahPmks2020);
    }

    @Test
    void persentase2020DicetakRkpdDenganPemotongan() {
        // The RKPD truncates: 888 / 3.325 = 26,706 % is printed 26,70 and 40 / 1.079 = 3,707 % as 3,70.
        Map<String, Map<String, String>> perJenis = perJenis(tahun(PPKS, "2020"));

        assertThat(persenJenis(perJenis, "lanjut-usia-terlantar", RoundingMode.DOWN))
                .isEqualByComparingTo("26.70");
        assertThat(persenJenis(perJenis, "lanjut-usia-terlantar", RoundingMode.HALF_UP))
                .isEqualByComparingTo("26.71");
        assertThat(persenJenis(perJenis, "perempuan-rawan-sosial-ekonomi", RoundingMode.DOWN))
                .isEqualByComparingTo("3.70");
        assertThat(persenJenis(perJenis, "anak-terlantar")).isEqualByComparingTo("19.77");
        assertThat(persenJenis(perJenis, "penyandang-disabilitas")).isEqualByComparingTo("18.82");
        assertThat(persenJenis(perJenis, "fakir-miskin")).isEqualByComparingTo("47.41");
    }

    @Test
    void jumlahTertangani2020BerbedaDenganAngkaRkpd() {
        // The RKPD states 19.446 handled (40,95 %), but its per-type figures add up to 19.441 (40,91 %);
        // the data keep the per-type figures, so a computed total differs from the printed one.
        List<Map<String, String>> tahun2020 = tahun(PPKS, "2020");

        assertThat(jumlah(tahun2020, "tertangani")).isEqualTo(19_441);
        assertThat(persen(19_441, 47_523, RoundingMode.HALF_UP)).isEqualByComparingTo("40.91");
    }

    @Test
    void riwayatIndikatorMemuatRealisasi2022YangDihitung() {
        BigDecimal dicatat = demo("capaian-indikator-sosial-balangan.csv").stream()
                .filter(b -> b.get("kode").equals("6.2") && b.get("tahun").equals("2022"))
                .map(b -> new BigDecimal(b.get("nilai")))
                .findFirst()
                .orElseThrow();
        List<Map<String, String>> tahun2022 = tahun(PPKS, "2022");

        assertThat(dicatat)
                .isEqualByComparingTo(
                        persen(jumlah(tahun2022, "tertangani"), jumlah(tahun2022, "populasi"), RoundingMode.HALF_UP));
    }

    @Test
    void kodeDataDemoAdaDiDataReferensi() {
        List<String> ppks = ReferensiSosialTest.kode("jenis-ppks-v1.csv");
        List<String> program = ReferensiSosialTest.kode("program-bansos-v1.csv");
        List<String> dana = ReferensiSosialTest.kode("sumber-dana-v1.csv");
        List<String> psks = ReferensiSosialTest.kode("jenis-psks-v1.csv");
        List<String> bencana = ReferensiSosialTest.kode("jenis-bencana-v1.csv");

        assertThat(PPKS).allSatisfy(b -> assertThat(ppks).contains(b.get("kode_jenis_ppks")));
        assertThat(demo("layanan-ppks-balangan.csv")).allSatisfy(b -> {
            assertThat(ppks).contains(b.get("kode_jenis_ppks"));
            kosongAtauAda(b.get("kode_program_bansos"), program);
            kosongAtauAda(b.get("kode_sumber_dana"), dana);
        });
        assertThat(demo("penerima-bansos-balangan.csv")).allSatisfy(b -> {
            assertThat(program).contains(b.get("kode_program_bansos"));
            kosongAtauAda(b.get("kode_sumber_dana"), dana);
        });
        assertThat(demo("psks-balangan.csv")).allSatisfy(b -> assertThat(psks).contains(b.get("kode_jenis_psks")));
        assertThat(demo("korban-bencana-balangan.csv")).allSatisfy(b -> {
            for (String jenis : b.get("jenis_bencana").split(" ")) {
                kosongAtauAda(jenis, bencana);
            }
        });
    }

    @Test
    void korbanBencana2022SamaDenganPpksKorbanBencana() {
        Map<String, Map<String, String>> perJenis = perJenis(tahun(PPKS, "2022"));
        Map<String, String> korban = tahun(demo("korban-bencana-balangan.csv"), "2022").stream()
                .collect(Collectors.toMap(b -> b.get("kelompok_bencana"), b -> b.get("jiwa")));

        assertThat(korban.get("alam"))
                .isEqualTo(perJenis.get("korban-bencana-alam").get("populasi"));
        assertThat(korban.get("sosial"))
                .isEqualTo(perJenis.get("korban-bencana-sosial").get("populasi"));
    }

    @Test
    void seriTabel244Dan245DimuatUntukSetiapTahun2017Sampai2020() {
        List<id.pkd.plugin.api.DataContoh> capaian = DataDemo.balangan().stream()
                .filter(c -> c.formulir().equals("capaian-indikator"))
                .toList();
        List<id.pkd.plugin.api.DataContoh> spm = DataDemo.balangan().stream()
                .filter(c -> c.formulir().equals("capaian-spm"))
                .toList();

        assertThat(capaian).extracting(id.pkd.plugin.api.DataContoh::tahun).containsExactly(2017, 2018, 2019, 2020);
        assertThat(spm).extracting(id.pkd.plugin.api.DataContoh::tahun).containsExactly(2017, 2018, 2019, 2020);
        // Tabel 2.44's ten rows with figures each year: seven indicators, then Rastra/BPNT, PKH and their sum.
        assertThat(capaian).allSatisfy(c -> assertThat(c.baris()).hasSize(10));
        assertThat(spm).allSatisfy(c -> assertThat(c.baris()).hasSize(5));
        Map<String, String> jumlah2017 = capaian.get(0).baris().get(9);
        assertThat(jumlah2017).containsEntry("nilai", "8340").containsEntry("satuan", "rumah tangga");
        // Decimals are typed the Indonesian way: "1.811" would be read as one thousand eight hundred and eleven.
        assertThat(capaian.get(0).baris().get(3)).containsEntry("nomor", "6.4").containsEntry("nilai", "1,811");
    }

    private static void kosongAtauAda(String kode, List<String> daftar) {
        if (!kode.isEmpty()) {
            assertThat(daftar).contains(kode);
        }
    }

    private static List<Map<String, String>> demo(String berkas) {
        return TabelCsv.baca("demo/" + berkas);
    }

    private static List<Map<String, String>> tahun(List<Map<String, String>> baris, String tahun) {
        return baris.stream().filter(b -> b.get("tahun").equals(tahun)).toList();
    }

    private static Map<String, Map<String, String>> perJenis(List<Map<String, String>> baris) {
        return baris.stream().collect(Collectors.toMap(b -> b.get("kode_jenis_ppks"), b -> b));
    }

    private static long jumlah(List<Map<String, String>> baris, String kolom) {
        return baris.stream().mapToLong(b -> Long.parseLong(b.get(kolom))).sum();
    }

    private static BigDecimal persenJenis(Map<String, Map<String, String>> perJenis, String jenis) {
        return persenJenis(perJenis, jenis, RoundingMode.HALF_UP);
    }

    private static BigDecimal persenJenis(
            Map<String, Map<String, String>> perJenis, String jenis, RoundingMode pembulatan) {
        Map<String, String> b = perJenis.get(jenis);
        return persen(Long.parseLong(b.get("tertangani")), Long.parseLong(b.get("populasi")), pembulatan);
    }

    private static BigDecimal persen(long pembilang, long penyebut, RoundingMode pembulatan) {
        return BigDecimal.valueOf(pembilang)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(penyebut), 2, pembulatan);
    }
}
