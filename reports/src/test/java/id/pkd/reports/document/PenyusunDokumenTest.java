package id.pkd.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.reports.Contoh;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class PenyusunDokumenTest {

    static final PenyusunDokumen PENYUSUN = new PenyusunDokumen();

    static DokumenLaporan contoh(boolean draf) {
        List<Blok> blok = new ArrayList<>();
        blok.add(new Blok.Sampul(
                "LAPORAN KINERJA",
                "Tahun 2022",
                "DINAS SOSIAL",
                "KABUPATEN BALANGAN",
                "2022",
                SegelPengganti.png("Kabupaten Balangan")));
        blok.add(new Blok.PindahHalaman());
        blok.add(new Blok.DaftarIsi("DAFTAR ISI"));
        blok.add(new Blok.PindahHalaman());
        blok.add(new Blok.Judul(1, "BAB I PENDAHULUAN", "bab1"));
        for (int i = 0; i < 30; i++) {
            blok.add(Blok.Paragraf.biasa("Paragraf " + i + " tentang kinerja & <akuntabilitas> yang cukup panjang"
                    + " sehingga memenuhi beberapa baris pada halaman dokumen ini. ".repeat(4)));
        }
        blok.add(new Blok.Judul(2, "A. Tabel Capaian", "bab1a"));
        List<Blok.Baris> baris = new ArrayList<>();
        baris.add(Blok.Baris.grup("Sasaran 1"));
        for (int i = 0; i < 80; i++) {
            baris.add(Blok.Baris.biasa(String.valueOf(i + 1), "Indikator nomor " + i, "52,95", "68,72", "129,78"));
        }
        baris.add(Blok.Baris.tebal("", "Jumlah", "", "", "126,21"));
        blok.add(new Blok.Tabel(
                "Tabel 1.1 Contoh",
                List.of(
                        Blok.Kolom.angka("No", 1),
                        Blok.Kolom.teks("Indikator", 8),
                        Blok.Kolom.angka("Target", 2),
                        Blok.Kolom.angka("Realisasi", 2),
                        Blok.Kolom.angka("Capaian (%)", 2)),
                baris));
        blok.add(new Blok.PindahHalaman());
        blok.add(new Blok.Judul(1, "BAB II PENUTUP", "bab2"));
        blok.add(new Blok.TandaTanganDua(
                "Paringin, 3 Januari 2022",
                new Blok.Pihak("kedua", "PIHAK KEDUA", "Bupati Balangan", "H. Abdul Hadi", null, null),
                new Blok.Pihak(
                        "pertama", "PIHAK PERTAMA", "Kepala Dinas", "Drs. Urai", "Pembina", "19730501 199311 1 001")));
        return new DokumenLaporan("Contoh", "Kabupaten Balangan", "LKIP Contoh 2022", draf, blok);
    }

    @Test
    void daftarIsiMemuatHalamanSebenarnyaDanTandaTanganTerletakDiBlok() throws Exception {
        DokumenTersusun d = PENYUSUN.susun(contoh(true), FormatDokumen.PDF);
        Path file = Contoh.target("penyusun-contoh.pdf");
        Files.write(file, d.isi());
        assertThat(d.halamanJudul()).containsKeys("bab1", "bab1a", "bab2");
        int bab2 = d.halamanJudul().get("bab2");
        assertThat(bab2).isGreaterThan(4);
        String halamanIsi = Contoh.jalankan("/usr/bin/pdftotext", "-layout", "-f", "2", "-l", "2", file.toString(), "-")
                .output();
        Matcher m = Pattern.compile("BAB II PENUTUP\\s+(\\d+)").matcher(halamanIsi);
        assertThat(m.find()).as(halamanIsi).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(bab2);
        String halamanBab2 = Contoh.jalankan(
                        "/usr/bin/pdftotext", "-f", "" + bab2, "-l", "" + bab2, file.toString(), "-")
                .output();
        assertThat(halamanBab2).contains("BAB II PENUTUP").contains("DRAFT");
        assertThat(d.tandaTangan()).extracting(PosisiTandaTangan::kunci).containsExactly("kedua", "pertama");
        assertThat(d.tandaTangan()).allSatisfy(p -> assertThat(p.halaman()).isEqualTo(bab2));
        assertThat(d.tandaTangan().get(0).x()).isLessThan(d.tandaTangan().get(1).x());
        assertThat(Contoh.jalankan("/usr/bin/pdftotext", file.toString(), "-").output())
                .contains("kinerja & <akuntabilitas>")
                .contains("Indikator nomor 79");
        String fonts = Contoh.jalankan("/usr/bin/pdffonts", file.toString()).output();
        assertThat(fonts.lines().skip(2).filter(l -> !l.isBlank())).as(fonts).allSatisfy(l -> assertThat(l)
                .contains(" yes yes "));
    }

    @Test
    void docxDanXlsxDariTemplatYangSama() throws Exception {
        var print = PENYUSUN.isi(contoh(false));
        String docx = teksZip(
                PENYUSUN.ekspor(print, contoh(false), FormatDokumen.DOCX).isi());
        // Figures are numbers in the workbook now: read as a reader in id-ID sees them, not as the XML stores them.
        String xlsx = EksporDapatDiubahTest.teksXlsx(
                PENYUSUN.ekspor(print, contoh(false), FormatDokumen.XLSX).isi());
        assertThat(docx).contains("Indikator nomor 79").contains("129,78");
        assertThat(xlsx).contains("Indikator nomor 79").contains("129,78");
    }

    static String teksZip(byte[] zip) throws Exception {
        StringBuilder s = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".xml")) {
                    s.append(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return s.toString();
    }
}
