package id.pkd.reports.signing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.ImageScaling;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Menandatangani PDF dengan tanda tangan PAdES-BASELINE-B (SHA-256) memakai kunci dari berkas PKCS#12.
 *
 * <p>Aman dipakai bersama oleh banyak thread: kunci dan sertifikat dibaca sekali, dan setiap penandatanganan
 * memakai parameter dan layanan DSS sendiri.
 */
public final class PadesSigner {

    private final Pkcs12SignatureToken token;
    private final DSSPrivateKeyEntry key;

    private PadesSigner(Pkcs12SignatureToken token, DSSPrivateKeyEntry key) {
        this.token = token;
        this.key = key;
    }

    /**
     * Membaca kunci privat pertama dari berkas PKCS#12.
     *
     * @throws TandaTanganException bila berkas tidak terbaca, kata sandinya salah, atau tidak berisi kunci
     *     privat
     */
    public static PadesSigner fromPkcs12(Path p12, char[] password) {
        Objects.requireNonNull(p12, "lokasi berkas PKCS#12 wajib diisi");
        byte[] content;
        try {
            content = Files.readAllBytes(p12);
        } catch (IOException e) {
            throw new TandaTanganException(
                    "Berkas kunci penandatangan " + p12 + " tidak dapat dibaca atau kata sandinya salah.", e);
        }
        try {
            return fromPkcs12(content, password);
        } catch (TandaTanganException e) {
            throw new TandaTanganException(
                    "Berkas kunci penandatangan " + p12 + " tidak dapat dibaca atau kata sandinya salah.", e);
        }
    }

    /**
     * Membaca kunci privat pertama dari isi berkas PKCS#12 (misalnya yang disimpan terenkripsi oleh portal).
     *
     * @throws TandaTanganException bila isi bukan PKCS#12, kata sandinya salah, atau tanpa kunci privat
     */
    public static PadesSigner fromPkcs12(byte[] content, char[] password) {
        Objects.requireNonNull(content, "isi berkas PKCS#12 wajib diisi");
        Objects.requireNonNull(password, "kata sandi PKCS#12 wajib diisi");
        Pkcs12SignatureToken token;
        try {
            token = new Pkcs12SignatureToken(content, new KeyStore.PasswordProtection(password));
        } catch (RuntimeException e) {
            throw new TandaTanganException(
                    "Berkas PKCS#12 tidak dapat dibuka: kata sandinya salah atau berkasnya rusak.", e);
        }
        List<DSSPrivateKeyEntry> keys;
        try {
            keys = token.getKeys();
        } catch (RuntimeException e) {
            token.close();
            throw new TandaTanganException(
                    "Berkas PKCS#12 tidak dapat dibuka: kata sandinya salah atau berkasnya rusak.", e);
        }
        if (keys.isEmpty()) {
            token.close();
            throw new TandaTanganException("Berkas PKCS#12 tidak berisi kunci privat.", null);
        }
        return new PadesSigner(token, keys.get(0));
    }

    /**
     * Menandatangani PDF. Tanda tangan tak terlihat ditambahkan sebagai pembaruan inkremental, sehingga isi
     * asli tetap utuh di awal berkas.
     *
     * @param pdf berkas PDF yang akan ditandatangani
     * @param reason alasan penandatanganan (/Reason), boleh {@code null}
     * @param location tempat penandatanganan (/Location), boleh {@code null}
     * @param signerName nama penanda tangan (/Name), boleh {@code null}
     * @return berkas PDF bertanda tangan
     * @throws TandaTanganException bila PDF tidak dapat ditandatangani
     */
    public byte[] sign(byte[] pdf, String reason, String location, String signerName) {
        return sign(pdf, new PermintaanTandaTangan(reason, location, signerName, null));
    }

    /**
     * Menandatangani PDF, dengan tampilan tanda tangan bila diminta. PDF yang sudah bertanda tangan mendapat
     * tanda tangan berikutnya sebagai pembaruan inkremental, sehingga tanda tangan sebelumnya tetap sah.
     */
    public byte[] sign(byte[] pdf, PermintaanTandaTangan permintaan) {
        Objects.requireNonNull(pdf, "berkas PDF wajib diisi");
        Objects.requireNonNull(permintaan, "permintaan tanda tangan wajib diisi");
        String reason = permintaan.alasan();
        String location = permintaan.lokasi();
        String signerName = permintaan.namaPenandatangan();
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        // Fresh tokens per signature: DSS caches validation state inside CertificateToken, which must not be
        // shared between threads signing at the same time.
        parameters.setSigningCertificate(new CertificateToken(certificate()));
        parameters.setCertificateChain(Arrays.stream(key.getCertificateChain())
                .map(c -> new CertificateToken(c.getCertificate()))
                .toList());
        parameters.setReason(reason);
        parameters.setLocation(location);
        parameters.setSignerName(signerName);
        parameters.setAppName("Portal Kinerja Daerah");
        if (permintaan.tampilan() != null) {
            parameters.setImageParameters(tampilan(pdf, permintaan.tampilan()));
        }

        try {
            // "true": no AIA source, so signing never reaches for the network; B-B needs nothing online.
            PAdESService service = new PAdESService(new CommonCertificateVerifier(true));
            DSSDocument document = new InMemoryDocument(pdf);
            // The same parameters object must be used for both steps: it fixes the signing time that both
            // the digest and the final document embed.
            ToBeSigned dataToSign = service.getDataToSign(document, parameters);
            SignatureValue value = token.sign(dataToSign, parameters.getDigestAlgorithm(), key);
            DSSDocument signed = service.signDocument(document, parameters, value);
            try (InputStream in = signed.openStream()) {
                return in.readAllBytes();
            }
        } catch (IOException | RuntimeException e) {
            throw new TandaTanganException("Dokumen PDF gagal ditandatangani.", e);
        }
    }

    // DSS places the field from the top left of the page; the portal's blocks count from the bottom left, as
    // PDF itself does.
    private static SignatureImageParameters tampilan(byte[] pdf, TampilanTandaTangan t) {
        float tinggiHalaman;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (t.halaman() > doc.getNumberOfPages()) {
                throw new TandaTanganException(
                        "Halaman tanda tangan " + t.halaman() + " tidak ada; dokumen hanya " + doc.getNumberOfPages()
                                + " halaman.",
                        null);
            }
            tinggiHalaman = doc.getPage(t.halaman() - 1).getMediaBox().getHeight();
        } catch (IOException e) {
            throw new TandaTanganException("Dokumen PDF tidak dapat dibaca.", e);
        }
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setPage(t.halaman());
        field.setOriginX(t.x());
        field.setOriginY(tinggiHalaman - t.y() - t.tinggi());
        field.setWidth(t.lebar());
        field.setHeight(t.tinggi());
        SignatureImageParameters image = new SignatureImageParameters();
        image.setImage(new InMemoryDocument(t.png(), "tanda-tangan.png", MimeTypeEnum.PNG));
        image.setImageScaling(ImageScaling.STRETCH);
        image.setFieldParameters(field);
        return image;
    }

    /** Rantai sertifikat penanda tangan, dimulai dari sertifikatnya sendiri. */
    public List<X509Certificate> certificateChain() {
        return Arrays.stream(key.getCertificateChain())
                .map(CertificateToken::getCertificate)
                .toList();
    }

    /** Sertifikat penanda tangan; berikan ke {@link PdfSignatureVerifier} sebagai sertifikat tepercaya. */
    public X509Certificate certificate() {
        return key.getCertificate().getCertificate();
    }
}
