package id.pkd.portal.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.sdm.KategoriSdm;
import id.pkd.portal.sdm.KomposisiSdm;
import id.pkd.reports.document.Blok;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The LKIP's SDM section from a composition: one table per group filled in, counts in "Orang", a bold total. */
class LkipSdmTest {

    static final PerangkatDaerah PD = new PerangkatDaerah(1L, 1L, "PD", "Dinas Sosial Uji", "Dinsos");

    @Test
    void satuTabelPerKelompokYangDiisiDenganJumlahnya() {
        List<Blok> b = new ArrayList<>();
        KomposisiSdm sdm = new KomposisiSdm(
                1,
                2022,
                Map.of(
                        KategoriSdm.ESELON_II, 1,
                        KategoriSdm.PELAKSANA, 31,
                        KategoriSdm.HONOR, 1_092,
                        KategoriSdm.PNS, 32,
                        KategoriSdm.NON_ASN, 1_092));
        LkipSdm.tambah(b, new HurufBagian(), PD, sdm, new NomorKeterangan("Tabel", 1));

        assertThat(b.get(0)).isEqualTo(new Blok.Judul(2, "A. Sumber Daya Manusia", "bab-1-sdm"));
        assertThat(((Blok.Paragraf) b.get(1)).teks()).contains("sebanyak 1.124 Orang");
        List<Blok.Tabel> tabel = b.stream()
                .filter(Blok.Tabel.class::isInstance)
                .map(Blok.Tabel.class::cast)
                .toList();
        assertThat(tabel)
                .extracting(Blok.Tabel::judul)
                .containsExactly(
                        "Tabel 1.1 Komposisi Pegawai Dinsos menurut Jabatan/Eselon",
                        "Tabel 1.2 Komposisi Pegawai Dinsos menurut Status Kepegawaian");
        assertThat(tabel.get(0).baris())
                .extracting(Blok.Baris::sel)
                .containsExactly(
                        List.of("1", "Eselon II", "1 Orang"),
                        List.of("2", "Staf Dinas", "31 Orang"),
                        List.of("3", "Honor", "1.092 Orang"),
                        List.of("", "Jumlah", "1.124 Orang"));
        assertThat(tabel.get(0).baris().get(3).gaya()).isEqualTo(Blok.GayaBaris.TEBAL);
    }

    @Test
    void tanpaIsianBagianTidakDicetak() {
        List<Blok> b = new ArrayList<>();
        LkipSdm.tambah(b, new HurufBagian(), PD, new KomposisiSdm(1, 2022, Map.of()), new NomorKeterangan("Tabel", 1));
        assertThat(b).isEmpty();
    }
}
