package id.pkd.portal.tandatangan;

import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.reports.signing.PermintaanTandaTangan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * The signing feature's API: who signs how, and the signature itself. A tenant with an active BSrE service
 * signs through it; otherwise each official signs with the PKCS#12 the tenant admin uploaded.
 */
@Service
public class TandaTanganService {

    private static final Logger log = LoggerFactory.getLogger(TandaTanganService.class);

    private final DataTandaTangan data;
    private final PengaturanBsreService bsre;
    private final Map<JenisPenandatangan, Penandatangan> penandatangan;
    private final Path direktoriTepercaya;
    private final List<X509Certificate> sertifikatTetap;

    TandaTanganService(
            DataTandaTangan data,
            PengaturanBsreService bsre,
            List<Penandatangan> penandatangan,
            @Value("${pkd.data-dir}") Path dataDir,
            SertifikatPortal sertifikatPortal) {
        this.data = data;
        this.bsre = bsre;
        this.penandatangan =
                penandatangan.stream().collect(Collectors.toMap(Penandatangan::jenis, Function.identity()));
        this.direktoriTepercaya = dataDir.resolve("kunci/tepercaya");
        this.sertifikatTetap = sertifikatPortal.sertifikat();
    }

    public PejabatPenandatangan pejabat(long pejabatId) {
        return data.pejabat(TenantContext.wajib().value(), pejabatId)
                .orElseThrow(() -> new DataTidakDitemukanException("Pejabat"));
    }

    /** How this official signs now. */
    public JenisPenandatangan cara(long pejabatId) {
        long t = TenantContext.wajib().value();
        return bsre.aktif(t) ? JenisPenandatangan.BSRE : JenisPenandatangan.PKCS12;
    }

    /** What stops this official from signing, in Bahasa Indonesia; empty when they can sign. */
    public List<String> kendala(long pejabatId) {
        long t = TenantContext.wajib().value();
        var p = data.pejabat(t, pejabatId);
        if (p.isEmpty()) {
            return List.of("Penanda tangan tidak tercatat sebagai pejabat daerah ini.");
        }
        if (cara(pejabatId) == JenisPenandatangan.PKCS12
                && data.kunci(t, pejabatId).isEmpty()) {
            return List.of(p.get().nama() + " belum memiliki sertifikat tanda tangan (diunggah Admin Daerah di menu"
                    + " Sertifikat Pejabat).");
        }
        return List.of();
    }

    /**
     * Signs as the official. The passphrase is used for this signature only and is never stored or logged.
     *
     * @throws TandaTanganGagalException with the message to show as it is
     */
    @Secured("ROLE_PIMPINAN")
    public byte[] tandatangani(long pejabatId, byte[] pdf, PermintaanTandaTangan permintaan, Kredensial kredensial) {
        PejabatPenandatangan pejabat = pejabat(pejabatId);
        JenisPenandatangan jenis = cara(pejabatId);
        long mulai = System.nanoTime();
        byte[] hasil = penandatangan.get(jenis).tandatangani(pejabat, pdf, permintaan, kredensial);
        log.info(
                "Dokumen ditandatangani oleh pejabat {} lewat {} dalam {} ms",
                pejabatId,
                jenis,
                (System.nanoTime() - mulai) / 1_000_000);
        return hasil;
    }

    /**
     * Certificates the public verification page trusts: every official's certificate registered in the portal,
     * the portal's own development certificate, and any certificate (PEM or DER) placed in {@code
     * $PKD_DATA_DIR/kunci/tepercaya/}, for example the BSrE root.
     */
    public List<X509Certificate> sertifikatTepercaya() {
        List<X509Certificate> semua = new ArrayList<>(sertifikatTetap);
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            for (byte[] der : data.semuaSertifikat()) {
                semua.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der)));
            }
            if (Files.isDirectory(direktoriTepercaya)) {
                try (var berkas = Files.list(direktoriTepercaya)) {
                    for (Path p : berkas.filter(Files::isRegularFile).toList()) {
                        try (InputStream in = Files.newInputStream(p)) {
                            cf.generateCertificates(in).forEach(c -> semua.add((X509Certificate) c));
                        } catch (CertificateException | IOException e) {
                            log.warn("Sertifikat tepercaya {} tidak terbaca: {}", p, e.getMessage());
                        }
                    }
                }
            }
        } catch (CertificateException | IOException e) {
            log.warn("Daftar sertifikat tepercaya tidak lengkap: {}", e.getMessage());
        }
        return semua;
    }
}
