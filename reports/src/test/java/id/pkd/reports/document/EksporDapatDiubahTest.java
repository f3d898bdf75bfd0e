package id.pkd.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The editable exports read back: the DOCX through POI and its XML, the XLSX through POI's cells and evaluator. */
class EksporDapatDiubahTest {

    static final Locale ID_ID = Locale.forLanguageTag("id-ID");

    /** The example document plus what the exports must handle: totals, subtotals, units, percentages, a subreport. */
    static DokumenLaporan dokumen() {
        List<Blok> blok = new ArrayList<>(PenyusunDokumenTest.contoh(true).blok());
        int sisip = blok.size() - 2;
        blok.add(sisip++, new Blok.Judul(2, "B. Anggaran", "bab1b"));
        blok.add(
                sisip++,
                new Blok.Tabel(
                        "Tabel 1.2 Program dan Anggaran",
                        List.of(
                                Blok.Kolom.teks("Kode", 2),
                                Blok.Kolom.teks("Program", 6),
                                Blok.Kolom.angka("Anggaran", 3),
                                Blok.Kolom.angka("Realisasi (%)", 2),
                                Blok.Kolom.angka("Target", 2)),
                        List.of(
                                Blok.Baris.grup("Urusan 1.06 Sosial"),
                                Blok.Baris.biasa("1.06.01", "Penunjang", "Rp 1.250.000,50", "87,42%", "12.000 KK"),
                                Blok.Baris.biasa("1.06.02", "Pemberdayaan", "Rp 2.000.000", "50%", "2022"),
                                Blok.Baris.tebal("", "Sub Jumlah 1.06", "Rp 3.250.000,50", "", ""),
                                Blok.Baris.biasa("2.08.01", "Perlindungan", "Rp 750.000", "-", "3 Dokumen"),
                                Blok.Baris.tebal("", "Sub Jumlah 2.08", "Rp 750.000", "", ""),
                                Blok.Baris.tebal("", "JUMLAH", "Rp 4.000.000,50", "68,71%", ""))));
        blok.add(
                sisip++,
                new Blok.Tabel(
                        "Tabel 1.4 Realisasi Anggaran",
                        List.of(
                                Blok.Kolom.teks("Kode", 3),
                                Blok.Kolom.teks("Program / Kegiatan / Sub Kegiatan", 8),
                                Blok.Kolom.angka("Anggaran", 3)),
                        List.of(
                                Blok.Baris.tebal("1.06.01", "Program Penunjang", "Rp 600"),
                                Blok.Baris.biasa("1.06.01.2.01", "Perencanaan", "Rp 100"),
                                Blok.Baris.biasa("1.06.01.2.01.0001", "Dokumen", "Rp 40"),
                                Blok.Baris.biasa("1.06.01.2.01.0002", "Laporan", "Rp 60"),
                                Blok.Baris.biasa("1.06.01.2.02", "Keuangan", "Rp 500"),
                                Blok.Baris.biasa("1.06.01.2.02.0001", "Gaji", "Rp 500"),
                                Blok.Baris.tebal("1.06.02", "Program Pemberdayaan", "Rp 7"),
                                Blok.Baris.biasa("1.06.02.2.01", "Pemberdayaan", "Rp 8"),
                                Blok.Baris.tebal("", "JUMLAH", "Rp 607"))));
        blok.add(sisip++, new Blok.Judul(3, "Data Urusan", null));
        blok.add(
                sisip,
                new Blok.SubLaporan(
                        "Tabel 1.3 Jumlah PPKS",
                        subLaporan(),
                        Map.of("JUDUL", ""),
                        List.of(
                                Map.of("nama", "Anak terlantar", "populasi", "46.958"),
                                Map.of("nama", "Lanjut usia", "populasi", "21.376"))));
        return new DokumenLaporan("Contoh", "Kabupaten Balangan", "LKIP Contoh 2022", true, blok);
    }

