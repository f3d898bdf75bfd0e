package id.pkd.portal.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.pengguna.Peran;
import id.pkd.reports.document.Blok;
import id.pkd.reports.document.FormatDokumen;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
 * The Balangan 2022 LKIP (demo data, read only) as the editable exports: the DOCX opened through POI and its XML,
 * the XLSX through POI's cells and formula evaluator, and the DOCX converted to PDF by LibreOffice headless.
 */
class EksporDapatDiubahLkipTest extends PortalIntegrationTest {

    static final LocalDate TANGGAL = LocalDate.of(2023, 1, 31);
    static final Locale ID_ID = Locale.forLanguageTag("id-ID");

    /** The budget of Balangan's Dinas Sosial PPPA 2022 (LKIP Tabel 2.x and the akuntabilitas keuangan table). */
    static final double ANGGARAN_2022 = 29_669_164_407d;

    @Autowired
    PembuatLkip lkip;

    String kode() {
        return sebagai(Peran.PIMPINAN, "63.11", () -> lkip.subjek(2022).get(0).kode());
    }

    /** The tables the block model has (own tables and plugin subreports), in order. */
    List<String> judulTabel(String kode) {
        return tabel(kode, false);
    }

    /** @param tandaTanganDua also the two-party signature blocks, which the DOCX sets as borderless tables */
    List<String> tabel(String kode, boolean tandaTanganDua) {
        DokumenResmi.Isi isi =
                sebagai(Peran.PIMPINAN, "63.11", () -> lkip.isi(new SubjekDokumen(kode, kode), 2022, true, TANGGAL));
        List<String> judul = new ArrayList<>();
        for (Blok b : isi.laporan().blok()) {
            if (b instanceof Blok.Tabel t) {
                judul.add(t.judul());
            } else if (b instanceof Blok.SubLaporan s) {
                judul.add(s.judul());
            } else if (tandaTanganDua && b instanceof Blok.TandaTanganDua) {
                judul.add("");
            }
        }
        return judul;
    }

