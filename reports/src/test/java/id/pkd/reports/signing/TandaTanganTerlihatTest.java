package id.pkd.reports.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.reports.Contoh;
import id.pkd.reports.signing.VerificationResult.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Visible signatures from a demo CA, two parties in turn, checked by DSS and by poppler's pdfsig. */
class TandaTanganTerlihatTest {

    private static final char[] SANDI_CA = "ca-uji".toCharArray();
    private static final char[] SANDI_1 = "pihak-pertama".toCharArray();
    private static final char[] SANDI_2 = "pihak-kedua".toCharArray();

    private static byte[] ca;
    private static byte[] p12Pertama;
    private static byte[] p12Kedua;
    private static PdfSignatureVerifier verifier;

    @BeforeAll
    static void siapkan() {
        Instant kini = Instant.now();
        ca = PkiDemo.buatCa(
                "CA Uji Portal", SANDI_CA, kini.minus(Duration.ofDays(1)), kini.plus(Duration.ofDays(3650)));
        p12Pertama = PkiDemo.terbitkan(
                ca,
                SANDI_CA,
                "Drs. Urai Nur Iskandar, MM",
                "197305011993111001",
                SANDI_1,
                kini.minus(Duration.ofHours(1)),
                kini.plus(Duration.ofDays(365)));
        p12Kedua = PkiDemo.terbitkan(
                ca,
                SANDI_CA,
                "H. Abdul Hadi, S.Ag., M.I.Kom",
                null,
                SANDI_2,
                kini.minus(Duration.ofHours(1)),
                kini.plus(Duration.ofDays(365)));
        // The officials' certificates are the trust anchors, as the portal registers them.
        verifier = new PdfSignatureVerifier(List.of(
                PadesSigner.fromPkcs12(p12Pertama, SANDI_1).certificate(),
                PadesSigner.fromPkcs12(p12Kedua, SANDI_2).certificate()));
    }

    @Test
    void duaPihakBerurutanKeduanyaTotalPassedDanPdfsigSah() throws Exception {
        byte[] pdf = Contoh.report().renderPdf(Contoh.data("Pemerintah Kabupaten Balangan", 10, "197305011993111001"));
        byte[] png1 = GambarTandaTangan.png(
                "Drs. Urai Nur Iskandar, MM",
                "19730501 199311 1 001",
                "22 November 2026 10:00 WITA",
                "http://localhost:8080/verifikasi/abc",
                200,
                70);
        byte[] satu = PadesSigner.fromPkcs12(p12Pertama, SANDI_1)
                .sign(
                        pdf,
                        new PermintaanTandaTangan(
                                "Verifikasi: http://localhost:8080/verifikasi/abc",
                                "Paringin",
                                "Drs. Urai Nur Iskandar, MM",
                                new TampilanTandaTangan(1, 50, 60, 200, 70, png1)));
        byte[] png2 = GambarTandaTangan.png(
                "H. Abdul Hadi", null, "23 November 2026", "http://localhost:8080/verifikasi/abc", 200, 70);
        byte[] dua = PadesSigner.fromPkcs12(p12Kedua, SANDI_2)
                .sign(
                        satu,
                        new PermintaanTandaTangan(
                                "Verifikasi: http://localhost:8080/verifikasi/abc",
                                "Paringin",
                                "H. Abdul Hadi",
                                new TampilanTandaTangan(1, 320, 60, 200, 70, png2)));
        // Incremental: the first signed revision is kept byte for byte.
        assertThat(Arrays.copyOf(dua, satu.length)).isEqualTo(satu);

        VerificationResult r = verifier.verify(dua);
        assertThat(r.status()).as(r.pesan()).isEqualTo(Status.SAH);
        assertThat(r.tandaTangan()).hasSize(2);
        assertThat(r.tandaTangan())
                .extracting(VerificationResult.RincianTandaTangan::indikasi)
                .containsExactly("TOTAL_PASSED", "TOTAL_PASSED");
        assertThat(r.tandaTangan().get(0).nama()).isEqualTo("Drs. Urai Nur Iskandar, MM");
        assertThat(r.tandaTangan().get(0).alasan()).contains("/verifikasi/abc");

        Path berkas = Contoh.target("dua-pihak-ttd.pdf");
        Files.write(berkas, dua);
        String out = Contoh.jalankan("/usr/bin/pdfsig", berkas.toString()).output();
        System.out.println("[pdfsig] " + out.replace("\n", "\n[pdfsig] "));
        assertThat(out.split("Signature is Valid", -1)).hasSize(3);
        assertThat(out).contains("Total document signed");

        byte[] diubah = dua.clone();
        int pos = new String(dua, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream\n") + 20;
        diubah[pos] ^= 0x01;
        assertThat(verifier.verify(diubah).status()).isEqualTo(Status.BERUBAH);
    }

    @Test
    void pemeriksaanPkcs12MenjelaskanMasalahnya() {
        Instant kini = Instant.now();
        assertThat(PemeriksaPkcs12.periksa(p12Pertama, SANDI_1, kini).nama()).isEqualTo("Drs. Urai Nur Iskandar, MM");
        assertThatThrownBy(() -> PemeriksaPkcs12.periksa(p12Pertama, "salah".toCharArray(), kini))
                .hasMessageContainingAll("ata sandi", "salah");
        assertThatThrownBy(() -> PemeriksaPkcs12.periksa("bukan p12".getBytes(), SANDI_1, kini))
                .hasMessageContaining("PKCS#12");
        byte[] kedaluwarsa = PkiDemo.terbitkan(
                ca,
                SANDI_CA,
                "Pejabat Lama",
                null,
                SANDI_1,
                kini.minus(Duration.ofDays(800)),
                kini.minus(Duration.ofDays(400)));
        assertThatThrownBy(() -> PemeriksaPkcs12.periksa(kedaluwarsa, SANDI_1, kini))
                .hasMessageStartingWith("Sertifikat sudah kedaluwarsa sejak");
        assertThatThrownBy(() -> PemeriksaPkcs12.periksa(ca, SANDI_CA, kini)).isInstanceOf(TandaTanganException.class);
    }
}