    /** Shaped like the plugins' templates: a header of static texts over one band of fields. */
    static JasperReport subLaporan() {
        String jrxml =
                """
                <jasperReport name="ppks" language="java" pageWidth="515" pageHeight="842" columnWidth="515"
                  leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0" whenNoDataType="AllSectionsNoDetail">
                  <parameter name="JUDUL" class="java.lang.String"/>
                  <field name="nama" class="java.lang.String"/>
                  <field name="populasi" class="java.lang.String"/>
                  <columnHeader height="20">
                    <element kind="staticText" x="0" y="0" width="28" height="20"><text><![CDATA[No]]></text></element>
                    <element kind="staticText" x="28" y="0" width="287" height="20"><text><![CDATA[PPKS]]></text></element>
                    <element kind="staticText" x="315" y="0" width="200" height="20"><text><![CDATA[Jumlah (orang)]]></text></element>
                  </columnHeader>
                  <detail><band height="16">
                    <element kind="textField" x="0" y="0" width="28" height="16"><expression><![CDATA[$V{REPORT_COUNT}.toString()]]></expression></element>
                    <element kind="textField" x="28" y="0" width="287" height="16"><expression><![CDATA[$F{nama}]]></expression></element>
                    <element kind="textField" x="315" y="0" width="200" height="16" hTextAlign="Right"><expression><![CDATA[$F{populasi} == null ? "" : $F{populasi}]]></expression></element>
                  </band></detail>
                </jasperReport>
                """;
        try {
            return JasperCompileManager.compileReport(new ByteArrayInputStream(jrxml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void docxPunyaTabelSungguhanGayaJudulDaftarIsiNomorHalamanDanBahasaIndonesia() throws Exception {
        byte[] isi = PenyusunDokumenTest.PENYUSUN
                .susun(dokumen(), FormatDokumen.DOCX)
                .isi();
        Map<String, String> xml = bagianZip(isi);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(isi))) {
            List<XWPFTable> tabel = doc.getTables();
            // Tabel 1.1, 1.2, 1.4, the subreport, and the two-party signature block
            assertThat(tabel).hasSize(5);
            XWPFTable capaian = tabel.get(0);
            assertThat(capaian.getRows()).hasSize(1 + 82);
            assertThat(capaian.getRow(0).isRepeatHeader()).isTrue();
            assertThat(capaian.getRow(1).isRepeatHeader()).isFalse();
            assertThat(capaian.getRow(0).getCell(1).getText()).isEqualTo("Indikator");
            assertThat(capaian.getRow(81).getCell(4).getText()).isEqualTo("129,78");
            assertThat(tabel.get(3).getRow(0).getCell(2).getText()).isEqualTo("Jumlah (orang)");
            assertThat(tabel.get(3).getRow(1).getCell(2).getText()).isEqualTo("46.958");
            assertThat(tabel.get(3).getRow(2).getCell(0).getText()).isEqualTo("2");
            List<String> gaya = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(p -> p.getStyle() + ":" + p.getText())
                    .toList();
            assertThat(gaya)
                    .contains(
                            "Heading1:BAB I PENDAHULUAN",
                            "Heading2:A. Tabel Capaian",
                            "Heading3:Data Urusan",
                            "Heading1:BAB II PENUTUP");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("Tabel 1.1 Contoh", "Tabel 1.3 Jumlah PPKS");
        }
        assertThat(xml.get("word/document.xml"))
                .containsPattern("<w:tblHeader( w:val=\"(on|true|1)\")?/>")
                .containsPattern("<w:cantSplit( w:val=\"(on|true|1)\")?/>")
                .contains("TOC \\o \"1-3\"")
                .contains("fldCharType=\"begin\"")
                .contains("19730501\u00A0199311\u00A01\u00A0001")
                .contains("<w:drawing>");
        String kaki = xml.entrySet().stream()
                .filter(e -> e.getKey().startsWith("word/footer"))
                .map(Map.Entry::getValue)
                .reduce("", String::concat);
        assertThat(kaki).contains(" PAGE ").contains(" NUMPAGES ").contains("LKIP Contoh 2022");
        assertThat(xml.get("word/styles.xml")).containsPattern("<w:docDefaults>.*<w:lang w:val=\"id-ID\"");
        assertThat(xml.get("word/settings.xml")).contains("updateFields");
    }

    @Test
    void xlsxSatuLembarPerTabelAngkaSebagaiAngkaDanTotalSebagaiRumus() throws Exception {
        byte[] isi = PenyusunDokumenTest.PENYUSUN
                .susun(dokumen(), FormatDokumen.XLSX)
                .isi();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(isi))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1 + 4);
            assertThat(wb.getSheetName(0)).isEqualTo("Daftar Tabel");
            assertThat(wb.getSheetName(1)).isEqualTo("Tabel 1.1 Contoh");
            assertThat(wb.getSheetName(2)).isEqualTo("Tabel 1.2 Program dan Anggaran");
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                assertThat(wb.getSheetName(i).length()).isLessThanOrEqualTo(31);
            }
            DataFormatter tampil = new DataFormatter(ID_ID);
            FormulaEvaluator hitung = wb.getCreationHelper().createFormulaEvaluator();

