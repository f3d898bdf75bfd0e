package id.pkd.portal.anggaran;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.SumberDana;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.renstra.DaerahUjiRenstra;
import id.pkd.portal.umum.ValidasiGagalException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The budget spreadsheet on a tenant of its own (11.03): template, all-or-nothing import, errors by row and column. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImporAnggaranServiceTest extends PortalIntegrationTest {

    static final String DAERAH = "11.03";

    @Autowired
    ImporAnggaranService impor;

    @Autowired
    AnggaranService anggaran;

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService imporRencana;

    @Autowired
    JdbcClient jdbc;

    long pd;

    @BeforeAll
    void siapkan() {
        DaerahUjiRenstra.pastikan(daerah, imporRencana, jdbc, DAERAH, "admin.uji1103", "XL.1");
        pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = 'XL.1'")
                .param(tenant(DAERAH).value())
                .query(Long.class)
                .single();
    }

    <T> T operator(Supplier<T> kerja) {
        return sebagai(Peran.OPERATOR, DAERAH, kerja);
    }

    /** A sheet as officials fill it: the template's header, then rows of text or numbers. */
    static byte[] berkas(Object[]... baris) {
        try (XSSFWorkbook buku = new XSSFWorkbook();
                ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            Sheet s = buku.createSheet("Anggaran");
            Row judul = s.createRow(0);
            KolomAnggaran[] kolom = KolomAnggaran.values();
            for (int k = 0; k < kolom.length; k++) {
                judul.createCell(k).setCellValue(kolom[k].judul());
            }
            for (int i = 0; i < baris.length; i++) {
                Row r = s.createRow(i + 1);
                for (int k = 0; k < baris[i].length; k++) {
                    Object v = baris[i][k];
                    if (v instanceof Number n) {
                        r.createCell(k).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        r.createCell(k).setCellValue(v.toString());
                    }
                }
            }
            buku.write(keluar);
            return keluar.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void imporMenyusunPohonDanTemplatnyaBisaDiimporKembali() throws IOException {
        int th = 2026;
        byte[] isi = berkas(
                new Object[] {"1.06", "URUSAN PEMERINTAHAN BIDANG SOSIAL"},
                new Object[] {"1.06.05", "Program Perlindungan dan Jaminan Sosial", 999},
                new Object[] {"1.06.05.2.02", "Pengelolaan Data Fakir Miskin"},
                new Object[] {
                    "1.06.05.2.02.02",
                    "Pengelolaan Data",
                    76_406_800,
                    10_000_000,
                    20_000_000.5,
                    null,
                    null,
                    null,
                    "APBN"
                },
                new Object[] {"1.06.05.2.02.03", "Bantuan", "1.250.000,00", null, null, null, null, "1.000.000"});
        ImporAnggaranService.HasilImpor h = operator(() -> impor.impor(pd, th, "anggaran.xlsx", isi));
        assertThat(h).isEqualTo(new ImporAnggaranService.HasilImpor(4, 0));
        RencanaAnggaran r = operator(() -> anggaran.rencana(pd, th));
        BarisProgram data = r.kode("1.06.05.2.02.02").orElseThrow();
        assertThat(data.nama()).isEqualTo("Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota");
        assertThat(data.anggaran()).isEqualByComparingTo("76406800");
        assertThat(data.realisasi()).isEqualByComparingTo("30000000.50");
        assertThat(data.sumberDana()).isEqualTo(SumberDana.APBN);
        assertThat(data.triwulan()).containsOnlyKeys(1, 2);
        BarisProgram bantuan = r.kode("1.06.05.2.02.03").orElseThrow();
        assertThat(bantuan.realisasi()).isEqualByComparingTo("1000000");
        assertThat(bantuan.indukId())
                .isEqualTo(r.kode("1.06.05.2.02").orElseThrow().id());

        byte[] templat = operator(() -> impor.templat(pd, th));
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(templat))) {
            Row r4 = buku.getSheetAt(0).getRow(3);
            assertThat(r4.getCell(0).getStringCellValue()).isEqualTo("1.06.05.2.02.02");
            assertThat(r4.getCell(2).getNumericCellValue()).isEqualTo(76_406_800d);
        }
        ImporAnggaranService.HasilImpor lagi = operator(() -> impor.impor(pd, th, "templat.xlsx", templat));
        assertThat(lagi).isEqualTo(new ImporAnggaranService.HasilImpor(0, 2));
        assertThat(operator(() -> anggaran.rencana(pd, th)).baris()).isEqualTo(r.baris());
    }

    @Test
    void kesalahanDisebutPerBarisDanKolomDanTidakAdaYangDisimpan() {
        int th = 2027;
        byte[] isi = berkas(
                new Object[] {"2.08.02", "PUG"},
                new Object[] {"2.08.02.2.01", "Pelembagaan PUG"},
                new Object[] {"2.08.02.2.01.02", "Koordinasi", "dua juta"},
                new Object[] {"2.08.02.2.01.03", "Advokasi", 5_000_000, 1_000, 1_000, null, null, 5_000},
                new Object[] {"2.08.99.2.01.01", "Tidak ada", 1},
                new Object[] {"2.08.03.2.01.02", "Tanpa induk", 1, null, null, null, null, null, "Hibah"},
                new Object[] {"2.08.02.2.01.02", "Ganda", 1});
        ValidasiGagalException e = catchThrowableOfType(
                ValidasiGagalException.class, () -> operator(() -> impor.impor(pd, th, "salah.xlsx", isi)));
        assertThat(e.kesalahan())
                .extracting(k -> k.path() + ": " + k.pesan())
                .containsExactly(
                        "Baris 4, kolom Pagu: bukan angka (\"dua juta\").",
                        "Baris 5, kolom Realisasi: tidak sama dengan jumlah realisasi TW I–IV (2.000,00).",
                        "Baris 6, kolom Kode: kode 2.08.99.2.01.01 tidak ada di nomenklatur "
                                + NomenklaturAwal.NAMA_VERSI + ".",
                        "Baris 7, kolom Sumber Dana: \"Hibah\" tidak dikenal; isi APBD Kabupaten/Kota, APBD Provinsi"
                                + " atau APBN.",
                        "Baris 7, kolom Kode: induk 2.08.03.2.01 tidak ada di berkas maupun di rencana tahun 2027.",
                        "Baris 8, kolom Kode: kode 2.08.02.2.01.02 sudah ada di baris 4.");
        assertThat(operator(() -> anggaran.rencana(pd, th)).baris()).isEmpty();
    }

    @Test
    void bukanXlsxAtauTanpaKolomWajibDitolak() {
        ValidasiGagalException bukan = catchThrowableOfType(
                ValidasiGagalException.class,
                () -> operator(() -> impor.impor(pd, 2028, "a.xlsx", "bukan excel".getBytes())));
        assertThat(bukan.kesalahan().getFirst().pesan()).isEqualTo("Berkas bukan XLSX yang sah.");
        byte[] tanpaPagu;
        try (XSSFWorkbook buku = new XSSFWorkbook();
                ByteArrayOutputStream keluar = new ByteArrayOutputStream()) {
            Row r = buku.createSheet().createRow(0);
            r.createCell(0).setCellValue("Kode");
            r.createCell(1).setCellValue("Uraian");
            buku.write(keluar);
            tanpaPagu = keluar.toByteArray();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        ValidasiGagalException kolom = catchThrowableOfType(
                ValidasiGagalException.class, () -> operator(() -> impor.impor(pd, 2028, "b.xlsx", tanpaPagu)));
        assertThat(kolom.kesalahan())
                .extracting(k -> k.path() + ": " + k.pesan())
                .containsExactly("Baris 1: Kolom Pagu tidak ditemukan di baris judul.");
    }
}
