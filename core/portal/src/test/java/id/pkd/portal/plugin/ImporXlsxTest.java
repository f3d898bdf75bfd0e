package id.pkd.portal.plugin;

import static id.pkd.portal.plugin.BerkasXlsxUji.idmBalangan2022;
import static id.pkd.portal.plugin.BerkasXlsxUji.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.umum.ValidasiGagalException;
import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The yearly IDM spreadsheet imported through the generic XLSX import, on the real PMD plugin jar
 * and MariaDB: Balangan's 154 villages give the LKIP's 66,88 %, every bad file or cell is named by
 * Excel row and column with nothing saved, and one tenant's import never touches another's rows.
 */
class ImporXlsxTest extends PortalIntegrationTest {

    private static final String PMD = "urusan-pmd";

    @Autowired
    XlsxDataUrusanService xlsx;

    @Autowired
    DataUrusanService data;

    @Autowired
    PluginDaerahService pluginDaerah;

    @Autowired
    PengukuranKinerjaService pengukuran;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    JdbcClient jdbc;

    int jumlahBaris(String kodeWilayah, String formulir, int tahun) {
        return jdbc.sql("SELECT COUNT(*) FROM data_urusan WHERE tenant_id = :t AND plugin_id = :p"
                        + " AND formulir = :f AND tahun = :th")
                .param("t", tenant(kodeWilayah).value())
                .param("p", PMD)
                .param("f", formulir)
                .param("th", tahun)
                .query(Integer.class)
                .single();
    }

    @Test
    void idmBalangan2022Dari154DesaTetapMemberi66Koma88Persen() {
        long jejakSebelum = jumlahJejakImpor();
        sebagai(Peran.OPERATOR, "63.11", () -> {
            List<BarisUrusan> sebelum = data.baris(PMD, "idm", 2022);
            assertThat(xlsx.impor(PMD, "idm", 2022, "idm-balangan-2022.xlsx", idmBalangan2022(-1, null)))
                    .isEqualTo(154);
            // The file holds the published statuses: the stored rows are the same as before.
            assertThat(data.baris(PMD, "idm", 2022)).isEqualTo(sebelum);
            var desa = data.hitung("urusan-pmd/desa-minimal-maju", 2022).orElseThrow();
            assertThat(desa.pembilang()).isEqualByComparingTo("103");
            assertThat(desa.penyebut()).isEqualByComparingTo("154");
            return null;
        });
        var iku7 = sebagai(
                        Peran.PENGAMAT,
                        "63.11",
                        () -> pengukuran.ukur(
                                perencanaan.daftarPerangkatDaerah().get(0).id(), 2022))
                .iku()
                .get(6);
        assertThat(iku7.realisasi()).hasValue(new BigDecimal("66.88"));
        assertThat(iku7.capaianTerbulat()).hasValue(new BigDecimal("286.06"));
        assertThat(jumlahJejakImpor()).isEqualTo(jejakSebelum + 1);
        assertThat(jdbc.sql("SELECT nilai_baru FROM jejak_audit WHERE jenis_data = 'data_urusan_impor'"
                                + " ORDER BY id DESC LIMIT 1")
                        .query(String.class)
                        .single())
                .isEqualTo("154 baris dari idm-balangan-2022.xlsx");
    }

    long jumlahJejakImpor() {
        return jdbc.sql("SELECT COUNT(*) FROM jejak_audit WHERE jenis_data = 'data_urusan_impor'")
                .query(Long.class)
                .single();
    }

