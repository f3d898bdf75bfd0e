package id.pkd.portal.capaian;

import static id.pkd.plugin.api.Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK;
import static id.pkd.plugin.api.Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK;
import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.plugin.api.Polaritas;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figures of LKIP 2022 of Dinas Sosial, PPPA dan PMD Kabupaten Balangan (Tabel 1.1, Tabel 3.3 and
 * the narrative of BAB III), recomputed from the raw data.
 */
class IkhtisarCapaianLkipBalangan2022Test {

    private static final AturanCapaian ATURAN = AturanCapaian.BAKU;

    private static BigDecimal angka(String teks) {
        return AngkaIndonesia.parse(teks);
    }

    private static Capaian capaian(Polaritas polaritas, VarianRendah varian, String target, String realisasi) {
        return Capaian.hitung(polaritas, varian, angka(target), angka(realisasi))
                .orElseThrow();
    }

    private static Capaian semakinTinggi(String target, String realisasi) {
        return capaian(SEMAKIN_TINGGI_SEMAKIN_BAIK, null, target, realisasi);
    }

    private static Capaian semakinRendahVarianA(String target, String realisasi) {
        return capaian(SEMAKIN_RENDAH_SEMAKIN_BAIK, VarianRendah.A, target, realisasi);
    }

    private static String tercetak(Capaian capaian) {
        return AngkaIndonesia.persen(capaian.terbulat(ATURAN.pembulatan()));
    }

    /** The realisasi the report publishes: the ratio rounded to 2 decimals. */
    private static BigDecimal realisasiTerbit(long pembilang, long penyebut) {
        return ATURAN.bulatkan(
                RumusCapaian.rasio(BigDecimal.valueOf(pembilang), BigDecimal.valueOf(penyebut), BigDecimal.valueOf(100))
                        .orElseThrow());
    }

    private static List<Capaian> tujuhIku() {
        return List.of(
                semakinTinggi("52,95", "68,72"),
                semakinTinggi("92,74", "92,33"),
                semakinTinggi("72", "70,57"),
                semakinTinggi("21", "28,65"),
                semakinRendahVarianA("14", "17,4"),
                semakinRendahVarianA("1,9", "2,7"),
                semakinTinggi("23,38", "66,88"));
    }

    @Test
    void angkaPpksTertanganiAdalahJumlahPpksDibantuPerJumlahPopulasiPpksKaliSeratus() {
        assertThat(realisasiTerbit(46_958, 68_334)).isEqualByComparingTo("68.72");
    }

    @Test
    void angkaPpksTertanganiMelampauiTargetSehinggaCapaianSangatTinggi() {
        Capaian capaian = semakinTinggi("52,95", "68,72");
        assertThat(tercetak(capaian)).isEqualTo("129,78%");
        assertThat(ATURAN.kategori(capaian)).isEqualTo(Kategori.SANGAT_TINGGI);
    }

    @Test
    void realisasiPpksDariDataMentahMemberiCapaianYangSama() {
        Capaian capaian = Capaian.hitung(
                        SEMAKIN_TINGGI_SEMAKIN_BAIK, null, angka("52,95"), realisasiTerbit(46_958, 68_334))
                .orElseThrow();
        assertThat(tercetak(capaian)).isEqualTo("129,78%");
    }

    @Test
    void indeksPembangunanGenderSedikitDiBawahTargetTetapSangatTinggi() {
        Capaian capaian = semakinTinggi("92,74", "92,33");
        assertThat(tercetak(capaian)).isEqualTo("99,56%");
        assertThat(ATURAN.kategori(capaian)).isEqualTo(Kategori.SANGAT_TINGGI);
    }

    @Test
    void indeksPemberdayaanGenderSedikitDiBawahTargetTetapSangatTinggi() {
        Capaian capaian = semakinTinggi("72", "70,57");
        assertThat(tercetak(capaian)).isEqualTo("98,01%");
        assertThat(ATURAN.kategori(capaian)).isEqualTo(Kategori.SANGAT_TINGGI);
    }

