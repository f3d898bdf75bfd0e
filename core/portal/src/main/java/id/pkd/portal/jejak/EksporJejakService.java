package id.pkd.portal.jejak;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * The trail of a search as an XLSX workbook for Inspektorat and BPK: one row per entry with its
 * number and hashes, so the auditor can recheck the chain outside the portal. Streamed (SXSSF keeps
 * only a window of rows in memory) and bounded by {@link PencarianJejakService#BATAS_EKSPOR}.
 */
@Service
public class EksporJejakService {

    static final String[] KOLOM = {
        "Urut", "Waktu", "Oleh", "Jenis data", "ID data", "Isian", "Nilai lama", "Nilai baru", "Hash sebelum", "Hash"
    };
    private static final DateTimeFormatter WAKTU = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final PencarianJejakService pencarian;

    EksporJejakService(PencarianJejakService pencarian) {
        this.pencarian = pencarian;
    }

    /** Writes the workbook; returns the number of entries written. */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_PIMPINAN", "ROLE_VERIFIKATOR", "ROLE_PENGAMAT"})
    public int tulis(SaringanJejak saringan, OutputStream keluar) throws IOException {
        try (SXSSFWorkbook buku = new SXSSFWorkbook(200)) {
            SXSSFSheet lembar = buku.createSheet("Jejak audit");
            CellStyle tebal = buku.createCellStyle();
            Font huruf = buku.createFont();
            huruf.setBold(true);
            tebal.setFont(huruf);
            Row judul = lembar.createRow(0);
            for (int i = 0; i < KOLOM.length; i++) {
                Cell c = judul.createCell(i);
                c.setCellValue(KOLOM[i]);
                c.setCellStyle(tebal);
            }
            lembar.createFreezePane(0, 1);
            int[] baris = {1};
            ZoneId zona = pencarian.zona().zoneId();
            int jumlah = pencarian.telusuri(saringan, j -> {
                Row r = lembar.createRow(baris[0]++);
                r.createCell(0).setCellValue(j.urut());
                r.createCell(1).setCellValue(WAKTU.format(j.pada().atZone(zona)));
                r.createCell(2).setCellValue(sel(j.oleh()));
                r.createCell(3).setCellValue(sel(j.jenisData()));
                r.createCell(4).setCellValue(j.dataId());
                r.createCell(5).setCellValue(sel(j.isian()));
                r.createCell(6).setCellValue(sel(j.nilaiLama()));
                r.createCell(7).setCellValue(sel(j.nilaiBaru()));
                r.createCell(8).setCellValue(sel(j.hashSebelum()));
                r.createCell(9).setCellValue(sel(j.hash()));
            });
            buku.write(keluar);
            buku.dispose();
            return jumlah;
        }
    }

    /** An XLSX cell holds at most 32,767 characters; a longer value is cut with a marker. */
    private static String sel(String nilai) {
        int batas = 32_767;
        return nilai == null || nilai.length() <= batas ? nilai : nilai.substring(0, batas - 12) + " …(dipotong)";
    }
}