            XSSFSheet capaian = wb.getSheetAt(1);
            assertThat(capaian.getPaneInformation().isFreezePane()).isTrue();
            assertThat(capaian.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) 2);
            assertThat(wb.getFontAt(capaian.getRow(1).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(hitungAngka(capaian)).isGreaterThanOrEqualTo(80 * 4);
            Cell c = capaian.getRow(3).getCell(4);
            assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(c.getNumericCellValue()).isEqualTo(129.78);
            assertThat(tampil.formatCellValue(c)).isEqualTo("129,78");
            // "126,21" is no sum nor average of the rows above: it stays the printed number, never a formula
            assertThat(capaian.getRow(83).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);

            XSSFSheet anggaran = wb.getSheetAt(2);
            Row baris = anggaran.getRow(3);
            assertThat(tampil.formatCellValue(baris.getCell(0))).isEqualTo("1.06.01");
            assertThat(baris.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(baris.getCell(2).getNumericCellValue()).isEqualTo(1_250_000.5);
            assertThat(tampil.formatCellValue(baris.getCell(2))).isEqualTo("Rp 1.250.000,50");
            assertThat(baris.getCell(3).getNumericCellValue()).isEqualTo(0.8742);
            assertThat(tampil.formatCellValue(baris.getCell(3))).isEqualTo("87,42%");
            assertThat(baris.getCell(4).getNumericCellValue()).isEqualTo(12_000);
            assertThat(tampil.formatCellValue(baris.getCell(4))).isEqualTo("12.000 KK");
            assertThat(tampil.formatCellValue(anggaran.getRow(4).getCell(4))).isEqualTo("2022");
            assertThat(anggaran.getRow(6).getCell(3).getCellType()).isEqualTo(CellType.STRING);

            Cell sub = anggaran.getRow(5).getCell(2);
            Cell sub2 = anggaran.getRow(7).getCell(2);
            Cell jumlah = anggaran.getRow(8).getCell(2);
            assertThat(sub.getCellFormula()).isEqualTo("SUM(C4:C5)");
            assertThat(sub2.getCellFormula()).isEqualTo("SUM(C7)");
            assertThat(jumlah.getCellFormula()).isEqualTo("SUM(C4:C5,C7)");
            // the cached result (what a reader that does not recalculate shows) and the evaluated one agree
            assertThat(jumlah.getNumericCellValue()).isEqualTo(4_000_000.5);
            assertThat(hitung.evaluate(jumlah).getNumberValue()).isEqualTo(4_000_000.5);
            assertThat(tampil.formatCellValue(jumlah, hitung)).isEqualTo("Rp 4.000.000,50");
            // the average of 87,42% and 50% is 68,71%
            Cell rata = anggaran.getRow(8).getCell(3);
            assertThat(rata.getCellType()).isEqualTo(CellType.NUMERIC);

            // by code: a programme over its activities, an activity over its sub-activities, the total over the
            // programmes; a programme whose activities do not add up to it (7 against 8) stays a number
            XSSFSheet realisasi = wb.getSheetAt(3);
            assertThat(realisasi.getRow(2).getCell(2).getCellFormula()).isEqualTo("SUM(C4,C7)");
            assertThat(realisasi.getRow(3).getCell(2).getCellFormula()).isEqualTo("SUM(C5:C6)");
            assertThat(realisasi.getRow(6).getCell(2).getCellFormula()).isEqualTo("SUM(C8)");
            assertThat(realisasi.getRow(8).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(realisasi.getRow(10).getCell(2).getCellFormula()).isEqualTo("SUM(C3,C9)");
            assertThat(hitung.evaluate(realisasi.getRow(10).getCell(2)).getNumberValue())
                    .isEqualTo(607);

            XSSFSheet ppks = wb.getSheetAt(4);
            assertThat(ppks.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Jumlah (orang)");
            assertThat(ppks.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(46_958);
        }
    }

    static int hitungAngka(Sheet sh) {
        int n = 0;
        for (Row r : sh) {
            for (Cell c : r) {
                n += c.getCellType() == CellType.NUMERIC || c.getCellType() == CellType.FORMULA ? 1 : 0;
            }
        }
        return n;
    }

    /** Every cell as a reader in id-ID sees it, formulas with their results. */
    static String teksXlsx(byte[] xlsx) throws Exception {
        StringBuilder s = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter tampil = new DataFormatter(ID_ID);
            FormulaEvaluator hitung = wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet sh : wb) {
                for (Row r : sh) {
                    for (Cell c : r) {
                        s.append(tampil.formatCellValue(c, hitung)).append('\t');
                    }
                    s.append('\n');
                }
            }
        }
        return s.toString();
    }

    static Map<String, String> bagianZip(byte[] zip) throws Exception {
        Map<String, String> bagian = new java.util.TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".xml")) {
                    bagian.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return bagian;
    }
}
