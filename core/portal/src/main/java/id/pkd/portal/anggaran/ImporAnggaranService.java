package id.pkd.portal.anggaran;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.plugin.LembarXlsx;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.BolehIsi;
import id.pkd.portal.umum.PengaturanPkd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The budget spreadsheet of an agency-year: a template laid out like the regional budget exports (Kode,
 * Nomenklatur, Pagu, realisasi per TW, Realisasi, Sumber Dana), filled with the year's rows, and its import, all
 * or nothing: {@link BacaXlsxAnggaran} reads, {@link PeriksaXlsxAnggaran} checks against the nomenclature and
 * {@link TulisXlsxAnggaran} writes, inside the guard of the agency-year.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class ImporAnggaranService {

    public static final String JENIS_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String JENIS_JEJAK = "anggaran_impor";

    /** What an import did. */
    public record HasilImpor(int barisBaru, int subKegiatanDiubah) {}

    private final PerencanaanService perencanaan;
    private final PenjagaPerubahan penjaga;
    private final AnggaranService anggaran;
    private final NomenklaturService nomenklatur;
    private final BacaXlsxAnggaran pembaca;
    private final PeriksaXlsxAnggaran pemeriksa;
    private final TulisXlsxAnggaran penulis;
    private final JejakAuditService jejak;
    private final DataSize batas;

    ImporAnggaranService(
            PerencanaanService perencanaan,
            PenjagaPerubahan penjaga,
            AnggaranService anggaran,
            NomenklaturService nomenklatur,
            BacaXlsxAnggaran pembaca,
            PeriksaXlsxAnggaran pemeriksa,
            TulisXlsxAnggaran penulis,
            JejakAuditService jejak,
            PengaturanPkd pengaturan) {
        this.perencanaan = perencanaan;
        this.penjaga = penjaga;
        this.anggaran = anggaran;
        this.nomenklatur = nomenklatur;
        this.pembaca = pembaca;
        this.pemeriksa = pemeriksa;
        this.penulis = penulis;
        this.jejak = jejak;
        this.batas = pengaturan.unggah().imporXlsx();
    }

    /** The largest file accepted ({@code pkd.unggah.impor-xlsx}, the same bound as the urusan form imports). */
    public DataSize batas() {
        return batas;
    }

    /**
     * Imports the file into the agency-year.
     *
     * @throws id.pkd.portal.umum.ValidasiGagalException with every problem at "Baris 12, kolom Pagu"; nothing
     *     is saved then
     */
    @BolehIsi
    @Transactional
    public HasilImpor impor(long perangkatDaerahId, int tahun, String namaBerkas, byte[] isi) {
        if (isi != null && isi.length > batas.toBytes()) {
            throw LembarXlsx.gagal("Berkas lebih besar dari " + PengaturanPkd.teks(batas) + ".");
        }
        List<BarisBerkas> baris = pembaca.baca(isi);
        RencanaAnggaran r = anggaran.kunci(perangkatDaerahId, tahun);
        List<BarisImpor> periksa = pemeriksa.periksa(baris, r, k -> nomenklatur.cari(tahun, k));
        int[] n = penulis.tulis(r, periksa);
        if (n[0] > 0) {
            nomenklatur.catatVersi(tahun);
        }
        jejak.catat(
                JENIS_JEJAK,
                r.perangkatDaerahId(),
                Integer.toString(tahun),
                null,
                n[0] + " baris baru, " + n[1] + " sub kegiatan diubah dari "
                        + (namaBerkas == null ? "berkas XLSX" : namaBerkas));
        return new HasilImpor(n[0], n[1]);
    }

    /** The template, filled with the agency-year's rows so it can be edited and imported back. */
    public byte[] templat(long perangkatDaerahId, int tahun) {
        RencanaAnggaran r = anggaran.rencana(perangkatDaerahId, tahun);
        String namaPd = perencanaan.perangkatDaerah(perangkatDaerahId).nama();
        try (XSSFWorkbook buku = new XSSFWorkbook();
                ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            Sheet lembar = buku.createSheet("Anggaran " + tahun);
            CellStyle tebal = buku.createCellStyle();
            Font f = buku.createFont();
            f.setBold(true);
            tebal.setFont(f);
            Row judul = lembar.createRow(0);
            KolomAnggaran[] kolom = KolomAnggaran.values();
            for (int k = 0; k < kolom.length; k++) {
                judul.createCell(k).setCellValue(kolom[k].judul());
                judul.getCell(k).setCellStyle(tebal);
            }
            int nomor = 1;
            for (BarisProgram b : r.baris()) {
                Row row = lembar.createRow(nomor++);
                row.createCell(0).setCellValue(b.kode());
                row.createCell(1).setCellValue(b.nama());
                if (b.subKegiatan()) {
                    angka(row, 2, b.anggaran());
                    b.triwulan().forEach((tw, v) -> angka(row, 2 + tw, v));
                    angka(row, 7, b.realisasi());
                    row.createCell(8).setCellValue(b.sumberDana().label());
                }
            }
            lembar.setColumnWidth(0, 20 * 256);
            lembar.setColumnWidth(1, 70 * 256);
            for (int k = 2; k < kolom.length; k++) {
                lembar.setColumnWidth(k, 18 * 256);
            }
            lembar.createFreezePane(0, 1);
            petunjuk(buku.createSheet("Petunjuk"), namaPd, r);
            buku.write(keluar);
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void angka(Row row, int kolom, BigDecimal nilai) {
        if (nilai != null) {
            row.createCell(kolom).setCellValue(nilai.doubleValue());
        }
    }

    private static void petunjuk(Sheet s, String namaPd, RencanaAnggaran r) {
        String[] teks = {
            "Templat anggaran " + namaPd + " tahun " + r.tahun(),
            "Nomenklatur: " + r.versi().nama(),
            "Isi satu baris per program, kegiatan dan sub kegiatan; kode harus ada di nomenklatur tahun ini.",
            "Pagu dan realisasi hanya dibaca pada baris sub kegiatan (rupiah, mis. 76406800 atau 76.406.800).",
            "Realisasi TW I–IV boleh kosong; bila diisi, kolom Realisasi (jika diisi) harus sama dengan jumlahnya.",
            "Sumber Dana: APBD Kabupaten/Kota (bila kosong), APBD Provinsi atau APBN.",
            "Baris yang tidak ada di berkas tidak diubah. Bila ada satu kesalahan, tidak ada yang disimpan."
        };
        for (int i = 0; i < teks.length; i++) {
            s.createRow(i).createCell(0).setCellValue(teks[i]);
        }
    }
}
