package id.pkd.reports.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.reports.Contoh;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

// Ordered so the timings printed by each class are meaningful: render cold first, then sign, then load.
@Order(1)
class IkhtisarIndikatorReportTest {

    private static final Pattern PDFFONTS_ROW =
            Pattern.compile("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$");

    @Test
    void rendersFortyRowsWithIndonesianTextAndEmbeddedFonts() throws Exception {
        IkhtisarIndikatorReport report = Contoh.report();
        IkhtisarIndikator data = Contoh.data("Pemerintah Kabupaten Balangan", 40, "197001011995031001");

        long t0 = System.nanoTime();
        byte[] pdf = report.renderPdf(data);
        System.out.printf("[waktu] isi+ekspor PDF pertama (40 baris): %d ms, %d byte%n", Contoh.ms(t0), pdf.length);
        t0 = System.nanoTime();
        pdf = report.renderPdf(data);
        System.out.printf("[waktu] isi+ekspor PDF hangat (40 baris): %d ms%n", Contoh.ms(t0));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Path file = Contoh.target("ikhtisar-indikator.pdf");
        String flat = teksDatar(pdf, file);
        assertThat(flat)
                .contains("IKHTISAR INDIKATOR KINERJA")
                .contains("Pemerintah Kabupaten Balangan")
                .contains("Kode Wilayah 63.11")
                .contains("Tahun 2026")
                .contains("No", "Urusan", "Kode", "Indikator", "Satuan", "Polaritas")
                .contains("Angka PPKS yang tertangani")
                .contains("Rasio kekerasan terhadap perempuan per 100.000")
                .contains("Pemberdayaan Masyarakat Desa")
                .contains("IK.01.001", "IK.08.040")
                .contains("Paringin, 22 November 2026")
                .contains("Kepala Badan Perencanaan Pembangunan Daerah,")
                .contains("Dr. H. Ahmad Fauzi, M.Si.")
                .contains("NIP. 197001011995031001")
                .contains("Jumlah indikator: 40");

        Matcher halaman = Pattern.compile("Halaman (\\d+) dari (\\d+)").matcher(flat);
        assertThat(halaman.find()).as("footer 'Halaman X dari Y' ada").isTrue();
        int total = Integer.parseInt(halaman.group(2));
        assertThat(halaman.group(1)).isEqualTo("1");
        assertThat(flat).contains("Halaman " + total + " dari " + total);

        String fonts = Contoh.jalankan("/usr/bin/pdffonts", file.toString()).output();
        List<String> rows = fonts.lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(rows).as("pdffonts:%n%s", fonts).isNotEmpty();
        for (String row : rows) {
            Matcher m = PDFFONTS_ROW.matcher(row);
            assertThat(m.find()).as("baris pdffonts tak terbaca: %s", row).isTrue();
            assertThat(m.group(1)).as("font tidak di-embed: %s", row).isEqualTo("yes");
            assertThat(row).as("semua teks memakai DejaVu Sans: %s", row).contains("DejaVuSans");
        }
    }

    @Test
    void formatsLargeCountsInIndonesianAndOmitsMissingNip() throws Exception {
        byte[] pdf = Contoh.report().renderPdf(Contoh.data("Pemerintah Kabupaten Balangan", 1234, null));
        String flat = teksDatar(pdf, Contoh.target("ikhtisar-indikator-1234.pdf"));
        assertThat(flat).contains("Jumlah indikator: 1.234").doesNotContain("NIP");
    }

    @Test
    void rendersEmptyTableWithTitleAndSignatureBlock() throws Exception {
        byte[] pdf = Contoh.report().renderPdf(Contoh.data("Pemerintah Kota Banjarbaru", 0, null));
        String flat = teksDatar(pdf, Contoh.target("ikhtisar-indikator-kosong.pdf"));
        assertThat(flat)
                .contains("IKHTISAR INDIKATOR KINERJA", "Pemerintah Kota Banjarbaru", "Jumlah indikator: 0")
                .contains("Halaman 1 dari 1");
    }

    @Test
    void rejectsMissingData() {
        assertThatThrownBy(() -> Contoh.report().renderPdf(null)).isInstanceOf(NullPointerException.class);
    }

    /** Writes the PDF to {@code file} and returns its text as pdftotext reads it, on one line. */
    private static String teksDatar(byte[] pdf, Path file) throws Exception {
        Files.write(file, pdf);
        return Contoh.jalankan("/usr/bin/pdftotext", "-enc", "UTF-8", file.toString(), "-")
                .output()
                .replaceAll("\\s+", " ");
    }
}