    @Test
    void docxLkipPunyaTabelDenganKepalaBerulangGayaJudulDaftarIsiDanBidangHalaman() throws Exception {
        String kode = kode();
        List<String> tabelModel = judulTabel(kode);
        long mulai = System.nanoTime();
        byte[] isi = sebagai(Peran.PIMPINAN, "63.11", () -> lkip.draf(kode, 2022, FormatDokumen.DOCX, TANGGAL))
                .isi();
        System.out.printf(
                "DOCX LKIP Balangan 2022: %d ms, %d bytes, %d tabel model%n",
                (System.nanoTime() - mulai) / 1_000_000, isi.length, tabelModel.size());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(isi))) {
            // Every table of the model is a Word table with its header row marked to repeat; a two-party
            // signature block (the PK in the appendix) is a borderless table of its own.
            List<XWPFTable> tabel = doc.getTables();
            assertThat(tabel).hasSize(tabel(kode, true).size());
            tabel = tabel.stream()
                    .filter(t -> !(t.getNumberOfRows() == 1 && t.getText().contains("PIHAK")))
                    .toList();
            assertThat(tabel).hasSize(tabelModel.size());
            assertThat(tabel).allSatisfy(t -> {
                assertThat(t.getRow(0).isRepeatHeader()).isTrue();
                assertThat(t.getNumberOfRows()).isGreaterThan(1);
            });
            List<String> keterangan =
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(keterangan).containsAll(tabelModel);
            List<String> judul = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(p -> p.getStyle() + ":" + p.getText())
                    .toList();
            assertThat(judul)
                    .contains(
                            "Heading1:KATA PENGANTAR",
                            "Heading1:BAB I PENDAHULUAN",
                            "Heading1:BAB II PERENCANAAN KINERJA",
                            "Heading1:BAB III AKUNTABILITAS KINERJA",
                            "Heading1:BAB IV PENUTUP");
            assertThat(judul).anySatisfy(j -> assertThat(j).startsWith("Heading2:"));
            assertThat(judul).anySatisfy(j -> assertThat(j).startsWith("Heading3:Sasaran 1"));
            String semua = String.join("\n", keterangan);
            assertThat(semua).contains("Paringin, 31 Januari 2023").contains("Drs. Urai Nur Iskandar, MM");
            // the budget total as the PDF prints it, in a table cell
            assertThat(tabel.stream()
                            .flatMap(t -> t.getRows().stream())
                            .flatMap(r -> r.getTableCells().stream())
                            .map(c -> c.getText()))
                    .contains("Rp 29.669.164.407", "129,78");
        }
        Map<String, String> xml = bagianZip(isi);
        assertThat(xml.get("word/document.xml"))
                .containsPattern("<w:tblHeader( w:val=\"(on|true|1)\")?/>")
                .contains("TOC \\o \"1-3\"")
                .contains("<w:drawing>");
        String kaki = xml.entrySet().stream()
                .filter(e -> e.getKey().startsWith("word/footer"))
                .map(Map.Entry::getValue)
                .reduce("", String::concat);
        assertThat(kaki).contains(" PAGE ").contains(" NUMPAGES ");
        assertThat(xml.get("word/styles.xml")).containsPattern("<w:docDefaults>.*<w:lang w:val=\"id-ID\"");
    }

    @Test
    void xlsxLkipSatuLembarPerTabelAngkaSebagaiAngkaDanJumlahSebagaiRumus() throws Exception {
        String kode = kode();
        List<String> tabelModel = judulTabel(kode);
        long mulai = System.nanoTime();
        byte[] isi = sebagai(Peran.PIMPINAN, "63.11", () -> lkip.draf(kode, 2022, FormatDokumen.XLSX, TANGGAL))
                .isi();
        long ms = (System.nanoTime() - mulai) / 1_000_000;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(isi))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1 + tabelModel.size());
            DataFormatter tampil = new DataFormatter(ID_ID);
            FormulaEvaluator hitung = wb.getCreationHelper().createFormulaEvaluator();
            int angka = 0;
            int rumus = 0;
            List<Cell> anggaran = new ArrayList<>();
            for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                Sheet sh = wb.getSheetAt(i);
                assertThat(sh.getSheetName().length()).isLessThanOrEqualTo(31);
                assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo(tabelModel.get(i - 1));
                assertThat(sh.getPaneInformation().isFreezePane()).isTrue();
                for (Row r : sh) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.NUMERIC) {
                            angka++;
                        }
                        if (c.getCellType() == CellType.FORMULA) {
                            rumus++;
                            // every formula gives back what is cached in the cell, which shows as the PDF prints it
                            String cache = tampil.formatRawCellContents(
                                    c.getNumericCellValue(),
                                    c.getCellStyle().getDataFormat(),
                                    c.getCellStyle().getDataFormatString());
                            assertThat(tampil.formatCellValue(c, hitung))
                                    .as(sh.getSheetName() + "!" + c.getAddress() + " " + c.getCellFormula())
                                    .isEqualTo(cache);
                            if (hitung.evaluate(c).getNumberValue() == ANGGARAN_2022) {
                                anggaran.add(c);
                            }
                        }
                    }
                }
            }
            System.out.printf(
                    "XLSX LKIP Balangan 2022: %d ms, %d bytes, %d lembar, %d sel angka, %d rumus%n",
                    ms, isi.length, wb.getNumberOfSheets(), angka, rumus);
            assertThat(angka).isGreaterThan(100);
            assertThat(rumus).isGreaterThan(0);
            // the 2022 budget, in the programme table and the akuntabilitas keuangan table, each a SUM
            assertThat(anggaran).hasSizeGreaterThanOrEqualTo(2).allSatisfy(c -> {
                assertThat(c.getCellFormula()).startsWith("SUM(");
                assertThat(c.getNumericCellValue()).isEqualTo(ANGGARAN_2022);
                assertThat(tampil.formatCellValue(c, hitung)).isEqualTo("Rp 29.669.164.407");
            });
            assertThat(DokumenResmiTest.teksXlsx(isi)).contains("129,78").contains("286,06");
        }
    }

    /**
     * LibreOffice (Debian's libreoffice-writer-nogui) opens the DOCX and lays it out: the PDF it writes has the
     * headings and the figures. Its own profile directory, so parallel runs do not share one.
     */
    @Test
    void libreOfficeMengubahDocxKePdfTanpaGalat() throws Exception {
        String kode = kode();
        byte[] isi = sebagai(Peran.PIMPINAN, "63.11", () -> lkip.draf(kode, 2022, FormatDokumen.DOCX, TANGGAL))
                .isi();
        Path dir = Files.createDirectories(Path.of("target", "dokumen-uji", "libreoffice"))
                .toAbsolutePath();
        Path docx = dir.resolve("lkip-balangan-2022.docx");
        Path pdf = dir.resolve("lkip-balangan-2022.pdf");
        Files.deleteIfExists(pdf);
        Files.write(docx, isi);
        long mulai = System.nanoTime();
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
        System.out.printf(
                "LibreOffice DOCX->PDF LKIP Balangan 2022: %d ms, %d bytes%n",
                (System.nanoTime() - mulai) / 1_000_000, Files.size(pdf));
        String teks = DokumenResmiTest.Uji.jalankan("/usr/bin/pdftotext", pdf.toString(), "-")
                .replaceAll("\\s+", " ");
        assertThat(teks)
                .contains("BAB III AKUNTABILITAS KINERJA")
                .contains("Rp 29.669.164.407")
                .contains("129,78")
                .contains("Halaman 2 dari");
    }

    static Map<String, String> bagianZip(byte[] zip) throws Exception {
        Map<String, String> bagian = new TreeMap<>();
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
