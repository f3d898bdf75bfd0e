package id.pkd.portal.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.plugin.DataUrusanService;
import id.pkd.portal.plugin.PluginDaerahService;
import id.pkd.portal.plugin.XlsxDataUrusanService;
import id.pkd.portal.umum.ValidasiGagalException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The XLSX import of the urusan forms with generated workbooks: the template's header (sometimes
 * with a column missing, doubled or unknown, or one row lower), then rows of cells of every kind
 * (text around every size, numbers beyond and within the bounds, NaN and infinities, booleans,
 * dates, formulas without a cached value, blanks), plus files that are not a workbook at all. For
 * every input: only a {@link ValidasiGagalException} whose every problem names its row and column
 * ("Baris 3, kolom IKS") or the file, and a refused file leaves the form's rows as they were.
 * Shares region 64.64 with the forms' fuzz test (same setup).
 */
class XlsxFuzzTest extends UjiFuzz {

    static final int PERCOBAAN = 300;

    static final List<String> JUDUL_IDM = List.of("Kode Desa", "IKS", "IKE", "IKL", "Status", "BUMDes aktif");
    static final List<String> JUDUL_DESA = List.of("Kode Desa", "Nama Desa", "Kecamatan");

    @Autowired
    XlsxDataUrusanService xlsx;

    @Autowired
    DataUrusanService data;

    @Autowired
    PluginDaerahService pluginDaerah;

    record SelXlsx(int jenis, String teks, double angka) {}

    record Berkas(boolean idm, int geserJudul, int ubahJudul, List<List<SelXlsx>> baris, int rusak) {
        @Override
        public String toString() {
            return (idm ? "idm" : "desa") + " judul+" + geserJudul + " ubah" + ubahJudul + " rusak" + rusak + " "
                    + FormulirFuzzTest.potong(baris.toString());
        }
    }

    @Provide
    Arbitrary<Berkas> berkas() {
        Arbitrary<Double> angka = Arbitraries.frequencyOf(
                Tuple.of(
                        2,
                        Arbitraries.of(
                                0.5,
                                0.7274,
                                1.0,
                                -0.0,
                                1e300,
                                -1e300,
                                1e16,
                                1e17,
                                Double.MIN_VALUE,
                                Double.NaN,
                                Double.POSITIVE_INFINITY,
                                0.1 + 0.2,
                                2024.0)),
                Tuple.of(3, Arbitraries.doubles().between(-10, 10)));
        Arbitrary<SelXlsx> sel = Combinators.combine(Arbitraries.integers().between(0, 6), Masukan.teks(), angka)
                .as(SelXlsx::new);
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(1, 1), Tuple.of(1, 3)),
                        Arbitraries.integers().between(0, 12),
                        sel.list().ofMinSize(0).ofMaxSize(7).list().ofMinSize(0).ofMaxSize(5),
                        Arbitraries.frequency(Tuple.of(30, 0), Tuple.of(1, 1), Tuple.of(1, 2), Tuple.of(1, 3)))
                .as(Berkas::new);
    }

    @Property(tries = PERCOBAAN, shrinking = ShrinkingMode.BOUNDED)
    void imporXlsxHanyaMenolakDenganBarisDanKolomDanTidakMengubahApaPun(@ForAll("berkas") Berkas b) {
        DaerahFuzz d = daerah("64.64");
        siapkanPlugin(d);
        String kode = b.idm() ? "idm" : "desa";
        Integer tahun = b.idm() ? DaerahFuzz.TAHUN : null;
        byte[] isi = tulis(b);
        Object sebelum = d.sebagai(Peran.OPERATOR, () -> data.baris("urusan-pmd", kode, tahun));
        Throwable t = catchThrowable(
                () -> d.sebagai(Peran.OPERATOR, () -> xlsx.impor("urusan-pmd", kode, tahun, "fuzz.xlsx", isi)));
        Statistik.untuk("impor XLSX").catat(t == null ? "diterima" : "ditolak");
        if (t == null) {
            d.sebagai(Peran.OPERATOR, () -> data.hitung("urusan-pmd/desa-minimal-maju", DaerahFuzz.TAHUN));
            return;
        }
        assertThat(t).as("%s → %s", b, t).isInstanceOf(ValidasiGagalException.class);
        assertThat(((ValidasiGagalException) t).kesalahan())
                .as(b.toString())
                .isNotEmpty()
                .allSatisfy(k -> assertThat(k.path()).matches("(Baris \\d+(, kolom .+)?)?"));
        assertThat((Object) d.sebagai(Peran.OPERATOR, () -> data.baris("urusan-pmd", kode, tahun)))
                .as("penolakan %s tidak mengubah apa pun", b)
                .isEqualTo(sebelum);
    }

    private static boolean siap;

    private void siapkanPlugin(DaerahFuzz d) {
        synchronized (XlsxFuzzTest.class) {
            if (!siap) {
                d.sebagai(Peran.ADMIN_DAERAH, () -> {
                    pluginDaerah.atur("urusan-pmd", true);
                    return null;
                });
                siap = true;
            }
        }
    }

    static byte[] tulis(Berkas b) {
        switch (b.rusak()) {
            case 1:
                return new byte[0];
            case 2:
                return "Kode Desa;IKS\n64.64.01.2001;0,5".getBytes();
            case 3:
                byte[] benar = tulis(new Berkas(b.idm(), b.geserJudul(), b.ubahJudul(), b.baris(), 0));
                return Arrays.copyOf(benar, benar.length / 2);
            default:
                break;
        }
        List<String> judul = new ArrayList<>(b.idm() ? JUDUL_IDM : JUDUL_DESA);
        int u = b.ubahJudul();
        if (u < judul.size() && u % 3 == 0) {
            judul.remove(u);
        } else if (u < judul.size() && u % 3 == 1) {
            judul.add(judul.get(u));
        } else if (u < judul.size()) {
            judul.set(u, "Kolom Lain " + u);
        }
        try (XSSFWorkbook buku = new XSSFWorkbook();
                ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            Sheet lembar = buku.createSheet("Data");
            int r = b.geserJudul();
            Row kepala = lembar.createRow(r++);
            for (int k = 0; k < judul.size(); k++) {
                kepala.createCell(k).setCellValue(judul.get(k));
            }
            for (List<SelXlsx> baris : b.baris()) {
                Row row = lembar.createRow(r++);
                for (int k = 0; k < baris.size(); k++) {
                    isi(row.createCell(k), baris.get(k));
                }
            }
            buku.write(keluar);
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void isi(Cell c, SelXlsx s) {
        // Excel holds at most 32,767 characters in a cell; POI refuses more
        String teks = s.teks().length() > 32_767 ? s.teks().substring(0, 32_767) : s.teks();
        switch (s.jenis()) {
            case 0, 1 -> c.setCellValue(teks);
            case 2 -> c.setCellValue(s.angka());
            case 3 -> c.setCellValue(s.angka() > 0);
            case 4 -> c.setCellValue(LocalDate.of(2022, 8, 17));
            case 5 -> c.setCellFormula(s.angka() > 0 ? "1/0" : "B2*2");
            default -> c.setBlank();
        }
    }
}
