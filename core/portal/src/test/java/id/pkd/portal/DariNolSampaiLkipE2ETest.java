package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import id.pkd.portal.duafaktor.KodeUji;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * From an empty region to a signed LKIP through the screens only (issue 13): the portal operator registers
 * Kabupaten Uji Dari Nol (36.01) with its admin and gives it a CA; the admin enables the social-affairs plugin, sets
 * the RPJMD period with an IKU Kepala Daerah, two agencies with urusan and bidang, three officials and the users the
 * workflow needs, issues the head's key, builds each agency's Renstra, the PK of the three officials and the budget
 * from the downloaded XLSX template filled here; the operator records realisasi and the documents' texts, the
 * verifikator and the pimpinan approve, and the pimpinan (the head's own account) issues and signs the LKIP 2025 of
 * the social agency. The downloaded PDF carries the figures typed and imported, and the public verification page
 * calls its signature valid. Last, every menu entry opens cleanly for every role of the region. Nothing is written
 * but through the screens; SQL only reads ids and checks.
 *
 * <p>Longer than the usual class: it is one story of some twenty screens, each step a small private method in the
 * order a region goes through them; page objects per screen would scatter the story the test exists to tell.
 */
@Tag("lambat") // several minutes: runs with -Plengkap, not in the default (CI) run
class DariNolSampaiLkipE2ETest extends PortalDiPeramban {

    static final String DAERAH = "36.01";
    static final String NAMA = "Kabupaten Uji Dari Nol";
    static final String SANDI = "Rahasia-Uji-2024!";
    static final String ADMIN = "admin.uji3601";
    static final String OPERATOR = "operator.uji3601";
    static final String VERIFIKATOR = "verifikator.uji3601";
    static final String PIMPINAN = "pimpinan.uji3601";
    static final String PENGAMAT = "pengamat.uji3601";
    static final int TAHUN = 2025;

    static final String KEPALA_SOSIAL = "Drs. Kepala Sosial Dari Nol, M.Si";
    static final String NIP_KEPALA_SOSIAL = "19700101 199503 1 001";
    static final String KABID_SOSIAL = "Kabid Rehsos Dari Nol, S.Sos";
    static final String KEPALA_PMD = "Ir. Kepala PMD Dari Nol";

    @Autowired
    JdbcClient jdbc;

    /** The authenticator secrets the enrolment pages showed, for the next sign-in of the same account. */
    private final Map<String, String> rahasia = new HashMap<>();

    @Test
    void dariDaerahKosongSampaiLkipBertandaTanganLewatLayarSaja() throws Exception {
        long mulai = System.nanoTime();
        context.setDefaultTimeout(60_000);
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        try {
            operatorPortalMendaftarkanDaerahDanCa();
            masukSebagai(ADMIN);
            pluginDanRpjmd();
            perangkatDaerah(
                    "1.06.0.00.0.00.01.0000",
                    "Dinas Sosial Dari Nol",
                    "Dinsos DN",
                    "1.06",
                    "Bidang Rehabilitasi Sosial");
            perangkatDaerah(
                    "2.13.0.00.0.00.01.0000", "Dinas PMD Dari Nol", "DPMD DN", "2.13", "Bidang Pemerintahan Desa");
            pejabat();
            pengguna();
            kunciKepalaDariCaDaerah();
            renstra(
                    "Dinsos DN",
                    "SS-1",
                    "Meningkatnya penanganan PPKS",
                    "1.06",
                    "IK-SOS",
                    "Persentase PPKS yang tertangani",
                    "50",
                    "55",
                    "60",
                    "65",
                    "70");
            renstra(
                    "DPMD DN",
                    "SP-1",
                    "Meningkatnya kemandirian desa",
                    "2.13",
                    "IK-PMD",
                    "Persentase desa mandiri",
                    "10",
                    "12",
                    "14",
                    "16",
                    "18");
            perjanjianKinerja();
            anggaranDariTemplat("Dinsos DN", "1.06.04", "1.06.04.2.01", "1.06.04.2.01.03", 125_000_000, 118_750_000);
            anggaranDariTemplat("DPMD DN", "2.13.04", "2.13.04.2.01", "2.13.04.2.01.04", 479_030_000, 463_720_800);

            masukSebagai(OPERATOR);
            realisasiDanTeks();
            persetujuan();
            Path pdf = terbitkanDanTandatangani();
            periksaLkip(pdf);
            verifikasiPublik(pdf);
            setiapMenuSetiapPeran();
        } catch (AssertionError | RuntimeException e) {
            System.out.println("Isian bermasalah: "
                    + page.locator("[invalid], vaadin-notification-card").allInnerTexts());
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "e2e", "dari-nol-gagal.png"))
                    .setFullPage(true));
            throw e;
        } finally {
            PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        }
        System.out.printf(
                "Dari nol sampai LKIP bertanda tangan: %d detik%n", (System.nanoTime() - mulai) / 1_000_000_000);
    }

    // 1. The portal operator: the region with its admin, and the region's CA for the officials' keys.

    private void operatorPortalMendaftarkanDaerahDanCa() {
        page.navigate(url("login"), new Page.NavigateOptions().setTimeout(90_000));
        masuk("operator.portal");
        page.navigate(url("daerah"));
        isiLabel("Kode wilayah", DAERAH);
        pilihCombo(page.getByLabel("Jenis daerah", new Page.GetByLabelOptions().setExact(true)), "Kabupaten");
        isiLabel("Nama daerah", NAMA);
        isiLabel("Ibu kota", "Batu Uji");
        isiLabel("Nama pengguna admin", ADMIN);
        isiLabel("Nama lengkap admin", "Admin Uji Dari Nol");
        isiLabel("Kata sandi admin", SANDI);
        page.click("vaadin-button:has-text('Daftarkan daerah')");
        assertThat(page.locator("vaadin-grid").first()).containsText(NAMA);

        page.navigate(url("tandatangan/akar"));
        pilihCombo(page.getByLabel("Daerah", new Page.GetByLabelOptions().setExact(true)), "Pemerintah " + NAMA);
        page.getByText("EC P-256").click();
        page.click("#buat-ca-daerah");
        assertThat(page.locator("#akar-tepercaya")).containsText("CA " + NAMA + " — Portal Kinerja Daerah");
    }

    // 2. The admin: plugin, RPJMD, agencies, officials, users, the head's key.

    private void pluginDanRpjmd() {
        page.navigate(url("plugin"));
        page.locator("vaadin-checkbox[data-plugin=urusan-sosial]").click();
        assertThat(page.getByText("diaktifkan.")).isVisible();

        page.navigate(url("rpjmd"));
        assertThat(page.locator("#belum-ada-rpjmd")).isVisible();
        isi("tahun-awal", "2025");
        isi("tahun-akhir", "2029");
        page.locator("#visi textarea").fill("Kabupaten Uji Dari Nol yang sejahtera dan mandiri");
        isi("misi-1", "Meningkatkan kesejahteraan sosial dan kemandirian desa");
        page.click("#simpan-periode");
        assertThat(page.locator("#pilih-periode")).containsText("2025–2029");

        klikLaluTunggu("#tambah-iku");
        isi("iku-kode", "IKU-1");
        isi("iku-nama", "Indeks Pembangunan Manusia");
        isi("iku-satuan", "indeks");
        String[] target = {"68,5", "69", "69,5", "70", "70,5"};
        for (int i = 0; i < target.length; i++) {
            isi("iku-target-" + (2025 + i), target[i]);
        }
        page.click("#simpan-iku");
        assertThat(page.locator("#tabel-iku")).containsText("Indeks Pembangunan Manusia");
    }

    private void perangkatDaerah(String kode, String nama, String singkatan, String urusan, String bidang) {
        page.navigate(url("perangkat-daerah"));
        klikLaluTunggu("#tambah-pd");
        isi("kode-pd", kode);
        isi("nama-pd", nama);
        isi("singkatan-pd", singkatan);
        page.locator("#urusan-pd input").fill(urusan);
        page.locator("vaadin-multi-select-combo-box-item:has-text('" + urusan + "')")
                .first()
                .click();
        page.keyboard().press("Escape");
        page.click("#simpan-pd");
        assertThat(page.locator("#tabel-perangkat-daerah")).containsText(nama);
        isi("kode-bidang", "B1");
        isi("nama-bidang", bidang);
        page.click("#simpan-bidang");
        assertThat(page.locator("#tabel-bidang")).containsText(bidang);
    }

    private void pejabat() {
        page.navigate(url("pejabat"));
        pilihDiSelect("#pilih-perangkat-daerah", "Dinsos DN");
        satuPejabat(NIP_KEPALA_SOSIAL, KEPALA_SOSIAL, "Kepala Dinas Sosial", "IV/c", "II.b", false, null);
        satuPejabat(
                "19800202 200501 2 002",
                KABID_SOSIAL,
                "Kepala Bidang Rehabilitasi Sosial",
                "III/d",
                "III.b",
                true,
                KEPALA_SOSIAL);
        pilihDiSelect("#pilih-perangkat-daerah", "DPMD DN");
        satuPejabat("19710303 199603 1 003", KEPALA_PMD, "Kepala Dinas PMD", "IV/b", "II.b", false, null);
    }

    private void satuPejabat(
            String nip, String nama, String jabatan, String golongan, String eselon, boolean bidang, String atasan) {
        klikLaluTunggu("#tambah-pejabat");
        // the editor still shows the official saved before until the server has emptied it for a new one
        assertThat(page.locator("#nip input")).hasValue("");
        assertThat(page.locator("#nama input")).hasValue("");
        isi("nip", nip);
        isi("nama", nama);
        isi("jabatan", jabatan);
        pilihDiSelect("#golongan", golongan);
        pilihDiSelect("#eselon", eselon);
        if (bidang) {
            pilihCombo(page.locator("#bidang input"), "Bidang");
        }
        if (atasan != null) {
            pilihCombo(page.locator("#atasan input"), atasan);
        }
        page.click("#simpan-pejabat");
        assertThat(page.locator("#tabel-pejabat")).containsText(nama);
    }

    private void pengguna() {
        page.navigate(url("pengguna"));
        Map<String, String[]> akun = new LinkedHashMap<>();
        akun.put(OPERATOR, new String[] {"Operator Uji Dari Nol", "Operator", ""});
        akun.put(VERIFIKATOR, new String[] {"Verifikator Uji Dari Nol", "Verifikator", ""});
        akun.put(PIMPINAN, new String[] {KEPALA_SOSIAL, "Pimpinan", NIP_KEPALA_SOSIAL});
        akun.put(PENGAMAT, new String[] {"Pengamat Uji Dari Nol", "Pengamat", ""});
        for (var a : akun.entrySet()) {
            isiLabel("Nama pengguna", a.getKey());
            isiLabel("Kata sandi", SANDI);
            isiLabel("Nama lengkap dengan gelar", a.getValue()[0]);
            pilihCombo(page.getByLabel("Peran", new Page.GetByLabelOptions().setExact(true)), a.getValue()[1]);
            isiLabel("NIP", a.getValue()[2]);
            page.click("vaadin-button:has-text('Tambah pengguna')");
            assertThat(page.locator("vaadin-grid")).containsText(a.getKey());
        }
    }

    private void kunciKepalaDariCaDaerah() {
        page.navigate(url("tandatangan/sertifikat"));
        page.locator("vaadin-grid-cell-content:text-is('" + KEPALA_SOSIAL + "')")
                .first()
                .click();
        page.click("#terbitkan-kunci-ca");
        assertThat(page.locator("#pejabat-sertifikat")).containsText("(CA " + NAMA + " — Portal Kinerja Daerah)");
    }

    // 3. Plans: Renstra per agency, the PK of three officials, programs and budget from the XLSX template.

    private void renstra(
            String pd,
            String kodeSasaran,
            String sasaran,
            String urusan,
            String kodeIndikator,
            String indikator,
            String... target) {
        page.navigate(url("renstra"));
        pilihDiSelect("#pilih-perangkat-daerah", pd);
        klikLaluTunggu("#tambah-tujuan");
        isi("kode", "T1");
        isi("uraian", "Tujuan " + sasaran.toLowerCase());
        page.click("#simpan-baris");
        pilihBarisRenstra("Tujuan " + sasaran.toLowerCase());
        klikLaluTunggu("#tambah-anak");
        isi("kode", kodeSasaran);
        isi("uraian", sasaran);
        isi("urusan", urusan);
        page.click("#simpan-baris");
        pilihBarisRenstra(sasaran);
        klikLaluTunggu("#tambah-anak");
        isi("kode", kodeIndikator);
        isi("uraian", indikator);
        isi("satuan", "%");
        isi("kondisi-awal", "40");
        for (int i = 0; i < target.length; i++) {
            isi("target-" + (TAHUN + i), target[i]);
        }
        isi("kondisi-akhir", target[target.length - 1]);
        page.click("#simpan-baris");
        assertThat(page.locator("#pohon-renstra")).containsText(indikator);
    }

    private void pilihBarisRenstra(String uraian) {
        page.locator("#pohon-renstra vaadin-grid-cell-content:text-is('" + uraian + "')")
                .click();
    }

    private void perjanjianKinerja() {
        page.navigate(url("perjanjian-kinerja"));
        pilihDiSelect("#pilih-tahun", String.valueOf(TAHUN));
        pilihDiSelect("#pilih-perangkat-daerah", "Dinsos DN");
        pilihDiSelect("#pilih-pejabat", KEPALA_SOSIAL + " – Kepala Dinas Sosial (II.b) · belum ada PK");
        pkKepala("SS-1", "IK-SOS", "Persentase PPKS yang tertangani", "50");

        pilihDiSelect("#pilih-pejabat", KABID_SOSIAL + " – Kepala Bidang Rehabilitasi Sosial (III.b) · belum ada PK");
        assertThat(page.locator("#pihak")).containsText("Pihak pertama: " + KABID_SOSIAL);
        klikLaluTunggu("#tambah-sasaran");
        isi("kode", "KB-1");
        isi("uraian", "Meningkatnya rehabilitasi sosial");
        pilihCombo(page.locator("#atasan input"), "K-SS-1");
        isi("indikator-0-nama", "PPKS yang direhabilitasi");
        isi("indikator-0-satuan", "orang");
        isi("indikator-0-target", "1.200");
        page.click("#simpan-sasaran");
        assertThat(page.locator("#daftar-sasaran")).containsText("PPKS yang direhabilitasi: 1.200 orang");

        pilihDiSelect("#pilih-perangkat-daerah", "DPMD DN");
        pilihDiSelect("#pilih-pejabat", KEPALA_PMD + " – Kepala Dinas PMD (II.b) · belum ada PK");
        pkKepala("SP-1", "IK-PMD", "Persentase desa mandiri", "10");
    }

    private void pkKepala(String sasaranRenstra, String kodeIndikator, String indikator, String target) {
        isi("pihak-kedua-nama", "H. Bupati Uji Dari Nol");
        isi("pihak-kedua-jabatan", "Bupati Uji Dari Nol");
        page.click("#simpan-pihak-kedua");
        assertThat(page.locator("#pihak")).containsText("Pihak kedua: H. Bupati Uji Dari Nol");
        klikLaluTunggu("#tambah-sasaran");
        isi("kode", "K-" + sasaranRenstra);
        isi("uraian", "Sasaran kepala: " + indikator.toLowerCase());
        pilihCombo(page.locator("#atasan input"), sasaranRenstra);
        pilihCombo(page.locator("#indikator-0-renstra input"), kodeIndikator);
        isi("indikator-0-target", target);
        page.click("#simpan-sasaran");
        assertThat(page.locator("#daftar-sasaran")).containsText(indikator + ": " + target + " %");
    }

    private void anggaranDariTemplat(
            String pd, String program, String kegiatan, String subKegiatan, long pagu, long realisasi)
            throws Exception {
        page.navigate(url("anggaran/ubah"));
        pilihDiSelect("#pilih-perangkat-daerah", pd);
        pilihDiSelect("#pilih-tahun", String.valueOf(TAHUN));
        Download templat = page.waitForDownload(() -> page.click("#unduh-templat-anggaran"));
        Path berkas = Files.createDirectories(
                        Path.of("target", "e2e", "dari-nol").toAbsolutePath())
                .resolve("anggaran-" + pd.replace(' ', '-') + ".xlsx");
        try (InputStream masuk = templat.createReadStream();
                XSSFWorkbook buku = new XSSFWorkbook(masuk)) {
            Sheet lembar = buku.getSheetAt(0);
            Map<String, Integer> kolom = new HashMap<>();
            lembar.getRow(0).forEach(c -> kolom.put(c.getStringCellValue(), c.getColumnIndex()));
            assertThat(kolom).containsKeys("Kode", "Nomenklatur", "Pagu", "Realisasi", "Sumber Dana");
            assertThat(lembar.getLastRowNum())
                    .as("templat tahun yang masih kosong")
                    .isZero();
            baris(lembar, kolom, 1, program, null, null);
            baris(lembar, kolom, 2, kegiatan, null, null);
            Row sub = baris(lembar, kolom, 3, subKegiatan, pagu, realisasi);
            sub.createCell(kolom.get("Sumber Dana")).setCellValue("APBD Kabupaten/Kota");
            try (OutputStream keluar = Files.newOutputStream(berkas)) {
                buku.write(keluar);
            }
        }
        page.setInputFiles("#impor-anggaran input[type=file]", berkas);
        assertThat(page.locator("#hasil-impor-anggaran")).containsText("3 baris baru");
    }

    /** A row of the template with the code only: the import names it from the nomenclature of the year. */
    private static Row baris(
            Sheet lembar, Map<String, Integer> kolom, int nomor, String kode, Long pagu, Long realisasi) {
        Row r = lembar.createRow(nomor);
        r.createCell(kolom.get("Kode")).setCellValue(kode);
        if (pagu != null) {
            r.createCell(kolom.get("Pagu")).setCellValue(pagu);
            r.createCell(kolom.get("Realisasi")).setCellValue(realisasi);
        }
        return r;
    }

    // 4. Realisasi with its narrative, the LKIP's texts, and the approval by the right roles.

    private long pdSosial() {
        return jdbc.sql("SELECT p.id FROM perangkat_daerah p JOIN tenant t ON t.id = p.tenant_id"
                        + " WHERE t.kode_wilayah = ? AND p.singkatan = 'Dinsos DN'")
                .param(DAERAH)
                .query(Long.class)
                .single();
    }

    private void bukaRealisasi() {
        page.navigate(url("realisasi?pd=" + pdSosial() + "&tahun=" + TAHUN));
        assertThat(page.locator("#status-persetujuan")).isVisible();
    }

    private void realisasiDanTeks() {
        bukaRealisasi();
        page.locator("vaadin-grid-cell-content:text-is('IK-SOS')").first().click();
        isi("nilai-realisasi", "55");
        page.locator("#upaya textarea").fill("Penjangkauan PPKS di seluruh kecamatan bersama pekerja sosial.");
        page.locator("#hambatan textarea").fill("Data PPKS belum terpadu antar-kecamatan.");
        page.locator("#rencana-tindak-lanjut textarea").fill("Pemutakhiran DTKS setiap triwulan.");
        page.click("#simpan-realisasi");
        assertThat(page.locator(".capaian[data-kode='IK-SOS']").first()).hasText("110,00");

        page.navigate(url("dokumen/teks"));
        pilihDiSelect("#pilih-perangkat-daerah", "Dinas Sosial Dari Nol");
        page.locator("#tahun-teks input").fill(String.valueOf(TAHUN));
        page.locator("#tahun-teks input").press("Tab");
        List<String> bagian = new ArrayList<>(List.of(
                "Kata Pengantar (LKIP)",
                "Pendahuluan, latar belakang – BAB I (LKIP)",
                "Landasan hukum – BAB I (LKIP)",
                "Maksud dan tujuan – BAB I (LKIP)",
                "Dasar hukum pembentukan dan tugas pokok – BAB I (LKIP)",
                "Isu strategis – BAB I (LKIP)",
                "Penghargaan yang diterima – BAB III (LKIP)",
                "Inovasi perangkat daerah – BAB III (LKIP)",
                "Penutup – BAB IV (LKIP)"));
        for (String b : bagian) {
            pilihDiSelect("#bagian-teks", b);
            page.locator("#isi-teks textarea").fill("Teks " + b + " Dinas Sosial Dari Nol tahun " + TAHUN + ".");
            page.click("#simpan-teks");
            assertThat(page.locator("vaadin-notification-card:has-text('Teks disimpan.')")
                            .last())
                    .isVisible();
        }

        komposisiSdm();

        bukaRealisasi();
        page.click("#ajukan");
        assertThat(page.locator("#status-persetujuan")).containsText("Diajukan");
    }

    /** BAB I's staff composition: the LKIP is not issued without it, and the approval locks it with the year. */
    private void komposisiSdm() {
        page.navigate(url("perangkat-daerah/sdm"));
        pilihDiSelect("#sdm-pd", "Dinas Sosial Dari Nol");
        page.locator("#sdm-tahun input").fill(String.valueOf(TAHUN));
        page.locator("#sdm-tahun input").press("Enter");
        page.locator("#sdm-ESELON_II input").fill("1");
        page.locator("#sdm-ESELON_III input").fill("4");
        page.locator("#sdm-PELAKSANA input").fill("23");
        page.locator("#sdm-PNS input").fill("20");
        page.locator("#sdm-NON_ASN input").fill("8");
        page.locator("#sdm-NON_ASN input").press("Tab");
        page.click("#simpan-sdm");
        assertThat(page.locator("vaadin-notification-card")).containsText("Komposisi SDM disimpan.");
        assertThat(page.locator("#sdm-total-JABATAN")).hasText("Jumlah jabatan/eselon: 28 orang");
    }

    private void persetujuan() {
        masukSebagai(VERIFIKATOR);
        page.navigate(url("persetujuan"));
        assertThat(page.locator("#ringkasan-antrean")).containsText("1 realisasi menunggu");
        bukaRealisasi();
        page.click("#verifikasi");
        assertThat(page.locator("#status-persetujuan")).containsText("Diverifikasi");

        masukSebagai(PIMPINAN);
        bukaRealisasi();
        page.click("#tetapkan");
        assertThat(page.locator("#status-persetujuan")).containsText("Ditetapkan");
    }

    // 5. The pimpinan issues and signs the LKIP; its figures and its signature are checked.

    private Path terbitkanDanTandatangani() throws Exception {
        page.navigate(url("penerbitan"));
        page.locator("#jenis-dokumen input").fill("Laporan Kinerja Instansi Pemerintah (LKIP)");
        page.keyboard().press("Enter");
        page.locator("#tahun-dokumen input").fill(String.valueOf(TAHUN));
        page.keyboard().press("Tab");
        pilihCombo(page.locator("#subjek-dokumen input"), "Dinas Sosial Dari Nol");
        assertThat(page.locator("#kekurangan")).containsText("Data lengkap");
        page.locator("#tanggal-dokumen input").fill("30/01/2026");
        page.keyboard().press("Enter");
        // rendering and signing run in the background: a busy machine needs more than the default
        PlaywrightAssertions.setDefaultAssertionTimeout(120_000);
        page.click("#terbitkan");
        assertThat(page.getByText("dengan Kunci dari CA daerah.").first()).isVisible();
        page.click("#tandatangani");
        assertThat(page.locator("#status-penerbitan"))
                .containsText("Dokumen terbit: PKD/" + DAERAH + "/LKIP/" + TAHUN + "/");
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        Download unduhan = page.waitForDownload(() -> page.click("#unduh-terbit"));
        Path pdf =
                Path.of("target", "e2e", "dari-nol", "lkip-" + TAHUN + ".pdf").toAbsolutePath();
        unduhan.saveAs(pdf);
        return pdf;
    }

    private void periksaLkip(Path pdf) throws Exception {
        String teks = PortalE2ETest.pdfKeTeks(pdf);
        // kept beside the PDF: what the figures were checked against
        Files.writeString(pdf.resolveSibling("lkip-" + TAHUN + ".txt"), teks);
        assertThat(teks)
                .contains("Pemerintah " + NAMA)
                .contains("Dinas Sosial Dari Nol")
                .contains(KEPALA_SOSIAL)
                .contains(NIP_KEPALA_SOSIAL)
                .contains("Sumber Daya Manusia")
                .doesNotContain("DRAFT")
                .doesNotContain("Balangan");
        // the budget imported from the template and the capaian of the realisasi typed (55 against 50)
        assertThat(teks.replaceAll("\\s+", " "))
                .contains("Rata-rata capaian IKU sebesar 110,00%")
                .contains("Realisasi anggaran sebesar Rp 118.750.000 dari pagu Rp 125.000.000 (95,00%).");
        // one row of the ikhtisar: target 50%, realisasi 55%, capaian 110,00 (a long name may wrap around it)
        assertThat(teks.lines())
                .as("baris target, realisasi dan capaian IK-SOS di LKIP:%n%s", teks)
                .anyMatch(l -> l.matches(".*\\b50%.*\\b55%.*110,00.*"));
    }

    private void verifikasiPublik(Path pdf) {
        context.clearCookies();
        page.navigate(url("verifikasi"));
        page.setInputFiles("vaadin-upload input[type=file]", pdf);
        assertThat(page.locator("#hasil-verifikasi")).hasAttribute("data-sah", "true");
        assertThat(page.locator("#hasil-verifikasi")).containsText("Tanda tangan sah");
        assertThat(page.locator("#hasil-verifikasi")).containsText("Pemerintah " + NAMA);
    }

    // 6. Every menu entry as every role of the new region.

    private void setiapMenuSetiapPeran() {
        List<String> gagal = new ArrayList<>();
        for (String akun : List.of(ADMIN, OPERATOR, VERIFIKATOR, PIMPINAN, PENGAMAT)) {
            masukSebagai(akun);
            List<String> menu = PenjelajahHalaman.entriMenu(page);
            assertThat(menu).as("menu " + akun).contains("", "capaian");
            gagal.addAll(PenjelajahHalaman.halamanGalat(page, this::url, akun, menu));
        }
        assertThat(gagal).isEmpty();
    }

    // Sign-in and form helpers.

    /**
     * Signs in as an account of the new region: a role that must have a second factor enrols on its first sign-in
     * (the secret shown is kept, as an authenticator app keeps it) and types the app's code afterwards.
     */
    private void masukSebagai(String username) {
        context.clearCookies();
        page.navigate(url("login"));
        page.fill("input[name=username]", username);
        page.fill("input[name=password]", SANDI);
        page.keyboard().press("Enter");
        page.locator("vaadin-app-layout, #rahasia-dua-faktor, #kode-masuk")
                .first()
                .waitFor();
        if (page.locator("#rahasia-dua-faktor").isVisible()) {
            String r = page.locator("#rahasia-dua-faktor").textContent();
            rahasia.put(username, r);
            page.locator("#kode-daftar input").fill(KodeUji.kodeSekarang(r));
            page.click("#aktifkan-dua-faktor");
            page.click("#sudah-disimpan");
        } else if (page.locator("#kode-masuk").isVisible()) {
            page.locator("#kode-masuk input").fill(KodeUji.kodeDariRahasia(jdbc, username, rahasia.get(username)));
            page.click("#kirim-kode");
        }
        assertThat(page.locator("vaadin-app-layout")).isVisible();
    }

    private void isi(String id, String nilai) {
        page.locator("#" + id + " input, #" + id + " textarea").first().fill(nilai);
    }

    private void isiLabel(String label, String nilai) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(nilai);
    }

    /** Types into a combo box and takes the first item showing the text. */
    private void pilihCombo(Locator input, String teks) {
        input.fill(teks);
        Locator item =
                page.locator("vaadin-combo-box-item:has-text('" + teks + "')").first();
        item.click();
        // as with a select: a click elsewhere while the overlay is still closing is lost
        assertThat(item).isHidden();
    }
}
