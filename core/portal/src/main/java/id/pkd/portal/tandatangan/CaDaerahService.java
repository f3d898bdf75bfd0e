package id.pkd.portal.tandatangan;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.reports.signing.PemeriksaPkcs12;
import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A region's own certificate authority. The portal operator creates it; its certificate becomes the region's
 * trust root at once, and its key never leaves the portal (encrypted under the master key). The region's admin
 * then issues officials' signing keys from it, without any file or passphrase changing hands. A CA issues for its
 * own region only: the region is always the signed-in one, never a parameter.
 */
@Service
public class CaDaerahService {

    private static final Logger log = LoggerFactory.getLogger(CaDaerahService.class);

    /**
     * The PKCS#12 format needs a passphrase; what protects a CA-issued key is the master-key encryption around it,
     * and the portal holds the only copy, so no person ever has to know this one.
     */
    static final char[] SANDI_PKCS12 = "pkd-ca-daerah".toCharArray();

    static final Duration MASA_CA = Duration.ofDays(3653);
    static final Duration MASA_PEJABAT = Duration.ofDays(731);

    /** A region's CA as the screens show it. */
    public record InfoCa(
            long tenantId, String nama, AlgoritmaKunci algoritma, Instant berlakuSampai, String dibuatOleh) {}

    private final DataTandaTangan data;
    private final KunciInduk kunciInduk;
    private final AkarTepercayaService akar;
    private final KunciPejabatService kunciPejabat;
    private final JejakAuditService jejak;
    private final TransactionTemplate transaksi;
    private final Clock jam;

    CaDaerahService(
            DataTandaTangan data,
            KunciInduk kunciInduk,
            AkarTepercayaService akar,
            KunciPejabatService kunciPejabat,
            JejakAuditService jejak,
            TransactionTemplate transaksi,
            Clock jam) {
        this.data = data;
        this.kunciInduk = kunciInduk;
        this.akar = akar;
        this.kunciPejabat = kunciPejabat;
        this.jejak = jejak;
        this.transaksi = transaksi;
        this.jam = jam;
    }

    static String konteks(long tenantId) {
        return "ca_daerah:" + tenantId;
    }

