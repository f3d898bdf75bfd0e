package id.pkd.portal.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.reports.document.Blok;
import id.pkd.reports.document.FormatDokumen;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The RKPD evaluation chapter of the Balangan 2022 demo (read only) as the editable exports, as {@link
 * EksporDapatDiubahLkipTest} checks the LKIP: urusan 1.06 (the seed's Tabel 2.44 and 2.45) and 2.13 (villages by IDM
 * status, whose "Jumlah" column is a sum across the row) as DOCX (Word tables with repeating header rows, heading
 * styles, Indonesian language) and XLSX (a sheet per table, figures as numbers, totals as formulas), and the DOCX
 * through LibreOffice headless.
 */
class EksporDapatDiubahRkpdTest extends PortalIntegrationTest {

    @Autowired
    PembuatRkpd rkpd;

    byte[] draf(String subjek, FormatDokumen format) {
        return sebagai(
                        Peran.PIMPINAN,
                        "63.11",
                        () -> rkpd.draf(subjek, 2022, format, EksporDapatDiubahLkipTest.TANGGAL))
                .isi();
    }

    /** The captions of the chapter's tables (own tables and plugin subreports), in order. */
    List<String> judulTabel(String subjek) {
        DokumenResmi.Isi isi = sebagai(
                Peran.PIMPINAN,
                "63.11",
                () -> rkpd.isi(rkpd.subjek(subjek, 2022), 2022, true, EksporDapatDiubahLkipTest.TANGGAL));
        List<String> judul = new ArrayList<>();
        for (Blok b : isi.laporan().blok()) {
            if (b instanceof Blok.Tabel t) {
                judul.add(t.judul());
            } else if (b instanceof Blok.SubLaporan s) {
                judul.add(s.judul());
            }
        }
        return judul;
    }

    @Test
    void docxBabRkpdPunyaTabelWordDenganKepalaBerulangDanGayaJudul() throws Exception {
        List<String> tabelModel = judulTabel("urusan:1.06");
        byte[] isi = draf("urusan:1.06", FormatDokumen.DOCX);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(isi))) {
            List<XWPFTable> tabel = doc.getTables();
            System.out.printf("DOCX RKPD 1.06 Balangan 2022: %d bytes, %d tabel%n", isi.length, tabel.size());
            assertThat(tabelModel).hasSizeGreaterThanOrEqualTo(3);
            assertThat(tabel).hasSize(tabelModel.size()).allSatisfy(t -> {
                assertThat(t.getRow(0).isRepeatHeader()).isTrue();
                assertThat(t.getNumberOfRows()).isGreaterThan(1);
            });
            List<String> paragraf =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraf).containsAll(tabelModel);
            assertThat(doc.getParagraphs().stream()
                            .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                            .map(p -> p.getStyle() + ":" + p.getText()))
                    .contains("Heading1:Urusan Sosial", "Heading2:Faktor Keberhasilan");
            // Tabel 2.44's columns are every year of the span, in the header row Word repeats.
            XWPFTable riwayat = tabel.get(0);
            assertThat(riwayat.getRow(0).getTableCells().stream().map(c -> c.getText()))
                    .contains("2017", "2018", "2019", "2020");
        }
        Map<String, String> xml = EksporDapatDiubahLkipTest.bagianZip(isi);
        assertThat(xml.get("word/document.xml")).containsPattern("<w:tblHeader( w:val=\"(on|true|1)\")?/>");
        assertThat(xml.get("word/styles.xml")).containsPattern("<w:docDefaults>.*<w:lang w:val=\"id-ID\"");
    }

    @Test
    void xlsxBabRkpdAngkaSebagaiAngkaDanJumlahDesaSebagaiRumus() throws Exception {
        for (String subjek : List.of("urusan:1.06", "urusan:2.13")) {
            List<String> tabelModel = judulTabel(subjek);
            byte[] isi = draf(subjek, FormatDokumen.XLSX);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(isi))) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(1 + tabelModel.size());
                DataFormatter tampil = new DataFormatter(EksporDapatDiubahLkipTest.ID_ID);
                FormulaEvaluator hitung = wb.getCreationHelper().createFormulaEvaluator();
                int angka = 0;
                List<String> rumus = new ArrayList<>();
                for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                    Sheet sh = wb.getSheetAt(i);
                    assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo(tabelModel.get(i - 1));
                    assertThat(sh.getPaneInformation().isFreezePane()).isTrue();
                    for (Row r : sh) {
                        for (Cell c : r) {
                            if (c.getCellType() == CellType.NUMERIC) {
                                angka++;
                            } else if (c.getCellType() == CellType.FORMULA) {
                                String cache = tampil.formatRawCellContents(
                                        c.getNumericCellValue(),
                                        c.getCellStyle().getDataFormat(),
                                        c.getCellStyle().getDataFormatString());
                                assertThat(tampil.formatCellValue(c, hitung))
                                        .as(sh.getSheetName() + "!" + c.getAddress() + " " + c.getCellFormula())
                                        .isEqualTo(cache);
                                rumus.add(c.getCellFormula() + "=" + cache);
                            }
                        }
                    }
                }
                System.out.printf(
                        "XLSX RKPD %s Balangan 2022: %d bytes, %d lembar, %d sel angka, %d rumus %s%n",
                        subjek, isi.length, wb.getNumberOfSheets(), angka, rumus.size(), rumus);
                assertThat(angka).isGreaterThan(20);
                if (subjek.equals("urusan:2.13")) {
                    // 2017–2022: six years, each summing its five statuses across the row (154 villages; 153 in
                    // 2018 and 2019, where the seed prints 154 beside statuses that add up to 153).
                    assertThat(rumus)
                            .containsSubsequence("SUM(B3:F3)=154", "SUM(B4:F4)=153", "SUM(B8:F8)=154")
                            .allSatisfy(r -> assertThat(r).startsWith("SUM("));
                }
            }
        }
    }

    @Test
    void libreOfficeMengubahDocxRkpdKePdfTanpaGalat() throws Exception {
        byte[] isi = draf("urusan:1.06", FormatDokumen.DOCX);
        Path dir = Files.createDirectories(Path.of("target", "dokumen-uji", "libreoffice-rkpd"))
                .toAbsolutePath();
        Path docx = dir.resolve("rkpd-1-06-2022.docx");
        Path pdf = dir.resolve("rkpd-1-06-2022.pdf");
        Files.deleteIfExists(pdf);
        Files.write(docx, isi);
        Process p = new ProcessBuilder(
                        "soffice",
                        "-env:UserInstallation=" + dir.resolve("profil").toUri(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .start();
        String keluaran = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("soffice tidak selesai dalam 180 detik");
        }
        assertThat(p.exitValue()).as(keluaran).isZero();
        assertThat(pdf).exists();
        String teks = DokumenResmiTest.Uji.jalankan("/usr/bin/pdftotext", pdf.toString(), "-")
                .replaceAll("\\s+", " ");
        assertThat(teks)
                .contains("Urusan Sosial")
                .contains("Tabel 2.1 Capaian Indikator Sosial Kabupaten Balangan Tahun 2017 – 2020")
                .contains("Tabel 2.2 Capaian Indikator SPM Sosial");
    }
}