    @Test
    void anggaranResponsifGenderMelampauiTargetSehinggaCapaianSangatTinggi() {
        Capaian capaian = semakinTinggi("21", "28,65");
        assertThat(tercetak(capaian)).isEqualTo("136,43%");
        assertThat(ATURAN.kategori(capaian)).isEqualTo(Kategori.SANGAT_TINGGI);
    }

    @Test
    void rasioKekerasanTerhadapPerempuanDiAtasTargetMenurunkanCapaianDiBawahSeratusPersen() {
        Capaian capaian = semakinRendahVarianA("14", "17,4");
        assertThat(tercetak(capaian)).isEqualTo("75,71%");
        // Tinggi starts at 76 (Permendagri 86/2017 lists Tinggi 76–90, Sedang 66–75)
        assertThat(ATURAN.kategori(capaian)).isEqualTo(Kategori.SEDANG);
    }

    @Test
    void rasioKekerasanTerhadapAnakDiAtasTargetMenurunkanCapaianMenjadiRendah() {
        Capaian capaian = semakinRendahVarianA("1,9", "2,7");
        assertThat(tercetak(capaian)).isEqualTo("57,89%");
        assertThat(ATURAN.kategori(capaian)).isEqualTo(Kategori.RENDAH);
    }

    @Test
    void persentaseDesaMinimalMajuAdalahDesaMajuDanMandiriPerSeluruhDesa() {
        assertThat(realisasiTerbit(96 + 7, 154)).isEqualByComparingTo("66.88");
    }

    @Test
    void capaianDesaMinimalMajuDihitungDariRealisasiYangDiterbitkan() {
        BigDecimal realisasi = realisasiTerbit(103, 154);
        Capaian capaian = Capaian.hitung(SEMAKIN_TINGGI_SEMAKIN_BAIK, null, angka("23,38"), realisasi)
                .orElseThrow();
        assertThat(tercetak(capaian)).isEqualTo("286,06%");
        assertThat(ATURAN.kategori(capaian)).isEqualTo(Kategori.SANGAT_TINGGI);
    }

    @Test
    void capaianDesaMinimalMajuTerhadapKondisiAkhirRpjmd() {
        Capaian terhadapAkhir = Capaian.hitung(
                        SEMAKIN_TINGGI_SEMAKIN_BAIK, null, angka("44,16"), realisasiTerbit(103, 154))
                .orElseThrow();
        assertThat(tercetak(terhadapAkhir)).isEqualTo("151,45%");
    }

    @Test
    void realisasiYangBelumDibulatkanTidakMenghasilkanAngkaDokumen() {
        BigDecimal belumDibulatkan = RumusCapaian.rasio(
                        BigDecimal.valueOf(103), BigDecimal.valueOf(154), BigDecimal.valueOf(100))
                .orElseThrow();
        assertThat(tercetak(Capaian.hitung(SEMAKIN_TINGGI_SEMAKIN_BAIK, null, angka("23,38"), belumDibulatkan)
                        .orElseThrow()))
                .isEqualTo("286,07%");
        assertThat(tercetak(Capaian.hitung(SEMAKIN_TINGGI_SEMAKIN_BAIK, null, angka("44,16"), belumDibulatkan)
                        .orElseThrow()))
                .isEqualTo("151,46%");
    }

    @Test
    void rataRataCapaianTujuhIkuDihitungDariCapaianYangBelumDibulatkan() {
        Capaian rataRata = Capaian.rataRata(tujuhIku()).orElseThrow();
        assertThat(tercetak(rataRata)).isEqualTo("126,21%");
        assertThat(ATURAN.kategori(rataRata)).isEqualTo(Kategori.SANGAT_TINGGI);
    }

