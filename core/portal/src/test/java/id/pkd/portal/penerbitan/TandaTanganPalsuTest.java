package id.pkd.portal.penerbitan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalDiPeramban;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tandatangan.AkarTepercayaService;
import id.pkd.portal.tandatangan.KunciPejabatSemula;
import id.pkd.portal.tandatangan.KunciPejabatService;
import id.pkd.portal.tandatangan.SertifikatPalsu;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.reports.signing.PadesSigner;
import id.pkd.reports.signing.PdfSignatureVerifier;
import id.pkd.reports.signing.PkiDemo;
import id.pkd.reports.signing.VerificationResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The forged-signature walk-through of issue 11: Kobar's admin makes a self-signed certificate in the name of
 * Balangan's regent's official. The upload is refused; planted directly in the database, and with a PDF signed
 * offline with it (unregistered, or even planted in Kobar's registry), verification never says "sah".
 */
class TandaTanganPalsuTest extends PortalDiPeramban {

    static final String NAMA_PALSU = "Drs. Urai Nur Iskandar, MM";
    static final char[] SANDI = "sandi-palsu-uji".toCharArray();

    @Autowired
    KunciPejabatService kunci;

    @Autowired
    AkarTepercayaService akar;

    @Autowired
    PenerbitanService penerbitan;

    @Autowired
    PdfSignatureVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    Long pejabatDitanam;
    KunciPejabatSemula kunciSemula;
    String tokenDitanam;

    @AfterEach
    void pulihkanYangDitanam() {
        if (tokenDitanam != null) {
            jdbc.sql("DELETE FROM dokumen_terbit WHERE token = ?")
                    .param(tokenDitanam)
                    .update();
        }
        if (kunciSemula != null) {
            kunciSemula.pulihkan();
        }
    }

    /** A Kobar official: the walk-through uploads and plants on them. */
    long pejabatKobar() {
        return jdbc.sql("SELECT id FROM pejabat WHERE tenant_id = ? ORDER BY id LIMIT 1")
                .param(tenant("62.01").value())
                .query(Long.class)
                .single();
    }

    byte[] sertifikatTersimpan(long pejabat) {
        return jdbc.sql("SELECT sertifikat FROM kunci_pejabat WHERE pejabat_id = ?")
                .param(pejabat)
                .query(byte[].class)
                .optional()
                .orElse(null);
    }

    @Test
    void sertifikatBuatanSendiriDitolakSaatDiunggah() {
        long pejabat = pejabatKobar();
        byte[] semula = sertifikatTersimpan(pejabat);
        byte[] palsu = sertifikatBuatanSendiri();
        assertThatThrownBy(
                        () -> sebagai(Peran.ADMIN_DAERAH, "62.01", () -> kunci.unggah(pejabat, palsu, SANDI.clone())))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("berkas")
                        .hasEntrySatisfying("berkas", pesan -> assertThat(pesan).contains("self-signed")));
        assertThat(sertifikatTersimpan(pejabat)).isEqualTo(semula);
    }

    @Test
    void akarDipercayaPerDaerahSaja() throws Exception {
        Instant kini = Instant.now();
        char[] sandiCa = "ca".toCharArray();
        byte[] ca = PkiDemo.buatCa(
                "CA Lokal Balangan Uji", sandiCa, kini.minus(Duration.ofDays(1)), kini.plus(Duration.ofDays(30)));
        byte[] p12 = PkiDemo.terbitkan(
                ca, sandiCa, NAMA_PALSU, null, SANDI, kini.minus(Duration.ofHours(1)), kini.plus(Duration.ofDays(30)));
        long pejabat = pejabatKobar();
        byte[] semula = sertifikatTersimpan(pejabat);
        // Not installed anywhere yet: refused with the issuer named.
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, "62.01", () -> kunci.unggah(pejabat, p12, SANDI.clone())))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(
                                e.pesanPerIsian().get("berkas"))
                        .contains("CA Lokal Balangan Uji")
                        .contains("tidak dipercaya untuk daerah ini"));
        // Only the portal operator installs roots, and only CA certificates.
        byte[] akarCa = PkiDemo.sertifikatCa(ca, sandiCa).getEncoded();
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, "62.01", () -> akar.pasang(null, akarCa)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        byte[] daun = PadesSigner.fromPkcs12(p12, SANDI.clone()).certificate().getEncoded();
        assertThatThrownBy(() -> SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> akar.pasang(null, daun)))
                .isInstanceOfSatisfying(
                        IsianTidakSahException.class,
                        e -> assertThat(e.pesanPerIsian().get("berkas")).contains("bukan sertifikat CA"));
        AkarTepercayaService.AkarTerpasang terpasang = SebagaiSistem.jalankan(
                Peran.OPERATOR_PORTAL, null, () -> akar.pasang(tenant("63.11").value(), akarCa));
        assertThat(terpasang.dipasangOleh()).isEqualTo("sistem");
        assertThat(jdbc.sql("SELECT nilai_baru FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'akar_tepercaya'"
                                + " AND data_id = ?")
                        .params(tenant("63.11").value(), terpasang.id())
                        .query(String.class)
                        .list())
                .as("the region's trail records the root installed for it")
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains(terpasang.sha256());
        assertThat(SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> akar.daftar()))
                .extracting(AkarTepercayaService.AkarTerpasang::id)
                .contains(terpasang.id());
        // Balangan's root does not make a certificate trusted for Kobar.
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, "62.01", () -> kunci.unggah(pejabat, p12, SANDI.clone())))
                .isInstanceOf(IsianTidakSahException.class);
        assertThat(sertifikatTersimpan(pejabat)).isEqualTo(semula);
        assertThat(akar.jangkar(tenant("63.11").value())).contains(PkiDemo.sertifikatCa(ca, sandiCa));
        assertThat(akar.jangkar(tenant("62.01").value())).doesNotContain(PkiDemo.sertifikatCa(ca, sandiCa));
    }

    @Test
    void pdfBertandaTanganPalsuTidakPernahSah() throws Exception {
        byte[] palsu = sertifikatBuatanSendiri();
        X509Certificate sertifikat =
                PadesSigner.fromPkcs12(palsu, SANDI.clone()).certificate();
        // Planted directly in the database for Kobar, as if the upload check had been bypassed.
        pejabatDitanam = pejabatKobar();
        kunciSemula = KunciPejabatSemula.catat(jdbc, pejabatDitanam);
        jdbc.sql("DELETE FROM kunci_pejabat WHERE pejabat_id = ?")
                .param(pejabatDitanam)
                .update();
        jdbc.sql(
                        """
                        INSERT INTO kunci_pejabat (tenant_id, pejabat_id, p12_terenkripsi, nama_sertifikat, penerbit,
                            nomor_seri, berlaku_mulai, berlaku_sampai, sertifikat, diunggah_oleh, diunggah_pada)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        tenant("62.01").value(),
                        pejabatDitanam,
                        new byte[] {1, 2, 3},
                        NAMA_PALSU,
                        NAMA_PALSU,
                        sertifikat.getSerialNumber().toString(16),
                        Timestamp.from(sertifikat.getNotBefore().toInstant()),
                        Timestamp.from(sertifikat.getNotAfter().toInstant()),
                        sertifikat.getEncoded(),
                        "admin.kobar",
                        Timestamp.from(Instant.now()))
                .update();
        tokenDitanam = HexFormat.of().formatHex(new byte[16]).replace('0', 'e');
        byte[] pdf = PadesSigner.fromPkcs12(palsu, SANDI.clone())
                .sign(pdfKosong(), "Verifikasi: http://localhost/verifikasi/" + tokenDitanam, "Tanjung", NAMA_PALSU);

        // Unregistered: the signature is intact, but nothing vouches for its signer.
        PenerbitanService.HasilVerifikasi lepas = penerbitan.verifikasiBerkas(pdf);
        assertThat(lepas.terdaftar()).isEmpty();
        assertThat(lepas.tandaTangan().status()).isEqualTo(VerificationResult.Status.TIDAK_DIPERCAYA);
        assertThat(lepas.tandaTangan().pesan()).isEqualTo(PenerbitanService.PESAN_TIDAK_TERDAFTAR);
        assertThat(verifier.verify(pdf).status()).isEqualTo(VerificationResult.Status.TIDAK_DIPERCAYA);

        // Planted in Kobar's registry too: checked against Kobar's roots only, which it does not chain to.
        String namaKobar = jdbc.sql("SELECT nama FROM tenant WHERE kode_wilayah = '62.01'")
                .query(String.class)
                .single();
        jdbc.sql(
                        """
                        INSERT INTO dokumen_terbit (tenant_id, nomor, token, jenis, judul, tahun, subjek_kode, subjek_nama,
                            versi, nama_pemerintah, status, sha256, pdf, data_beku, blok_tanda_tangan, dibuat_oleh,
                            dibuat_pada, terbit_pada)
                        VALUES (?, 'PKD/62.01/PALSU/2031/0001', ?, 'IKHTISAR', 'Dokumen Palsu', 2031, 'pd:0',
                            'Palsu', 1, ?, 'TERBIT', ?, ?, '{}', '[]', 'admin.kobar', ?, ?)""")
                .params(
                        tenant("62.01").value(),
                        tokenDitanam,
                        namaKobar,
                        PenerbitanService.sha256(pdf),
                        pdf,
                        Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now()))
                .update();
        PenerbitanService.HasilVerifikasi terdaftar = penerbitan.verifikasiBerkas(pdf);
        assertThat(terdaftar.sama()).isTrue();
        assertThat(terdaftar.terdaftar()).get().satisfies(i -> {
            assertThat(i.nomor()).isEqualTo("PKD/62.01/PALSU/2031/0001");
            assertThat(i.namaPemerintah()).isEqualTo(namaKobar);
        });
        assertThat(terdaftar.tandaTangan().status()).isEqualTo(VerificationResult.Status.TIDAK_DIPERCAYA);
        assertThat(terdaftar.tandaTangan().pesan()).contains("tidak sah").contains(namaKobar);
        assertThat(penerbitan.verifikasiToken(tokenDitanam))
                .get()
                .satisfies(h -> assertThat(h.tandaTangan().status()).isNotEqualTo(VerificationResult.Status.SAH));

        // And over HTTP, on the public page a QR code leads to.
        page.navigate(url("verifikasi/" + tokenDitanam));
        assertThat(page.locator("#dokumen-terdaftar")).hasAttribute("data-sah", "false");
        assertThat(page.locator("#dokumen-terdaftar")).containsText("Tanda tangan tidak sah");
        assertThat(page.locator("#dokumen-terdaftar")).containsText("didaftarkan oleh " + namaKobar);
    }

    @Test
    void operatorMemasangAkarDanSertifikatBukanCaDitolak() throws Exception {
        Instant kini = Instant.now();
        char[] sandiCa = "ca".toCharArray();
        byte[] ca = PkiDemo.buatCa(
                "CA Layar Operator Uji", sandiCa, kini.minus(Duration.ofDays(1)), kini.plus(Duration.ofDays(30)));
        java.nio.file.Path folder = java.nio.file.Path.of("target", "akar-uji").toAbsolutePath();
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Path daun = folder.resolve("daun.pem");
        java.nio.file.Files.writeString(
                daun,
                pem(PadesSigner.fromPkcs12(sertifikatBuatanSendiri(), SANDI.clone())
                        .certificate()));
        java.nio.file.Path akarCa = folder.resolve("akar.pem");
        java.nio.file.Files.writeString(akarCa, pem(PkiDemo.sertifikatCa(ca, sandiCa)));

        masuk("operator.portal");
        page.navigate(url("tandatangan/akar"));
        page.setInputFiles("vaadin-upload input[type=file]", daun);
        assertThat(page.locator("#berkas-akar")).containsText("daun.pem");
        page.locator("#pasang-akar").click();
        assertThat(page.locator("#pesan-berkas-akar")).containsText("bukan sertifikat CA");

        page.setInputFiles("vaadin-upload input[type=file]", akarCa);
        assertThat(page.locator("#berkas-akar")).containsText("akar.pem");
        page.locator("#pasang-akar").click();
        assertThat(page.locator("#akar-tepercaya")).containsText("CA Layar Operator Uji");
        assertThat(akar.jangkarPortal()).contains(PkiDemo.sertifikatCa(ca, sandiCa));
    }

    static String pem(X509Certificate c) throws Exception {
        return "-----BEGIN CERTIFICATE-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(c.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    static byte[] pdfKosong() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] sertifikatBuatanSendiri() {
        return SertifikatPalsu.p12(NAMA_PALSU, "Pemerintah Kabupaten Balangan", SANDI);
    }
}
