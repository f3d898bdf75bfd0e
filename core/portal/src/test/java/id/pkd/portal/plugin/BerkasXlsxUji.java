package id.pkd.portal.plugin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real XLSX files for the import tests, written with POI as a spreadsheet program would. */
public final class BerkasXlsxUji {

    /** The PMD plugin's demo CSV of Balangan's 154 villages and their 2022 IDM status. */
    static final Path STATUS_IDM_BALANGAN = Path.of(
                    "..", "..", "plugins", "pmd", "src", "main", "resources", "id", "pkd", "urusan", "pmd", "demo")
            .resolve("status-idm-desa-balangan.csv");

    private BerkasXlsxUji() {}

    /**
     * A workbook whose first sheet holds {@code baris} from Excel row {@code barisAwal} (1-based);
     * numbers become numeric cells, everything else text, {@code null} an empty cell.
     */
    public static byte[] xlsx(int barisAwal, List<List<Object>> baris) {
        try (XSSFWorkbook buku = new XSSFWorkbook();
                ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            Sheet lembar = buku.createSheet("Data");
            for (int r = 0; r < baris.size(); r++) {
                Row row = lembar.createRow(barisAwal - 1 + r);
                List<Object> sel = baris.get(r);
                for (int k = 0; k < sel.size(); k++) {
                    Object v = sel.get(k);
                    if (v instanceof Number n) {
                        row.createCell(k).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(k).setCellValue(v.toString());
                    }
                }
            }
            buku.createSheet("Catatan").createRow(0).createCell(0).setCellValue("Lembar kedua tidak dibaca.");
            buku.write(keluar);
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Balangan's 2022 IDM sheet as a district would send it: a blank first row, a running number
     * and the village name beside the form's columns, headers in other cases and spacing, statuses
     * by name. {@code ganti} may replace the code of one village (by its position from 0).
     */
    public static byte[] idmBalangan2022(int posisiDiganti, String kodePengganti) {
        List<List<Object>> baris = new ArrayList<>();
        baris.add(List.of("No", "  KODE   desa ", "Status", "BUMDes Aktif"));
        int no = 0;
        for (String[] r : statusIdmBalangan2022()) {
            String kode = no == posisiDiganti ? kodePengganti : r[0];
            baris.add(Arrays.asList(no + 1, kode, namaStatus(r[1]), null));
            no++;
        }
        return xlsx(2, baris);
    }

    /** Code and status of the 154 villages in 2022, in the CSV's order. */
    public static List<String[]> statusIdmBalangan2022() {
        try {
            return Files.readAllLines(STATUS_IDM_BALANGAN, StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(l -> l.split(";"))
                    .filter(k -> k[1].equals("2022"))
                    .map(k -> new String[] {k[0], k[3]})
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "SANGAT_TERTINGGAL" → "Sangat Tertinggal", as officials type it. */
    static String namaStatus(String kode) {
        StringBuilder hasil = new StringBuilder();
        for (String kata : kode.toLowerCase().split("_")) {
            hasil.append(hasil.isEmpty() ? "" : " ")
                    .append(Character.toUpperCase(kata.charAt(0)))
                    .append(kata.substring(1));
        }
        return hasil.toString();
    }
}