    @Test
    void rataRataSasaranDenganSatuIndikatorSamaDenganCapaiannya() {
        Capaian desa = semakinTinggi("23,38", "66,88");
        assertThat(tercetak(Capaian.rataRata(List.of(desa)).orElseThrow())).isEqualTo("286,06%");
    }

    @Test
    void ppksTertanganiPerJenisAdalahYangDibantuPerPopulasinya() {
        assertThat(AngkaIndonesia.persen(realisasiTerbit(1_213, 4_442))).isEqualTo("27,31%");
        assertThat(AngkaIndonesia.persen(realisasiTerbit(658, 1_240))).isEqualTo("53,06%");
        assertThat(AngkaIndonesia.persen(realisasiTerbit(34, 191))).isEqualTo("17,80%");
    }

    @Test
    void ppksFakirMiskinDicetakDokumenDenganPemotonganBukanPembulatan() {
        // 44.685 / 60.585 × 100 = 73,7559…: the LKIP prints 73,75, i.e. truncated, while it prints
        // lansia 1.213 / 4.442 = 27,3075… as 27,31, i.e. rounded. No single mode gives both.
        BigDecimal fakirMiskin = RumusCapaian.rasio(
                        BigDecimal.valueOf(44_685), BigDecimal.valueOf(60_585), BigDecimal.valueOf(100))
                .orElseThrow();
        assertThat(AngkaIndonesia.persen(Pembulatan.POTONG.bulatkan(fakirMiskin)))
                .isEqualTo("73,75%");
        assertThat(AngkaIndonesia.persen(Pembulatan.HALF_UP.bulatkan(fakirMiskin)))
                .isEqualTo("73,76%");
    }

    @Test
    void capaianTerhadapKondisiAkhirRpjmdTahun2026() {
        assertThat(tercetak(semakinTinggi("92,86", "92,33"))).isEqualTo("99,43%");
        assertThat(tercetak(semakinTinggi("76", "70,57"))).isEqualTo("92,86%");
        assertThat(tercetak(semakinTinggi("21,2", "28,65"))).isEqualTo("135,14%");
    }

    @Test
    void capaianTahun2021DenganRumusYangSama() {
        assertThat(tercetak(semakinTinggi("46,95", "54,91"))).isEqualTo("116,95%");
        assertThat(tercetak(semakinTinggi("92,71", "92,22"))).isEqualTo("99,47%");
        assertThat(tercetak(semakinTinggi("70,77", "70,14"))).isEqualTo("99,11%");
        assertThat(tercetak(semakinRendahVarianA("14,1", "17,6"))).isEqualTo("75,18%");
        assertThat(tercetak(semakinRendahVarianA("2", "3,17"))).isEqualTo("41,50%");
    }

    @Test
    void perbandinganDenganTahunLaluAdalahNilaiTahunIniDikurangiNilaiTahunLalu() {
        // realisasi
        assertThat(RumusCapaian.selisih(angka("18,01"), angka("28,65"))).isEqualByComparingTo("10.64");
        assertThat(RumusCapaian.selisih(angka("70,14"), angka("70,57"))).isEqualByComparingTo("0.43");
        assertThat(RumusCapaian.selisih(angka("17,6"), angka("17,4"))).isEqualByComparingTo("-0.20");
        assertThat(RumusCapaian.selisih(angka("3,17"), angka("2,7"))).isEqualByComparingTo("-0.47");
        // capaian as printed
        assertThat(RumusCapaian.selisih(angka("99,47"), angka("99,56"))).isEqualByComparingTo("0.09");
        assertThat(RumusCapaian.selisih(angka("99,11"), angka("98,01"))).isEqualByComparingTo("-1.10");
        assertThat(RumusCapaian.selisih(angka("75,18"), angka("75,71"))).isEqualByComparingTo("0.53");
        assertThat(RumusCapaian.selisih(angka("41,50"), angka("57,89"))).isEqualByComparingTo("16.39");
        assertThat(RumusCapaian.selisih(angka("100"), angka("286,06"))).isEqualByComparingTo("186.06");
    }
}
