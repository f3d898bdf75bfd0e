package id.pkd.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatTabelTest {

    @Test
    void tanpaLebarMinimalLebarMengikutiBobotSepertiSemula() {
        int[] lebar = TemplatTabel.lebar(List.of(Blok.Kolom.teks("A", 1), Blok.Kolom.teks("B", 2)));
        assertThat(lebar).containsExactly(171, 344);
    }

    @Test
    void kolomNipMendapatLebarMinimalnyaDanSisanyaDibagiMenurutBobot() {
        List<Blok.Kolom> kolom = List.of(
                Blok.Kolom.teks("Jabatan", 8),
                Blok.Kolom.teks("Nama", 5),
                Blok.Kolom.nip("NIP", 4),
                Blok.Kolom.teks("Bidang", 4));
        int[] lebar = TemplatTabel.lebar(kolom);
        // By weight alone the NIP would get 515 × 4/21 = 98 pt, too narrow for "19730501 199311 1 001".
        assertThat(lebar[2]).isEqualTo(Blok.Kolom.LEBAR_NIP);
        assertThat(Arrays.stream(lebar).sum()).isEqualTo(TemplatTabel.LEBAR);
        assertThat(lebar[0]).isGreaterThan(lebar[1]).isGreaterThan(lebar[3]);
    }

    @Test
    void kolomNipYangBobotnyaSudahCukupTidakDiubah() {
        int[] lebar = TemplatTabel.lebar(List.of(Blok.Kolom.nip("NIP", 1), Blok.Kolom.teks("Nama", 1)));
        assertThat(lebar).containsExactly(257, 258);
    }

    @Test
    void kolomSempitMendapatLebarKataJudulTerpanjangnya() {
        List<Blok.Kolom> kolom = List.of(
                Blok.Kolom.teks("Indikator", 7),
                Blok.Kolom.angka("Target 2022", 2),
                Blok.Kolom.angka("Realisasi 2022", 2),
                Blok.Kolom.angka("Capaian (%)", 2),
                Blok.Kolom.angka("Realisasi 2021", 2),
                Blok.Kolom.angka("Perubahan", 2),
                Blok.Kolom.angka("Target Akhir 2026", 2),
                Blok.Kolom.angka("Capaian thd Target Akhir (%)", 2));
        int[] lebar = TemplatTabel.lebar(kolom);
        // By weight alone "Perubahan" gets 515 × 2/21 = 49 pt and breaks as "Perubaha/n".
        assertThat(lebar[5]).isGreaterThanOrEqualTo(TemplatTabel.lebarKataJudul("Perubahan"));
        assertThat(lebar[2]).isGreaterThanOrEqualTo(TemplatTabel.lebarKataJudul("Realisasi"));
        assertThat(Arrays.stream(lebar).sum()).isEqualTo(TemplatTabel.LEBAR);
        assertThat(lebar[0]).isGreaterThan(lebar[5]);
    }
}