    /**
     * Creates the region's CA and installs its certificate as the region's trust root, in one transaction.
     *
     * @throws IsianTidakSahException at {@code daerah} when the region already has one
     */
    @Secured("ROLE_OPERATOR_PORTAL")
    public InfoCa buat(long tenantId, AlgoritmaKunci algoritma) {
        String namaDaerah = data.namaDaerah(tenantId).orElseThrow(() -> new DataTidakDitemukanException("Daerah"));
        if (data.caDaerah(tenantId).isPresent()) {
            throw sudahAda(namaDaerah);
        }
        Instant kini = jam.instant();
        String nama = "CA " + namaDaerah + " — Portal Kinerja Daerah";
        // Generated before the transaction: an RSA 3072 key takes a while, and holds no row meanwhile.
        KeyPair kp = PenerbitSertifikat.pasanganKunci(algoritma);
        X509Certificate c = PenerbitSertifikat.buatCa(
                kp, algoritma, nama, "Pemerintah " + namaDaerah, kini.minus(Duration.ofHours(1)), kini.plus(MASA_CA));
        byte[] der = der(c);
        byte[] pkcs8 = kp.getPrivate().getEncoded();
        String pelaku = JejakAuditService.pelaku();
        try {
            transaksi.executeWithoutResult(s -> {
                AkarTepercayaService.AkarTerpasang a = akar.pasang(tenantId, der);
                data.simpanCa(new DataTandaTangan.CaTersimpan(
                        tenantId,
                        a.id(),
                        nama,
                        algoritma,
                        kunciInduk.enkripsi(pkcs8, konteks(tenantId)),
                        der,
                        pelaku,
                        kini));
                jejak.catatSebagai(
                        new TenantId(tenantId),
                        pelaku,
                        "ca_daerah",
                        tenantId,
                        "ca",
                        null,
                        nama + "; " + algoritma.label() + "; sha256 " + a.sha256());
            });
        } catch (DuplicateKeyException e) {
            // Another operator created it in the meantime: theirs stands, the root installed here rolled back.
            throw sudahAda(namaDaerah);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
        log.info("CA daerah {} ({}) dibuat untuk daerah {} oleh {}", nama, algoritma, tenantId, pelaku);
        return new InfoCa(tenantId, nama, algoritma, c.getNotAfter().toInstant(), pelaku);
    }

    /** Which regions have their own CA. */
    @Secured("ROLE_OPERATOR_PORTAL")
    public List<Long> daerahBerCa() {
        return data.tenantBerCa();
    }

    /** The signed-in region's CA, if the portal operator created one. */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_PIMPINAN"})
    public Optional<InfoCa> caDaerahIni() {
        return data.caDaerah(TenantContext.wajib().value())
                .map(ca -> new InfoCa(
                        ca.tenantId(),
                        ca.nama(),
                        ca.algoritma(),
                        sertifikat(ca.sertifikat()).getNotAfter().toInstant(),
                        ca.dibuatOleh()));
    }

    /**
     * Issues a signing key for one of the signed-in region's officials from the region's CA, replacing the key the
     * official had. Documents signed earlier keep their own certificate, which still chains to the region's root.
     *
     * @throws IsianTidakSahException at {@code ca} when the region has no usable CA
     */
    @Secured("ROLE_ADMIN_DAERAH")
    public PemeriksaPkcs12.InfoSertifikat terbitkan(long pejabatId) {
        long t = TenantContext.wajib().value();
        PejabatPenandatangan pejabat =
                data.pejabat(t, pejabatId).orElseThrow(() -> new DataTidakDitemukanException("Pejabat"));
        DataTandaTangan.CaTersimpan ca = data.caDaerah(t)
                .orElseThrow(() -> IsianTidakSahException.pada(
                        "ca",
                        "Daerah ini belum memiliki CA daerah. Minta operator portal membuatnya di menu Sertifikat Akar"
                                + " Tepercaya."));
        X509Certificate sertifikatCa = sertifikat(ca.sertifikat());
        Instant kini = jam.instant();
        Instant sampai = kini.plus(MASA_PEJABAT);
        if (!sampai.isBefore(sertifikatCa.getNotAfter().toInstant())) {
            // Never beyond the CA: a certificate outliving its issuer would stop verifying on the CA's last day.
            sampai = sertifikatCa.getNotAfter().toInstant().minus(Duration.ofDays(1));
        }
        if (!sampai.isAfter(kini)) {
            throw IsianTidakSahException.pada(
                    "ca", "CA daerah sudah (hampir) kedaluwarsa; minta operator portal memperbaruinya.");
        }
        byte[] pkcs8 = kunciInduk.dekripsi(ca.kunciTerenkripsi(), konteks(t));
        PrivateKey kunciCa = PenerbitSertifikat.kunciPrivat(pkcs8, ca.algoritma());
        Arrays.fill(pkcs8, (byte) 0);
        KeyPair kp = PenerbitSertifikat.pasanganKunci(ca.algoritma());
        X509Certificate daun = PenerbitSertifikat.terbitkan(
                kunciCa,
                sertifikatCa,
                ca.algoritma(),
                kp.getPublic(),
                pejabat.nama(),
                pejabat.nip(),
                "Pemerintah " + data.namaDaerah(t).orElseThrow(),
                kini.minus(Duration.ofMinutes(5)),
                sampai);
        // Through the same checks as an upload: a CA whose root is gone would issue keys that verify "tidak sah".
        akar.alasanDitolak(t, List.of(daun, sertifikatCa), kini).ifPresent(alasan -> {
            throw IsianTidakSahException.pada("ca", alasan);
        });
        byte[] p12 = PenerbitSertifikat.pkcs12(
                kp.getPrivate(), new X509Certificate[] {daun, sertifikatCa}, SANDI_PKCS12.clone());
        PemeriksaPkcs12.InfoSertifikat info = PemeriksaPkcs12.periksa(p12, SANDI_PKCS12.clone(), kini);
        kunciPejabat.simpanKunci(t, pejabatId, p12, info, der(daun), kini, DataTandaTangan.SumberKunci.CA_DAERAH);
        Arrays.fill(p12, (byte) 0);
        log.info(
                "Kunci pejabat {} ({}) diterbitkan CA daerah {} oleh {}",
                pejabatId,
                info.nama(),
                t,
                JejakAuditService.pelaku());
        return info;
    }

    private static IsianTidakSahException sudahAda(String namaDaerah) {
        return IsianTidakSahException.pada(
                "daerah",
                namaDaerah + " sudah memiliki CA daerah. Kunci pejabatnya diterbitkan dari CA itu oleh Admin Daerah.");
    }

    private static X509Certificate sertifikat(byte[] der) {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalStateException("Sertifikat CA daerah tersimpan tidak terbaca", e);
        }
    }

    private static byte[] der(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
