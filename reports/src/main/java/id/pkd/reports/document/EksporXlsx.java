package id.pkd.reports.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The document's tables as a workbook: a contents sheet, then one sheet per table (plugin subreports included) with
 * its caption, a frozen bold header row, figures as numeric cells in Indonesian display formats and total rows as
 * formulas over the rows they add up. Narrative stays in the DOCX and PDF.
 */
final class EksporXlsx {

    static final String LEMBAR_DAFTAR = "Daftar Tabel";

    /** Rows before the table's header: the caption and a blank row would push the header out of the frozen pane. */
    static final int BARIS_KEPALA = 1;

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Map<String, XSSFCellStyle> gaya = new HashMap<>();
    private final Set<String> namaDipakai = new HashSet<>();

    private EksporXlsx() {}

    static byte[] tulis(DokumenLaporan dokumen) {
        EksporXlsx ekspor = new EksporXlsx();
        try (XSSFWorkbook w = ekspor.wb) {
            return ekspor.susun(dokumen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] susun(DokumenLaporan dokumen) throws IOException {
        XSSFSheet daftar = wb.createSheet(LEMBAR_DAFTAR);
        namaDipakai.add(LEMBAR_DAFTAR.toLowerCase(Locale.ROOT));
        sel(daftar.createRow(0), 0, dokumen.judul(), gaya("judul", null));
        Row kepala = daftar.createRow(2);
        sel(kepala, 0, "No", gaya("kepala", null));
        sel(kepala, 1, "Tabel", gaya("kepala", null));
        sel(kepala, 2, "Lembar", gaya("kepala", null));
        daftar.setColumnWidth(0, 6 * 256);
        daftar.setColumnWidth(1, 80 * 256);
        daftar.setColumnWidth(2, 34 * 256);
        int nomor = 0;
        for (Blok b : dokumen.blok()) {
            Optional<Blok.Tabel> tabel = b instanceof Blok.Tabel t
                    ? Optional.of(t)
                    : b instanceof Blok.SubLaporan s ? TabelSubLaporan.dari(s) : Optional.empty();
            if (tabel.isEmpty()) {
                continue;
            }
            nomor++;
            String nama = namaLembar(tabel.get().judul(), nomor);
            lembar(wb.createSheet(nama), tabel.get());
            Row r = daftar.createRow(2 + nomor);
            sel(r, 0, String.valueOf(nomor), gaya("teks", null));
            sel(r, 1, tabel.get().judul(), gaya("teks", null));
            Cell tautan = sel(r, 2, nama, gaya("tautan", null));
            XSSFHyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress("'" + nama.replace("'", "''") + "'!A1");
            tautan.setHyperlink(h);
        }
        daftar.createFreezePane(0, 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        wb.write(out);
        return out.toByteArray();
    }

    private void lembar(XSSFSheet sh, Blok.Tabel t) {
        int n = t.kolom().size();
        sel(sh.createRow(0), 0, t.judul(), gaya("judul", null));
        Row kepala = sh.createRow(BARIS_KEPALA);
        int[] lebar = TemplatTabel.lebar(t.kolom());
        for (int k = 0; k < n; k++) {
            sel(kepala, k, t.kolom().get(k).judul(), gaya("kepala", null));
            // points of the PDF column to characters of the default font, within what a reader can still scan
            sh.setColumnWidth(k, Math.min(70, Math.max(8, lebar[k] / 4)) * 256);
        }
        List<Optional<AngkaSel.Angka>[]> angka = new ArrayList<>();
        for (int i = 0; i < t.baris().size(); i++) {
            Blok.Baris b = t.baris().get(i);
            Row r = sh.createRow(BARIS_KEPALA + 1 + i);
            @SuppressWarnings("unchecked")
            Optional<AngkaSel.Angka>[] nilai = new Optional[n];
            java.util.Arrays.fill(nilai, Optional.empty());
            angka.add(nilai);
            if (b.gaya() == Blok.GayaBaris.GRUP) {
                sel(r, 0, b.sel().get(0), gaya("grup", null));
                for (int k = 1; k < n; k++) {
                    sel(r, k, "", gaya("grup", null));
                }
                if (n > 1) {
                    sh.addMergedRegion(new CellRangeAddress(r.getRowNum(), r.getRowNum(), 0, n - 1));
                }
                continue;
            }
            String jenis = b.gaya() == Blok.GayaBaris.TEBAL ? "tebal" : "teks";
            for (int k = 0; k < n; k++) {
                String teks = b.sel().get(k);
                nilai[k] = t.kolom().get(k).kanan() ? AngkaSel.baca(teks) : Optional.empty();
                if (nilai[k].isPresent()) {
                    Cell c = r.createCell(k);
                    c.setCellValue(nilai[k].get().nilai().doubleValue());
                    c.setCellStyle(gaya(jenis, nilai[k].get().format()));
                } else {
                    sel(r, k, teks, gaya(jenis, t.kolom().get(k).kanan() ? "kanan" : null));
                }
            }
        }
        RumusTotal.pasang(sh, t, angka, BARIS_KEPALA + 1);
        RumusTotal.pasangMendatar(sh, t, angka, BARIS_KEPALA + 1);
        sh.createFreezePane(0, BARIS_KEPALA + 1);
        sh.getPrintSetup().setLandscape(n > 6);
        sh.setRepeatingRows(new CellRangeAddress(BARIS_KEPALA, BARIS_KEPALA, 0, n - 1));
    }

    /** Excel's rules: at most 31 characters, none of []:*?/\, unique ignoring case. */
    private String namaLembar(String judul, int nomor) {
        String dasar = WorkbookUtil.createSafeSheetName(
                        judul == null || judul.isBlank() ? "Tabel " + nomor : judul, ' ')
                .replace('\'', ' ')
                .strip();
        if (dasar.isEmpty()) {
            dasar = "Tabel " + nomor;
        }
        String nama = potong(dasar, 31);
        for (int i = 2; namaDipakai.contains(nama.toLowerCase(Locale.ROOT)); i++) {
            String akhiran = " (" + i + ")";
            nama = potong(dasar, 31 - akhiran.length()) + akhiran;
        }
        namaDipakai.add(nama.toLowerCase(Locale.ROOT));
        return nama;
    }

    private static String potong(String teks, int panjang) {
        return teks.length() <= panjang ? teks : teks.substring(0, panjang).strip();
    }

    private static Cell sel(Row r, int kolom, String teks, CellStyle gaya) {
        Cell c = r.createCell(kolom);
        if (teks != null && !teks.isEmpty()) {
            c.setCellValue(teks);
        }
        c.setCellStyle(gaya);
        return c;
    }

    /**
     * One style per kind and number format, shared by all sheets (a workbook holds at most 64 000).
     *
     * @param format a number format, "kanan" for right-aligned text, or null
     */
    XSSFCellStyle gaya(String jenis, String format) {
        return gaya.computeIfAbsent(jenis + "|" + format, k -> {
            XSSFCellStyle s = wb.createCellStyle();
            Font f = wb.createFont();
            f.setFontName("Arial");
            f.setFontHeightInPoints((short) 10);
            boolean tabel = !jenis.equals("judul") && !jenis.equals("tautan");
            if (tabel) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
                s.setVerticalAlignment(VerticalAlignment.TOP);
                s.setWrapText(true);
            }
            switch (jenis) {
                case "judul" -> {
                    f.setBold(true);
                    f.setFontHeightInPoints((short) 12);
                }
                case "kepala" -> {
                    f.setBold(true);
                    isi(s, 0xD9, 0xD9, 0xD9);
                    s.setAlignment(HorizontalAlignment.CENTER);
                    s.setVerticalAlignment(VerticalAlignment.CENTER);
                }
                case "tebal" -> {
                    f.setBold(true);
                    isi(s, 0xF2, 0xF2, 0xF2);
                }
                case "grup" -> {
                    f.setBold(true);
                    isi(s, 0xEA, 0xF1, 0xFB);
                }
                case "tautan" -> {
                    f.setUnderline(Font.U_SINGLE);
                    f.setColor(IndexedColors.BLUE.getIndex());
                }
                default -> {}
            }
            s.setFont(f);
            if ("kanan".equals(format)) {
                s.setAlignment(HorizontalAlignment.RIGHT);
            } else if (format != null) {
                s.setDataFormat(wb.createDataFormat().getFormat(format));
                s.setAlignment(HorizontalAlignment.RIGHT);
            }
            return s;
        });
    }

    private static void isi(XSSFCellStyle s, int r, int g, int b) {
        s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
