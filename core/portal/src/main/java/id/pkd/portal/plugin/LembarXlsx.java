package id.pkd.portal.plugin;

import id.pkd.portal.umum.BatasArsip;
import id.pkd.portal.umum.ValidasiGagalException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an uploaded XLSX file as text: the header row (the first row with anything
 * in it) and the rows below it with their Excel row numbers. Cells become the text a user would
 * type: numbers the Indonesian way ({@code 0,7274}), dates as ISO dates, yes/no as {@code ya} /
 * {@code tidak}, formulas by their cached result. The file is checked by its content, never its
 * name. Public for the other spreadsheet imports (the budget import of {@code anggaran}), which read the same way.
 */
public final class LembarXlsx {

    static final String BUKAN_XLSX = "Berkas bukan XLSX yang sah.";
    static final int BARIS_MAKSIMAL = 10_000;
    private static final int KOLOM_MAKSIMAL = 200;

    /** One row below the header: its Excel number (from 1) and its cells by column index. */
    public record Baris(int nomor, List<String> sel) {
        public String sel(int kolom) {
            return kolom < sel.size() ? sel.get(kolom) : null;
        }
    }

    final int nomorJudul;
    final List<String> judul;
    final List<Baris> baris;

    private LembarXlsx(int nomorJudul, List<String> judul, List<Baris> baris) {
        this.nomorJudul = nomorJudul;
        this.judul = judul;
        this.baris = baris;
    }

    /** The Excel number of the header row. */
    public int nomorJudul() {
        return nomorJudul;
    }

    /** The header row's cells, by column index. */
    public List<String> judul() {
        return judul;
    }

    public List<Baris> baris() {
        return baris;
    }

    public static LembarXlsx baca(byte[] isi) {
        if (isi != null) {
            // POI keeps every expanded part in memory: the expansion is bounded before it opens the file.
            BatasArsip.periksa(isi, BatasArsip.TERURAI_MAKSIMAL_IMPOR).ifPresent(alasan -> {
                throw gagal("Berkas ditolak: " + alasan);
            });
        }
        if (!zipOffice(isi)) {
            throw gagal(BUKAN_XLSX);
        }
        // POI throws several unchecked types for a zip that is not a workbook; all mean the same here.
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(isi))) {
            if (buku.getNumberOfSheets() == 0) {
                throw gagal("Berkas tidak berisi lembar kerja.");
            }
            return dari(buku.getSheetAt(0));
        } catch (ValidasiGagalException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw gagal(BUKAN_XLSX);
        }
    }

    private static LembarXlsx dari(Sheet lembar) {
        int nomorJudul = -1;
        List<String> judul = List.of();
        List<Baris> hasil = new ArrayList<>();
        for (Row r : lembar) {
            List<String> sel = new ArrayList<>();
            int akhir = Math.min(Math.max(r.getLastCellNum(), 0), KOLOM_MAKSIMAL);
            for (int k = 0; k < akhir; k++) {
                sel.add(teks(r.getCell(k)));
            }
            while (!sel.isEmpty() && sel.get(sel.size() - 1) == null) {
                sel.remove(sel.size() - 1);
            }
            if (sel.isEmpty()) {
                continue;
            }
            if (nomorJudul < 0) {
                nomorJudul = r.getRowNum() + 1;
                judul = sel;
                continue;
            }
            if (hasil.size() == BARIS_MAKSIMAL) {
                throw gagal("Berkas berisi lebih dari " + BARIS_MAKSIMAL + " baris data.");
            }
            hasil.add(new Baris(r.getRowNum() + 1, sel));
        }
        if (nomorJudul < 0) {
            throw gagal("Lembar pertama kosong: baris judul kolom tidak ditemukan.");
        }
        return new LembarXlsx(nomorJudul, judul, hasil);
    }

    private static String teks(Cell c) {
        if (c == null) {
            return null;
        }
        CellType jenis = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        String t =
                switch (jenis) {
                    case NUMERIC ->
                        DateUtil.isCellDateFormatted(c)
                                ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                                : angka(c.getNumericCellValue());
                    case STRING -> c.getStringCellValue();
                    case BOOLEAN -> c.getBooleanCellValue() ? "ya" : "tidak";
                    case ERROR -> "#GALAT";
                    default -> null;
                };
        return t == null || t.isBlank() ? null : t.strip();
    }

    /**
     * A numeric cell as typed the Indonesian way, without thousands separators so that codes stored
     * as numbers stay digits. Excel keeps 15 significant digits; more would only show binary noise.
     */
    static String angka(double nilai) {
        BigDecimal n = new BigDecimal(nilai, MathContext.DECIMAL64)
                .round(new MathContext(15))
                .stripTrailingZeros();
        return n.toPlainString().replace('.', ',');
    }

    /** An OOXML package: a zip (PK header) with the {@code [Content_Types].xml} part. */
    private static boolean zipOffice(byte[] isi) {
        if (isi == null || isi.length < 4 || isi[0] != 'P' || isi[1] != 'K' || isi[2] != 3 || isi[3] != 4) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(isi))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("[Content_Types].xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    public static ValidasiGagalException gagal(String pesan) {
        return ValidasiGagalException.pada("", pesan);
    }
}
