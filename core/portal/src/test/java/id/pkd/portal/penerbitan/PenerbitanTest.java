package id.pkd.portal.penerbitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.AlurPersetujuanUji;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.tandatangan.AkarTepercayaService;
import id.pkd.portal.tandatangan.Kredensial;
import id.pkd.portal.tandatangan.KunciPejabatService;
import id.pkd.portal.tandatangan.TandaTanganGagalException;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.reports.signing.PdfSignatureVerifier;
import id.pkd.reports.signing.PkiDemo;
import id.pkd.reports.signing.VerificationResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issuing on the real portal: render, register, sign with the demo official's PKCS#12, verify with DSS and
 * poppler, tampering, versions, two parties in turn, keys at rest, and tenant isolation by service, API and id.
 */
@ExtendWith(OutputCaptureExtension.class)
class PenerbitanTest extends PortalIntegrationTest {

    static final String PASSPHRASE_DEMO = "ttd-demo-2022";

    @Autowired
    PenerbitanService penerbitan;

    @Autowired
    KunciPejabatService kunci;

    @Autowired
    AkarTepercayaService akar;

    @Autowired
    PdfSignatureVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersetujuanService persetujuan;

    @LocalServerPort
    int port;

    /** Only approved data is issued: Balangan's agency takes 2022 through the workflow first, and back after. */
    @BeforeEach
    void tahun2022Ditetapkan() {
        AlurPersetujuanUji.tetapkan(persetujuan, tenant("63.11"), pdIdBalangan(), 2022);
    }

    @AfterEach
    void tahun2022DibukaKembali() {
        AlurPersetujuanUji.bukaKembali(persetujuan, tenant("63.11"), pdIdBalangan(), 2022);
    }

    long pdIdBalangan() {
        return Long.parseLong(pdBalangan("IKHTISAR").kode().substring("pd:".length()));
    }

    SubjekDokumen pdBalangan(String jenis) {
        return sebagai(
                Peran.PIMPINAN,
                "63.11",
                () -> penerbitan.pembuat(jenis).subjek(2022).get(0));
    }

    DokumenTerbit terbitkanIkhtisar() {
        SubjekDokumen s = pdBalangan("IKHTISAR");
        DokumenTerbit d = sebagai(Peran.PIMPINAN, "63.11", () -> penerbitan.siapkan("IKHTISAR", s, 2022));
        return sebagai(
                Peran.PIMPINAN,
                "63.11",
                () -> penerbitan.tandatangani(d.id(), Kredensial.passphrase(PASSPHRASE_DEMO.toCharArray())));
    }

    byte[] pdf(DokumenTerbit d) {
        return sebagai(Peran.PENGAMAT, "63.11", () -> penerbitan.pdf(d.id()));
    }

