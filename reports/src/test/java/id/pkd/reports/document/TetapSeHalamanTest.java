package id.pkd.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import org.junit.jupiter.api.Test;

/**
 * What belongs together stays on one page, wherever the text before it ends: the closing paragraph and the signature
 * under it (the RKPD chapter printed its signature alone at the top of its last page), and a section heading and what
 * follows it (the LKIP left "E. Sumber Daya Manusia" and "Sasaran 3: …" at page feet).
 */
class TetapSeHalamanTest {

    static final String PENUTUP = "Demikian laporan ini disusun sebagai bahan evaluasi.";
    static final String NAMA = "Drs. Urai Nur Iskandar, MM";

    @Test
    void paragrafPenutupDanTandaTanganSelaluSeHalaman() {
        // From a page with room for both to one where only the paragraph would still fit: every break point.
        boolean adaYangPindah = false;
        for (int isian = 30; isian <= 44; isian++) {
            JasperPrint print = PenyusunDokumenTest.PENYUSUN.isi(dokumen(isian));
            int halamanPenutup = halaman(print, PENUTUP);
            int halamanNama = halaman(print, NAMA);
            assertThat(halamanPenutup)
                    .as(isian + " paragraf isian")
                    .isPositive()
                    .isEqualTo(halamanNama);
            adaYangPindah |= halamanNama > 1;
        }
        assertThat(adaYangPindah).as("some variant moves to page 2").isTrue();
    }

    @Test
    void judulBagianSelaluSeHalamanDenganIsiDiBawahnya() {
        Blok.Tabel tabel = new Blok.Tabel(
                "Tabel 3.1 Isi Bagian",
                List.of(Blok.Kolom.teks("Indikator", 4), Blok.Kolom.angka("Capaian", 1)),
                List.of(Blok.Baris.biasa("Isi tabel bagian", "100")));
        for (Blok isi : List.of(Blok.Paragraf.biasa("Isi paragraf bagian ini."), tabel)) {
            boolean adaYangPindah = false;
            for (int isian = 34; isian <= 42; isian++) {
                List<Blok> blok = new ArrayList<>();
                for (int i = 0; i < isian; i++) {
                    blok.add(Blok.Paragraf.biasa("Paragraf isian nomor " + i + "."));
                }
                blok.add(new Blok.Judul(2, "B. Judul Bagian", "bagian-b"));
                // Two level-3 headings in a row, as the LKIP prints an urusan over its first sasaran.
                blok.add(new Blok.Judul(3, "Capaian Urusan Bagian", null));
                blok.add(new Blok.Judul(3, "Sasaran 3: Judul Sasaran", null));
                blok.add(isi);
                JasperPrint print = PenyusunDokumenTest.PENYUSUN.isi(
                        new DokumenLaporan("Uji", "Kabupaten Balangan", "Uji judul", false, blok));
                int judul = halaman(print, "B. Judul Bagian");
                String bagian = isian + " paragraf isian, " + isi.getClass().getSimpleName();
                assertThat(halaman(print, "Capaian Urusan Bagian")).as(bagian).isEqualTo(judul);
                assertThat(halaman(print, "Sasaran 3: Judul Sasaran"))
                        .as(bagian)
                        .isEqualTo(judul);
                assertThat(halaman(print, "Isi ")).as(bagian).isPositive().isEqualTo(judul);
                assertThat(PenyusunDokumen.halamanJudul(print)).as(bagian).containsEntry("bagian-b", judul);
                adaYangPindah |= judul > 1;
            }
            assertThat(adaYangPindah).as("some variant moves to page 2").isTrue();
        }
    }

    @Test
    void paragrafPanjangTidakIkutDipindah() {
        String panjang = "Kalimat penutup yang sangat panjang. ".repeat(60);
        List<Blok> blok = new ArrayList<>(List.of(Blok.Paragraf.biasa(panjang), tandaTangan()));
        JasperPrint print =
                PenyusunDokumenTest.PENYUSUN.isi(new DokumenLaporan("Uji", "Kabupaten Balangan", "Uji", false, blok));
        assertThat(halaman(print, "Kalimat penutup")).isEqualTo(1);
        assertThat(halaman(print, NAMA)).isPositive();
    }

    static DokumenLaporan dokumen(int isian) {
        List<Blok> blok = new ArrayList<>();
        for (int i = 0; i < isian; i++) {
            blok.add(Blok.Paragraf.biasa("Paragraf isian nomor " + i + "."));
        }
        blok.add(Blok.Paragraf.biasa(PENUTUP));
        blok.add(tandaTangan());
        return new DokumenLaporan("Uji", "Kabupaten Balangan", "Uji penutup", false, blok);
    }

    static Blok.TandaTangan tandaTangan() {
        return new Blok.TandaTangan(
                "Paringin, 31 Januari 2023",
                new Blok.Pihak(
                        "kepala",
                        "",
                        "Kepala Dinas Sosial",
                        NAMA,
                        "Pembina Utama Muda / IV c",
                        "19730501 199311 1 001"));
    }

    /** The 1-based page whose text contains {@code teks}, or 0. */
    static int halaman(JasperPrint print, String teks) {
        for (int i = 0; i < print.getPages().size(); i++) {
            if (memuat(print.getPages().get(i).getElements(), teks)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean memuat(List<JRPrintElement> elemen, String teks) {
        for (JRPrintElement e : elemen) {
            if (e instanceof JRPrintText t
                    && t.getFullText() != null
                    && t.getFullText().contains(teks)) {
                return true;
            }
            if (e instanceof JRPrintFrame f && memuat(f.getElements(), teks)) {
                return true;
            }
        }
        return false;
    }
}
