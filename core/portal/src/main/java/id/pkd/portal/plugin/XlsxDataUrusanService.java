package id.pkd.portal.plugin;

import id.pkd.plugin.api.DaftarReferensi;
import id.pkd.plugin.api.Formulir;
import id.pkd.plugin.api.Isian;
import id.pkd.plugin.api.JenisIsian;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.BolehIsi;
import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.portal.umum.ValidasiGagalException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Spreadsheet import and template of any plugin form declared {@link Formulir#dapatDiimpor()}:
 * columns are found by their header (the field's label or code, case and spacing ignored) on the
 * first sheet, every row goes through the same checks as the form screen, each problem is named
 * by Excel row and column, and the file replaces the year's rows as a whole or not at all.
 */
@Service
public class XlsxDataUrusanService {

    public static final String JENIS_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String JENIS_JEJAK = "data_urusan_impor";
    static final String KOLOM_RINCIAN = "Rincian";

    private final DataUrusanService data;
    private final JejakAuditService jejak;
    private final DataSize batas;

    XlsxDataUrusanService(DataUrusanService data, JejakAuditService jejak, PengaturanPkd pengaturan) {
        this.data = data;
        this.jejak = jejak;
        this.batas = pengaturan.unggah().imporXlsx();
    }

    /** The largest XLSX file imported ({@code pkd.unggah.impor-xlsx}). */
    public DataSize batas() {
        return batas;
    }

    /**
     * Replaces the rows of a form (for {@code tahun} when it is yearly) with the rows of an XLSX
     * file.
     *
     * @return the number of rows imported
     * @throws ValidasiGagalException with every problem, its path being "Baris 17, kolom Kode Desa"
     *     (empty for the file as a whole); nothing is saved then
     */
    @BolehIsi
    @Transactional
    public int impor(String pluginId, String kode, Integer tahun, String namaBerkas, byte[] isi) {
        Formulir f = data.formulir(pluginId, kode).formulir();
        if (!f.bolehImpor()) {
            throw LembarXlsx.gagal("Formulir " + f.judul() + " tidak dapat diimpor dari XLSX.");
        }
        if (isi != null && isi.length > batas.toBytes()) {
            throw LembarXlsx.gagal("Berkas lebih besar dari " + PengaturanPkd.teks(batas) + ".");
        }
        LembarXlsx lembar = LembarXlsx.baca(isi);
        Optional<DaftarReferensi> daftarRincian = f.rincian().jenis() == Formulir.Rincian.Jenis.MENURUT_REFERENSI
                ? data.referensi(pluginId, f.rincian().referensi())
                : Optional.empty();
        Map<String, Integer> kolom = kolom(f, lembar, daftarRincian);

        List<BarisUrusan> baris = new ArrayList<>();
        for (LembarXlsx.Baris b : lembar.baris) {
            Map<String, String> nilai = new LinkedHashMap<>();
            kolom.forEach((isian, k) -> {
                if (!isian.equals(KOLOM_RINCIAN)) {
                    nilai.put(isian, b.sel(k));
                }
            });
            String rincian = daftarRincian
                    .map(d -> kodeRincian(d, b.sel(kolom.get(KOLOM_RINCIAN))))
                    .orElse(null);
            if (rincian != null && nilai.values().stream().allMatch(v -> v == null)) {
                // A template row naming only its item: nothing typed, so nothing to store.
                rincian = null;
            }
            baris.add(new BarisUrusan(rincian, null, nilai));
        }
        IntUnaryOperator nomor =
                i -> i < lembar.baris.size() ? lembar.baris.get(i).nomor() : lembar.nomorJudul + i + 1;
        int jumlah = data.simpan(pluginId, kode, tahun, baris, nomor, m -> {
            String letak = "Baris " + nomor.applyAsInt(m.baris())
                    + (m.isian() == null
                            ? ""
                            : ", kolom " + f.isian(m.isian()).map(Isian::label).orElse(m.isian()));
            return new ValidasiGagalException.Kesalahan(letak, m.pesan());
        });
        jejak.catat(
                JENIS_JEJAK,
                0,
                pluginId + "/" + f.kode() + (f.tahunan() ? "/" + tahun : ""),
                null,
                jumlah + " baris dari " + (namaBerkas == null ? "berkas XLSX" : namaBerkas));
        return jumlah;
    }

    /** The columns the file provides, by field code; missing required columns fail in one message. */
    private static Map<String, Integer> kolom(Formulir f, LembarXlsx lembar, Optional<DaftarReferensi> daftarRincian) {
        Map<String, String> dikenal = new HashMap<>();
        for (Isian i : f.isian()) {
            if (i.jenis() != JenisIsian.TURUNAN) {
                dikenal.put(normal(i.label()), i.kode());
                dikenal.put(normal(i.kode()), i.kode());
                dikenal.put(normal(i.kode().replace('_', ' ')), i.kode());
            }
        }
        daftarRincian.ifPresent(d -> {
            dikenal.put(normal(KOLOM_RINCIAN), KOLOM_RINCIAN);
            dikenal.put(normal(d.judul()), KOLOM_RINCIAN);
        });
        Map<String, Integer> kolom = new LinkedHashMap<>();
        List<String> ganda = new ArrayList<>();
        for (int k = 0; k < lembar.judul.size(); k++) {
            String judul = lembar.judul.get(k);
            String isian = judul == null ? null : dikenal.get(normal(judul));
            if (isian != null && kolom.putIfAbsent(isian, k) != null) {
                ganda.add(judul);
            }
        }
        List<String> kurang = new ArrayList<>();
        if (daftarRincian.isPresent() && !kolom.containsKey(KOLOM_RINCIAN)) {
            kurang.add(daftarRincian.get().judul());
        }
        for (Isian i : f.isian()) {
            // A band field can come from its computed value instead, row by row.
            boolean dapatDiturunkan = i.jenis() == JenisIsian.KELAS
                    && f.isian(i.rumus())
                            .map(r -> r.jenis() == JenisIsian.TURUNAN || kolom.containsKey(r.kode()))
                            .orElse(false);
            if (i.wajib() && i.jenis() != JenisIsian.TURUNAN && !dapatDiturunkan && !kolom.containsKey(i.kode())) {
                kurang.add(i.label());
            }
        }
        List<ValidasiGagalException.Kesalahan> masalah = new ArrayList<>();
        if (!kurang.isEmpty()) {
            masalah.add(new ValidasiGagalException.Kesalahan(
                    "Baris " + lembar.nomorJudul,
                    "Kolom wajib tidak ada: " + String.join(", ", kurang)
                            + ". Judul kolom harus sama dengan templat (Unduh templat XLSX)."));
        }
        if (!ganda.isEmpty()) {
            masalah.add(new ValidasiGagalException.Kesalahan(
                    "Baris " + lembar.nomorJudul, "Kolom ganda: " + String.join(", ", ganda) + "."));
        }
        if (!masalah.isEmpty()) {
            throw new ValidasiGagalException(masalah);
        }
        return kolom;
    }

    /** The item code for a code or name typed in the breakdown column; unknown text is left for the checks. */
    private static String kodeRincian(DaftarReferensi daftar, String teks) {
        if (teks == null) {
            return null;
        }
        return daftar.butir().stream()
                .filter(b -> b.kode().equalsIgnoreCase(teks) || normal(b.nama()).equals(normal(teks)))
                .map(DaftarReferensi.Butir::kode)
                .findFirst()
                .orElse(teks);
    }

    static String normal(String teks) {
        return teks.replace("*", "")
                .replace('\u00A0', ' ')
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * An empty XLSX with the form's columns (the breakdown items filled in for forms by reference
     * list) and a second sheet explaining each column.
     */
    @BolehBaca
    @Transactional(readOnly = true)
    public byte[] templat(String pluginId, String kode) {
        Formulir f = data.formulir(pluginId, kode).formulir();
        Optional<DaftarReferensi> daftarRincian = f.rincian().jenis() == Formulir.Rincian.Jenis.MENURUT_REFERENSI
                ? data.referensi(pluginId, f.rincian().referensi())
                : Optional.empty();
        List<Isian> isian =
                f.isian().stream().filter(i -> i.jenis() != JenisIsian.TURUNAN).toList();
        try (XSSFWorkbook buku = new XSSFWorkbook();
                ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            CellStyle tebal = buku.createCellStyle();
            Font huruf = buku.createFont();
            huruf.setBold(true);
            tebal.setFont(huruf);

            Sheet data = buku.createSheet(WorkbookUtil.createSafeSheetName(f.judul()));
            Row judul = data.createRow(0);
            int k = 0;
            if (daftarRincian.isPresent()) {
                judul.createCell(k++).setCellValue(daftarRincian.get().judul());
            }
            for (Isian i : isian) {
                judul.createCell(k++).setCellValue(i.label());
            }
            for (int c = 0; c < k; c++) {
                judul.getCell(c).setCellStyle(tebal);
                data.setColumnWidth(c, (c == 0 && daftarRincian.isPresent() ? 40 : 18) * 256);
            }
            data.createFreezePane(0, 1);
            daftarRincian.ifPresent(d -> {
                for (int r = 0; r < d.butir().size(); r++) {
                    data.createRow(r + 1)
                            .createCell(0)
                            .setCellValue(d.butir().get(r).nama());
                }
            });

            Sheet petunjuk = buku.createSheet("Petunjuk");
            Row kepala = petunjuk.createRow(0);
            List<String> kolomPetunjuk = List.of("Kolom", "Wajib", "Isi");
            for (int c = 0; c < kolomPetunjuk.size(); c++) {
                kepala.createCell(c).setCellValue(kolomPetunjuk.get(c));
                kepala.getCell(c).setCellStyle(tebal);
            }
            petunjuk.setColumnWidth(0, 24 * 256);
            petunjuk.setColumnWidth(1, 8 * 256);
            petunjuk.setColumnWidth(2, 90 * 256);
            int r = 1;
            if (daftarRincian.isPresent()) {
                tulisPetunjuk(
                        petunjuk.createRow(r++),
                        daftarRincian.get().judul(),
                        "ya",
                        "Nama atau kode butir " + daftarRincian.get().judul() + "; satu baris per butir.");
            }
            for (Isian i : isian) {
                tulisPetunjuk(petunjuk.createRow(r++), i.label(), i.wajib() ? "ya" : "", petunjuk(pluginId, f, i));
            }
            petunjuk.createRow(r + 1)
                    .createCell(0)
                    .setCellValue("Hanya lembar pertama yang dibaca; baris judul adalah baris pertama yang berisi."
                            + " Impor mengganti seluruh data formulir ini"
                            + (f.tahunan() ? " untuk tahun yang dipilih." : "."));
            buku.write(keluar);
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tulisPetunjuk(Row r, String kolom, String wajib, String isi) {
        r.createCell(0).setCellValue(kolom);
        r.createCell(1).setCellValue(wajib);
        r.createCell(2).setCellValue(isi);
    }

    private String petunjuk(String pluginId, Formulir f, Isian i) {
        String batas =
                (i.min() != null ? ", paling kecil " + i.min().toPlainString().replace('.', ',') : "")
                        + (i.maks() != null
                                ? ", paling besar " + i.maks().toPlainString().replace('.', ',')
                                : "");
        return switch (i.jenis()) {
            case ANGKA -> "Angka (koma untuk desimal, mis. 0,7274)" + batas + ".";
            case BILANGAN_BULAT -> "Bilangan bulat" + batas + ".";
            case TEKS -> "Teks.";
            case TANGGAL -> "Tanggal (hh/bb/tttt).";
            case RUPIAH_ATAU_TIDAK_DIKETAHUI -> "Rupiah, atau \"tidak diketahui\".";
            case YA_TIDAK -> "ya atau tidak.";
            case RUJUKAN ->
                "Kode yang terdaftar pada formulir "
                        + data.formulir(pluginId, i.referensi()).formulir().judul() + ".";
            case PILIHAN, KELAS ->
                "Salah satu dari: "
                        + data.referensi(pluginId, i.referensi())
                                .map(d -> d.butir().stream()
                                        .map(DaftarReferensi.Butir::nama)
                                        .reduce((a, b) -> a + ", " + b)
                                        .orElse(""))
                                .orElse("")
                        + (i.jenis() == JenisIsian.KELAS
                                ? " (boleh kosong bila "
                                        + f.isian(i.rumus()).map(Isian::label).orElse(i.rumus()) + " dapat dihitung)."
                                : ".");
            case TURUNAN -> "Dihitung.";
        };
    }
}