    @Test
    void ikhtisarTerbitBertandaTanganSahMenurutDssDanPdfsigDanSatuByteBerubahTerdeteksi(CapturedOutput log)
            throws Exception {
        SubjekDokumen s = pdBalangan("IKHTISAR");
        assertThat(sebagai(Peran.PENGAMAT, "63.11", () -> penerbitan.kekurangan("IKHTISAR", s, 2022)))
                .isEmpty();
        DokumenTerbit menunggu = sebagai(Peran.PIMPINAN, "63.11", () -> penerbitan.siapkan("IKHTISAR", s, 2022));
        assertThat(menunggu.status()).isEqualTo(DokumenTerbit.StatusDokumen.MENUNGGU_TANDA_TANGAN);
        assertThat(menunggu.nomor()).matches("PKD/63\\.11/IKHTISAR/2022/\\d{4}");

        String sandiSalah = "sandi-yang-salah-XYZ";
        assertThatThrownBy(() -> sebagai(
                        Peran.PIMPINAN,
                        "63.11",
                        () -> penerbitan.tandatangani(menunggu.id(), Kredensial.passphrase(sandiSalah.toCharArray()))))
                .isInstanceOf(TandaTanganGagalException.class)
                .hasMessage("Passphrase sertifikat salah. Periksa kembali lalu coba lagi.");

        DokumenTerbit d = sebagai(
                Peran.PIMPINAN,
                "63.11",
                () -> penerbitan.tandatangani(menunggu.id(), Kredensial.passphrase(PASSPHRASE_DEMO.toCharArray())));
        assertThat(d.status()).isEqualTo(DokumenTerbit.StatusDokumen.TERBIT);
        assertThat(d.penandatangan()).singleElement().satisfies(p -> {
            assertThat(p.nama()).isEqualTo("Drs. Urai Nur Iskandar, MM");
            assertThat(p.jenis()).isEqualTo("PKCS12");
        });
        byte[] isi = pdf(d);
        assertThat(PenerbitanService.sha256(isi)).isEqualTo(d.sha256());
        assertThat(sebagai(Peran.PENGAMAT, "63.11", () -> penerbitan.dataBeku(d.id())))
                .contains("Drs. Urai Nur Iskandar, MM");

        VerificationResult r = verifier.verify(isi);
        assertThat(r.status()).as(r.pesan()).isEqualTo(VerificationResult.Status.SAH);
        assertThat(r.tandaTangan()).singleElement().satisfies(t -> {
            assertThat(t.indikasi()).isEqualTo("TOTAL_PASSED");
            assertThat(t.alasan()).contains("/verifikasi/" + d.token());
        });

        Path berkas = Path.of("target", "penerbitan", "ikhtisar-terbit.pdf").toAbsolutePath();
        Files.createDirectories(berkas.getParent());
        Files.write(berkas, isi);
        String pdfsig = jalankan("pdfsig", berkas.toString());
        assertThat(pdfsig).contains("Signature is Valid").contains("Total document signed");
        String teks = jalankan("pdftotext", "-layout", berkas.toString(), "-");
        assertThat(teks).contains("Pemerintah Kabupaten Balangan").contains("19730501 199311 1 001");

        // Public verification: the file itself, and a copy with one changed byte.
        PenerbitanService.HasilVerifikasi asli = penerbitan.verifikasiBerkas(isi);
        assertThat(asli.sama()).isTrue();
        assertThat(asli.terdaftar())
                .get()
                .extracting(PenerbitanService.InfoPublik::nomor)
                .isEqualTo(d.nomor());
        byte[] diubah = isi.clone();
        int pos = new String(isi, StandardCharsets.ISO_8859_1).indexOf("stream\n") + 30;
        diubah[pos] ^= 0x01;
        PenerbitanService.HasilVerifikasi ubah = penerbitan.verifikasiBerkas(diubah);
        assertThat(ubah.sama()).isFalse();
        assertThat(ubah.tandaTangan().status()).isEqualTo(VerificationResult.Status.BERUBAH);
        assertThat(ubah.terdaftar())
                .get()
                .extracting(PenerbitanService.InfoPublik::nomor)
                .isEqualTo(d.nomor());
        Path berkasUbah = berkas.resolveSibling("ikhtisar-terbit-diubah.pdf");
        Files.write(berkasUbah, diubah);
        assertThat(jalankan("pdfsig", berkasUbah.toString())).doesNotContain("Signature is Valid");

        assertThat(penerbitan.verifikasiToken(d.token()))
                .get()
                .satisfies(h -> assertThat(h.tandaTangan().status()).isEqualTo(VerificationResult.Status.SAH));
        assertThat(penerbitan.verifikasiToken("0".repeat(32))).isEmpty();

        // Neither the wrong nor the right passphrase ever reaches the log.
        assertThat(log.getAll()).doesNotContain(sandiSalah).doesNotContain(PASSPHRASE_DEMO);
    }