    @Test
    void kodeDesaTakTerdaftarDisebutBarisDanKolomnyaDanTidakAdaYangTersimpan() {
        sebagai(Peran.OPERATOR, "63.11", () -> {
            List<BarisUrusan> sebelum = data.baris(PMD, "idm", 2022);
            // Header on Excel row 2, the 16th village on row 18.
            assertThatThrownBy(() -> xlsx.impor(PMD, "idm", 2022, "idm.xlsx", idmBalangan2022(15, "63.11.99.9999")))
                    .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                            .containsExactly(new Kesalahan(
                                    "Baris 18, kolom Kode Desa", "Kode Desa 63.11.99.9999 tidak terdaftar.")));
            assertThat(data.baris(PMD, "idm", 2022)).isEqualTo(sebelum);
            return null;
        });
        assertThat(jumlahBaris("63.11", "idm", 2022)).isEqualTo(154);
    }

    @Test
    void berkasRusakAtauIsianSalahDitolakDenganPesanJelasDanTidakAdaYangTersimpan() throws Exception {
        byte[] acak = new byte[4096];
        new Random(7).nextBytes(acak);
        ByteArrayOutputStream zipBiasa = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipBiasa)) {
            zip.putNextEntry(new ZipEntry("idm.csv"));
            zip.write("kode_desa;status\n".getBytes());
        }
        sebagai(Peran.OPERATOR, "63.11", () -> {
            List<BarisUrusan> sebelum = data.baris(PMD, "idm", 2022);
            for (byte[] bukan : List.of(acak, zipBiasa.toByteArray(), new byte[0], "PK\3\4".getBytes())) {
                assertThatThrownBy(() -> xlsx.impor(PMD, "idm", 2022, "idm.xlsx", bukan))
                        .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                                .containsExactly(new Kesalahan("", "Berkas bukan XLSX yang sah.")));
            }

            byte[] tanpaKodeDesa = xlsx(1, List.of(List.of("Nama Desa", "Status"), List.of("Bata", "Maju")));
            assertThatThrownBy(() -> xlsx.impor(PMD, "idm", 2022, "idm.xlsx", tanpaKodeDesa))
                    .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                            .containsExactly(new Kesalahan(
                                    "Baris 1",
                                    "Kolom wajib tidak ada: Kode Desa. Judul kolom harus sama dengan templat"
                                            + " (Unduh templat XLSX).")));

            byte[] kosong = xlsx(1, List.of());
            assertThatThrownBy(() -> xlsx.impor(PMD, "idm", 2022, "idm.xlsx", kosong))
                    .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                            .containsExactly(
                                    new Kesalahan("", "Lembar pertama kosong: baris judul kolom tidak ditemukan.")));

            // Text in a number column, a score above 1, a village twice, a status not in the list.
            byte[] isianSalah = xlsx(
                    1,
                    List.of(
                            List.of("Kode Desa", "IKS", "IKE", "IKL", "Status"),
                            Arrays.asList("63.11.01.2001", "tinggi", 0.7, 0.6, "Maju"),
                            Arrays.asList("63.11.01.2002", 1.2, 0.7, 0.6, "Maju"),
                            Arrays.asList(null, null, null, null, null),
                            Arrays.asList("63.11.01.2001", null, null, null, "Maju"),
                            Arrays.asList("63.11.01.2003", null, null, null, "Hebat")));
            assertThatThrownBy(() -> xlsx.impor(PMD, "idm", 2022, "idm.xlsx", isianSalah))
                    .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                            .containsExactly(
                                    new Kesalahan(
                                            "Baris 2, kolom IKS",
                                            "\"tinggi\" bukan angka berformat Indonesia: gunakan koma untuk desimal"
                                                    + " (68,72) dan titik untuk ribuan (1.234.567)."),
                                    new Kesalahan("Baris 3, kolom IKS", "Paling besar 1."),
                                    new Kesalahan(
                                            "Baris 5, kolom Kode Desa",
                                            "Kode Desa 63.11.01.2001 ganda (sama dengan baris 2)."),
                                    new Kesalahan(
                                            "Baris 6, kolom Status",
                                            "\"Hebat\" tidak ada dalam daftar Status Indeks Desa Membangun.")));

            // A form the plugin did not declare importable.
            assertThatThrownBy(() -> xlsx.impor(PMD, "rekap-status", 2022, "rekap.xlsx", tanpaKodeDesa))
                    .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                            .extracting(Kesalahan::pesan)
                            .containsExactly(
                                    "Formulir Jumlah desa menurut status (rekap) tidak dapat diimpor dari XLSX."));
            assertThat(data.baris(PMD, "idm", 2022)).isEqualTo(sebelum);
            return null;
        });
        assertThat(jumlahBaris("63.11", "idm", 2022)).isEqualTo(154);
    }

    @Test
    void skorSebagaiSelAngkaAtauTeksIndonesiaMenurunkanStatus() {
        sebagai(Peran.OPERATOR, "63.11", () -> {
            byte[] berkas = xlsx(
                    1,
                    List.of(
                            List.of("kode_desa", "iks", "ike", "ikl"),
                            List.of("63.11.01.2001", 0.8, "0,7", 0.65),
                            List.of("63.11.01.2002", "0,9", "0,8", "0,8")));
            try {
                assertThat(xlsx.impor(PMD, "idm", 2019, "idm-2019.xlsx", berkas))
                        .isEqualTo(2);
                List<BarisUrusan> baris = data.baris(PMD, "idm", 2019);
                assertThat(baris.get(0).nilai())
                        .containsEntry("iks", "0.8")
                        .containsEntry("ike", "0.7")
                        .containsEntry("idm", "0.7167")
                        .containsEntry("status", "MAJU");
                assertThat(baris.get(1).nilai()).containsEntry("idm", "0.8333").containsEntry("status", "MANDIRI");
            } finally {
                data.simpan(PMD, "idm", 2019, List.of());
            }
            return null;
        });
    }

    @Test
    void templatBerisiJudulKolomDariLabelIsian() throws Exception {
        byte[] templat = sebagai(Peran.PENGAMAT, "63.11", () -> xlsx.templat(PMD, "idm"));
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(templat))) {
            Row judul = buku.getSheetAt(0).getRow(0);
            assertThat(java.util.stream.IntStream.range(0, judul.getLastCellNum())
                            .mapToObj(k -> judul.getCell(k).getStringCellValue())
                            .toList())
                    .containsExactly("Kode Desa", "IKS", "IKE", "IKL", "Status", "BUMDes aktif");
            assertThat(buku.getSheet("Petunjuk")).isNotNull();
        }
        // The empty template imports as "no rows" for a year without data: it is a valid layout.
        sebagai(Peran.OPERATOR, "63.11", () -> {
            assertThat(xlsx.impor(PMD, "idm", 2018, "templat.xlsx", templat)).isZero();
            return null;
        });
    }

    @Test
    void imporKobarTidakPernahMenyentuhBarisBalangan() {
        List<BarisUrusan> balangan = sebagai(Peran.PENGAMAT, "63.11", () -> data.baris(PMD, "idm", 2022));
        sebagai(Peran.ADMIN_DAERAH, "62.01", () -> {
            pluginDaerah.atur(PMD, true);
            return null;
        });
        try {
            sebagai(Peran.OPERATOR, "62.01", () -> {
                byte[] desa = xlsx(
                        1,
                        List.of(
                                List.of("Kode Desa", "Nama Desa", "Kecamatan"),
                                List.of("62.01.01.2001", "Kumpai Batu Atas", "Arut Selatan"),
                                List.of("62.01.01.2002", "Kumpai Batu Bawah", "Arut Selatan")));
                assertThat(xlsx.impor(PMD, "desa", null, "desa-kobar.xlsx", desa))
                        .isEqualTo(2);
                // A Balangan village is unknown to Kobar.
                byte[] denganDesaBalangan = xlsx(
                        1,
                        List.of(
                                List.of("Kode Desa", "Status"),
                                List.of("62.01.01.2001", "Maju"),
                                List.of("63.11.01.2001", "Maju")));
                assertThatThrownBy(() -> xlsx.impor(PMD, "idm", 2022, "idm.xlsx", denganDesaBalangan))
                        .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                                .containsExactly(new Kesalahan(
                                        "Baris 3, kolom Kode Desa", "Kode Desa 63.11.01.2001 tidak terdaftar.")));
                byte[] idm = xlsx(
                        1,
                        List.of(
                                List.of("Kode Desa", "Status"),
                                List.of("62.01.01.2001", "Maju"),
                                List.of("62.01.01.2002", "Berkembang")));
                assertThat(xlsx.impor(PMD, "idm", 2022, "idm.xlsx", idm)).isEqualTo(2);
                var h = data.hitung("urusan-pmd/desa-minimal-maju", 2022).orElseThrow();
                assertThat(h.pembilang()).isEqualByComparingTo("1");
                assertThat(h.penyebut()).isEqualByComparingTo("2");
                return null;
            });
            assertThat(jumlahBaris("62.01", "idm", 2022)).isEqualTo(2);
            assertThat(jumlahBaris("63.11", "idm", 2022)).isEqualTo(154);
            assertThat(sebagai(Peran.PENGAMAT, "63.11", () -> data.baris(PMD, "idm", 2022)))
                    .isEqualTo(balangan);
        } finally {
            sebagai(Peran.OPERATOR, "62.01", () -> {
                data.simpan(PMD, "idm", 2022, List.of());
                data.simpan(PMD, "desa", null, List.of());
                return null;
            });
            sebagai(Peran.ADMIN_DAERAH, "62.01", () -> {
                pluginDaerah.atur(PMD, false);
                return null;
            });
        }
    }
}