    @Test
    void duaDaerahMenyusunDokumenBersamaanTanpaTertukar() throws Exception {
        var pelaksana = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> hasil = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                for (String kode : new String[] {"63.11", "62.01"}) {
                    hasil.add(pelaksana.submit(() -> sebagai(Peran.PENGAMAT, kode, () -> {
                        SubjekDokumen s =
                                penerbitan.pembuat("IKHTISAR").subjek(2022).get(0);
                        byte[] pdf = penerbitan.draf("IKHTISAR", s, 2022).pdf();
                        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                            return kode + "|" + new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })));
                }
            }
            for (var f : hasil) {
                String[] bagian = f.get().split("\\|", 2);
                if (bagian[0].equals("63.11")) {
                    assertThat(bagian[1])
                            .contains("Balangan")
                            .doesNotContain("Kotawaringin")
                            .doesNotContain("Rusdiansyah");
                } else {
                    assertThat(bagian[1])
                            .contains("Kotawaringin")
                            .doesNotContain("Balangan")
                            .doesNotContain("Urai Nur");
                }
            }
        } finally {
            pelaksana.shutdownNow();
        }
    }

    @Test
    void hanyaPimpinanYangMenerbitkanDanMenandatangani() {
        SubjekDokumen s = pdBalangan("IKHTISAR");
        for (Peran peran : new Peran[] {Peran.OPERATOR, Peran.PENGAMAT, Peran.ADMIN_DAERAH}) {
            assertThatThrownBy(() -> sebagai(peran, "63.11", () -> penerbitan.siapkan("IKHTISAR", s, 2022)))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        }
        assertThat(sebagai(Peran.PENGAMAT, "63.11", () -> penerbitan
                        .draf("IKHTISAR", s, 2022)
                        .blokTandaTangan()))
                .isEmpty();
    }

    @Test
    void terbitUlangMembuatVersiBaruDanVersiLamaTetapTerverifikasi() {
        DokumenTerbit v1 = terbitkanIkhtisar();
        DokumenTerbit v2 = terbitkanIkhtisar();
        assertThat(v2.versi()).isEqualTo(v1.versi() + 1);
        assertThat(v2.nomor()).isNotEqualTo(v1.nomor());
        PenerbitanService.HasilVerifikasi lama = penerbitan.verifikasiBerkas(pdf(v1));
        assertThat(lama.sama()).isTrue();
        assertThat(lama.tandaTangan().status()).isEqualTo(VerificationResult.Status.SAH);
        assertThat(lama.terdaftar().get().versiTerakhir()).isGreaterThanOrEqualTo(v2.versi());
    }

    @Test
    void duaPihakMenandatanganiBergiliranDanTandaTanganPertamaTetapSah() throws Exception {
        SubjekDokumen s = pdBalangan(PembuatDuaPihakUji.JENIS);
        DokumenTerbit d = sebagai(Peran.PIMPINAN, "63.11", () -> penerbitan.siapkan(PembuatDuaPihakUji.JENIS, s, 2022));
        long pihakKedua = d.blok().get(1).pejabatId();
        // The admin gives the second party a key (from a test CA), as on the Sertifikat Pejabat screen.
        char[] sandiKedua = "pihak-kedua-uji".toCharArray();
        Instant kini = Instant.now();
        byte[] ca = PkiDemo.buatCa(
                "CA Uji", "ca".toCharArray(), kini.minus(Duration.ofDays(1)), kini.plus(Duration.ofDays(30)));
        byte[] p12 = PkiDemo.terbitkan(
                ca,
                "ca".toCharArray(),
                "Pihak Kedua Uji",
                null,
                sandiKedua,
                kini.minus(Duration.ofHours(1)),
                kini.plus(Duration.ofDays(30)));
        // Issue 11: a certificate is trusted only through a root the portal operator installed.
        byte[] akarUji = PkiDemo.sertifikatCa(ca, "ca".toCharArray()).getEncoded();
        SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> akar.pasang(null, akarUji));
        sebagai(Peran.ADMIN_DAERAH, "63.11", () -> kunci.unggah(pihakKedua, p12, sandiKedua.clone()));

        // Encryption at rest: what the database holds is not the PKCS#12, nor any part of it.
        byte[] tersimpan = jdbc.sql("SELECT p12_terenkripsi FROM kunci_pejabat WHERE pejabat_id = ?")
                .param(pihakKedua)
                .query(byte[].class)
                .single();
        assertThat(tersimpan).isNotEqualTo(p12);
        assertThat(indexOf(tersimpan, Arrays.copyOfRange(p12, 100, 132))).isNegative();

        java.util.function.IntSupplier menunggu = () -> jdbc.sql("SELECT COUNT(*) FROM notifikasi n JOIN tenant t"
                        + " ON t.id = n.tenant_id WHERE t.kode_wilayah = '63.11' AND n.pesan = ?")
                .param(d.judul() + " menunggu tanda tangan.")
                .query(Integer.class)
                .single();
        int sebelumTandaTangan = menunggu.getAsInt();
        DokumenTerbit satu = sebagai(
                Peran.PIMPINAN,
                "63.11",
                () -> penerbitan.tandatangani(d.id(), Kredensial.passphrase(PASSPHRASE_DEMO.toCharArray())));
        assertThat(satu.status()).isEqualTo(DokumenTerbit.StatusDokumen.MENUNGGU_TANDA_TANGAN);
        assertThat(menunggu.getAsInt())
                .as("the second party is told once the first has signed")
                .isGreaterThan(sebelumTandaTangan);
        byte[] setelahSatu = pdf(satu);
        DokumenTerbit dua = sebagai(
                Peran.PIMPINAN, "63.11", () -> penerbitan.tandatangani(d.id(), Kredensial.passphrase(sandiKedua)));
        assertThat(dua.status()).isEqualTo(DokumenTerbit.StatusDokumen.TERBIT);
        assertThat(dua.penandatangan())
                .extracting(DokumenTerbit.Penanda::peran)
                .containsExactly("Pihak Pertama", "Pihak Kedua");
        byte[] akhir = pdf(dua);
        assertThat(Arrays.copyOf(akhir, setelahSatu.length)).isEqualTo(setelahSatu);

        VerificationResult r = verifier.verify(akhir);
        assertThat(r.status()).as(r.pesan()).isEqualTo(VerificationResult.Status.SAH);
        assertThat(r.tandaTangan())
                .extracting(VerificationResult.RincianTandaTangan::indikasi)
                .containsExactly("TOTAL_PASSED", "TOTAL_PASSED");
        Path berkas = Path.of("target", "penerbitan", "dua-pihak.pdf").toAbsolutePath();
        Files.createDirectories(berkas.getParent());
        Files.write(berkas, akhir);
        String pdfsig = jalankan("pdfsig", berkas.toString());
        assertThat(pdfsig.split("Signature is Valid", -1)).hasSize(3);
        assertThatThrownBy(() -> sebagai(
                        Peran.PIMPINAN,
                        "63.11",
                        () -> penerbitan.tandatangani(d.id(), Kredensial.passphrase(PASSPHRASE_DEMO.toCharArray()))))
                .hasMessage("Dokumen ini sudah ditandatangani lengkap.");
    }

    @Test
    void unggahSertifikatDiperiksaDenganPesanYangJelas() {
        long sekretaris = jdbc.sql("SELECT id FROM pejabat WHERE nip = '197608142000122003' AND tenant_id = ?")
                .param(tenant("63.11").value())
                .query(Long.class)
                .single();
        Instant kini = Instant.now();
        char[] ca = "ca".toCharArray();
        byte[] caP12 = PkiDemo.buatCa("CA Uji", ca, kini.minus(Duration.ofDays(1)), kini.plus(Duration.ofDays(30)));
        byte[] p12 = PkiDemo.terbitkan(
                caP12,
                ca,
                "Sekretaris",
                null,
                "benar".toCharArray(),
                kini.minus(Duration.ofHours(1)),
                kini.plus(Duration.ofDays(30)));
        byte[] kedaluwarsa = PkiDemo.terbitkan(
                caP12,
                ca,
                "Lama",
                null,
                "benar".toCharArray(),
                kini.minus(Duration.ofDays(20)),
                kini.minus(Duration.ofDays(2)));
        assertThatThrownBy(() -> sebagai(
                        Peran.ADMIN_DAERAH, "63.11", () -> kunci.unggah(sekretaris, p12, "salah".toCharArray())))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("passphrase")
                        .containsValue("Kata sandi berkas kunci salah."));
        assertThatThrownBy(() -> sebagai(
                        Peran.ADMIN_DAERAH,
                        "63.11",
                        () -> kunci.unggah(sekretaris, "bukan berkas".getBytes(), "x".toCharArray())))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsEntry("berkas", "Berkas bukan PKCS#12 (.p12/.pfx)."));
        assertThatThrownBy(() -> sebagai(
                        Peran.ADMIN_DAERAH,
                        "63.11",
                        () -> kunci.unggah(sekretaris, kedaluwarsa, "benar".toCharArray())))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(
                                e.pesanPerIsian().get("berkas"))
                        .startsWith("Sertifikat sudah kedaluwarsa sejak"));
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, "63.11", () -> kunci.unggah(sekretaris, p12, new char[0])))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsKey("passphrase"));
        // Kobar's admin cannot reach a Balangan official.
        assertThatThrownBy(() -> sebagai(
                        Peran.ADMIN_DAERAH, "62.01", () -> kunci.unggah(sekretaris, p12, "benar".toCharArray())))
                .isInstanceOf(DataTidakDitemukanException.class);
    }

    @Test
    void daerahLainTidakMelihatRegistriBalanganLewatLayananAtauApi() throws Exception {
        DokumenTerbit d = terbitkanIkhtisar();
        assertThatThrownBy(() -> sebagai(Peran.PIMPINAN, "62.01", () -> penerbitan.dokumen(d.id())))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> sebagai(Peran.PIMPINAN, "62.01", () -> penerbitan.pdf(d.id())))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> sebagai(Peran.PENGAMAT, "62.01", () -> penerbitan.dokumenNomor(d.nomor())))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThat(sebagai(Peran.PENGAMAT, "62.01", () -> penerbitan.daftar()))
                .extracting(DokumenTerbit::nomor)
                .doesNotContain(d.nomor());

        HttpResponse<byte[]> balangan = api(d.nomor(), "pkd_demo_balangan_00000000000000000000000000");
        assertThat(balangan.statusCode()).isEqualTo(200);
        assertThat(balangan.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/pdf");
        assertThat(PenerbitanService.sha256(balangan.body())).isEqualTo(d.sha256());
        HttpResponse<byte[]> kobar = api(d.nomor(), "pkd_demo_kobar_00000000000000000000000000000");
        assertThat(kobar.statusCode()).isEqualTo(404);
        assertThat(new String(kobar.body(), StandardCharsets.UTF_8)).doesNotContain("Balangan");
        assertThat(api(d.nomor(), null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<byte[]> api(String nomor, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dokumen/terbit/" + nomor));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String jalankan(String... perintah) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(perintah).redirectErrorStream(true).start();
        String keluaran = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return keluaran;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
