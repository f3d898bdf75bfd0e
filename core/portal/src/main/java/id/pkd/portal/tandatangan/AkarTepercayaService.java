package id.pkd.portal.tandatangan;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.reports.signing.RantaiSertifikat;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trust anchors of signatures, per tenant, all in the database (table akar_tepercaya), so every node of a
 * cluster trusts the same roots. A tenant trusts: the roots the portal operator installed for it (its own CA), the
 * portal-wide roots the operator installed (the BSrE/Kominfo root), and, where demo data is, the demo CA and the
 * development certificate. Officials' uploaded certificates are never anchors: they are trusted only through a chain.
 */
@Service
public class AkarTepercayaService {

    private static final Logger log = LoggerFactory.getLogger(AkarTepercayaService.class);

    /** The largest certificate file accepted: a root is a few kilobytes; 64 KB leaves room for a long PEM chain. */
    static final int UKURAN_MAKS = 64 * 1024;

    static final String JENIS_JEJAK = "akar_tepercaya";

    /** An installed root as the operator's screen lists it; {@code tenantId} is null for a portal-wide root. */
    public record AkarTerpasang(
            long id,
            Long tenantId,
            String nama,
            String penerbit,
            Instant berlakuMulai,
            Instant berlakuSampai,
            String sha256,
            boolean demo,
            String dipasangOleh,
            Instant dipasangPada) {}

    private final DataAkar data;
    private final boolean demo;
    private final List<X509Certificate> sertifikatPortal;
    private final JejakAuditService jejak;
    private final Clock jam;

    AkarTepercayaService(
            DataAkar data,
            PengaturanPkd pengaturan,
            SertifikatPortal sertifikatPortal,
            JejakAuditService jejak,
            Clock jam) {
        this.data = data;
        this.jejak = jejak;
        // Demo mode (PKD_DEMO, the embedded database) or demo data seeded into an external database: the only
        // places where the demo CA's officials sign.
        this.demo = pengaturan.demo().aktif() || pengaturan.demo().seed();
        this.sertifikatPortal = sertifikatPortal.sertifikat();
        this.jam = jam;
    }

    /**
     * Anchors of every tenant: the portal-wide roots (and the demo ones in demo mode). Public: certificates are
     * public by nature, and the public verification page needs them without a signed-in user.
     */
    public List<X509Certificate> jangkarPortal() {
        List<X509Certificate> semua = new ArrayList<>();
        if (demo) {
            // The development key and the demo CA have passwords in the code: trusted only for demo data.
            semua.addAll(sertifikatPortal);
            semua.addAll(baca(data.akarDemo()));
        }
        semua.addAll(baca(data.akar(null)));
        return semua;
    }

    /** The anchors of this tenant: its own roots and the portal-wide ones. Never another tenant's. */
    public List<X509Certificate> jangkar(long tenantId) {
        List<X509Certificate> semua = jangkarPortal();
        semua.addAll(baca(data.akar(tenantId)));
        return semua;
    }

    /**
     * Installs a root certificate (PEM or DER, at most {@value #UKURAN_MAKS} bytes) for one tenant, or for every
     * tenant when {@code tenantId} is null. Only a CA certificate can be a root: an end-entity certificate would make
     * exactly one key trusted.
     *
     * @throws IsianTidakSahException at {@code berkas} with the reason
     */
    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional
    public AkarTerpasang pasang(Long tenantId, byte[] berkas) {
        if (berkas == null || berkas.length == 0) {
            throw IsianTidakSahException.pada("berkas", "Berkas sertifikat kosong.");
        }
        if (berkas.length > UKURAN_MAKS) {
            throw IsianTidakSahException.pada(
                    "berkas", "Berkas sertifikat terlalu besar: paling besar " + UKURAN_MAKS / 1024 + " KB.");
        }
        X509Certificate c = sertifikat(berkas)
                .orElseThrow(
                        () -> IsianTidakSahException.pada("berkas", "Berkas bukan sertifikat X.509 (PEM atau DER)."));
        if (c.getBasicConstraints() < 0) {
            throw IsianTidakSahException.pada(
                    "berkas", "Sertifikat ini bukan sertifikat CA, sehingga tidak dapat dipasang sebagai akar.");
        }
        if (jam.instant().isAfter(c.getNotAfter().toInstant())) {
            throw IsianTidakSahException.pada("berkas", "Sertifikat akar ini sudah kedaluwarsa.");
        }
        byte[] der = der(c);
        String sidik = sha256(der);
        if (data.terpasang(tenantId, sidik)) {
            throw IsianTidakSahException.pada(
                    "berkas",
                    "Sertifikat ini sudah terpasang untuk " + (tenantId == null ? "seluruh portal" : "daerah ini")
                            + ".");
        }
        String nama = c.getSubjectX500Principal().getName();
        String pelaku = JejakAuditService.pelaku();
        Instant kini = jam.instant();
        long id = data.simpan(tenantId, nama, sidik, der, null, pelaku, kini);
        catat(tenantId, pelaku, id, null, nama + "; sha256 " + sidik);
        log.info(
                "Sertifikat akar {} dipasang untuk {} oleh {}",
                nama,
                tenantId == null ? "seluruh portal" : "daerah " + tenantId,
                pelaku);
        return terpasang(data.cari(id).orElseThrow());
    }

    /**
     * Removes an installed root: signatures chaining only to it are no longer trusted, for new and for verified
     * documents alike. A region's own CA root goes only with its CA, which cannot be revoked yet.
     */
    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional
    public void hapus(long id) {
        DataAkar.AkarTersimpan a = data.cari(id).orElseThrow(() -> new DataTidakDitemukanException("Sertifikat akar"));
        if (data.caDaerahDari(id).isPresent()) {
            throw IsianTidakSahException.pada(
                    "akar",
                    "Sertifikat ini adalah akar CA daerah yang dibuat di portal; kunci pejabat daerah itu diterbitkan"
                            + " darinya, sehingga tidak dapat dihapus di sini.");
        }
        String pelaku = JejakAuditService.pelaku();
        data.hapus(id);
        catat(a.tenantId(), pelaku, id, a.nama() + "; sha256 " + a.sha256(), null);
        log.info(
                "Sertifikat akar {} untuk {} dihapus oleh {}",
                a.nama(),
                a.tenantId() == null ? "seluruh portal" : "daerah " + a.tenantId(),
                pelaku);
    }

    /**
     * One certificate an earlier release trusted from the node's folder {@code kunci/tepercaya}, installed as a
     * portal-wide root (as the folder counted) unless it already is one, and recorded in every region's trail.
     *
     * @return the new root's id; empty when it was installed already
     */
    @Transactional
    Optional<Long> imporLama(X509Certificate c, String asal) {
        byte[] der = der(c);
        String sidik = sha256(der);
        if (data.terpasang(null, sidik)) {
            return Optional.empty();
        }
        String nama = c.getSubjectX500Principal().getName();
        if (c.getBasicConstraints() < 0 || jam.instant().isAfter(c.getNotAfter().toInstant())) {
            // Imported all the same: it was trusted yesterday, and the operator decides on the screen.
            log.warn("Sertifikat tepercaya {} dari {} bukan CA atau sudah kedaluwarsa; tetap diimpor", nama, asal);
        }
        long id = data.simpan(null, nama, sidik, der, null, "sistem", jam.instant());
        catat(null, "sistem", id, null, nama + "; sha256 " + sidik + "; diimpor dari " + asal);
        log.info("Sertifikat tepercaya {} dari {} diimpor sebagai akar seluruh portal", nama, asal);
        return Optional.of(id);
    }

    @Secured("ROLE_OPERATOR_PORTAL")
    public List<AkarTerpasang> daftar() {
        return data.semua().stream().map(AkarTepercayaService::terpasang).toList();
    }

    /**
     * Records a root installed or removed: in its region's trail, or, for a portal-wide root, in every region's
     * trail, since it changes what each of them trusts.
     */
    void catat(Long tenantId, String pelaku, long id, String lama, String baru) {
        List<Long> tenant = tenantId != null ? List.of(tenantId) : data.semuaTenant();
        String cakupan = tenantId != null ? "" : " (seluruh portal)";
        for (long t : tenant) {
            jejak.catatSebagai(
                    new TenantId(t),
                    pelaku,
                    JENIS_JEJAK,
                    id,
                    "akar",
                    lama == null ? null : lama + cakupan,
                    baru == null ? null : baru + cakupan);
        }
    }

    /** Why this official's certificate may not sign for the tenant now; empty when it chains to its trust. */
    Optional<String> alasanDitolak(long tenantId, List<X509Certificate> rantai) {
        return alasanDitolak(tenantId, rantai, jam.instant());
    }

    /** Why this official's certificate may not sign for the tenant; empty when it chains to its trust. */
    Optional<String> alasanDitolak(long tenantId, List<X509Certificate> rantai, Instant pada) {
        X509Certificate c = rantai.get(0);
        if (RantaiSertifikat.ditandatanganiSendiri(c)) {
            return Optional.of("Sertifikat ini ditandatangani sendiri (self-signed), sehingga tidak"
                    + " membuktikan identitas pemiliknya. Gunakan sertifikat dari BSrE atau dari CA yang dipasang"
                    + " operator portal untuk daerah ini.");
        }
        if (!RantaiSertifikat.berantai(c, rantai.subList(1, rantai.size()), jangkar(tenantId), pada)) {
            return Optional.of(
                    "Penerbit sertifikat (" + c.getIssuerX500Principal().getName()
                            + ") tidak dipercaya untuk daerah ini. Minta operator portal memasang sertifikat akar CA"
                            + " penerbitnya.");
        }
        return Optional.empty();
    }

    private static AkarTerpasang terpasang(DataAkar.AkarTersimpan a) {
        X509Certificate c = sertifikat(a.sertifikat()).orElse(null);
        return new AkarTerpasang(
                a.id(),
                a.tenantId(),
                a.nama(),
                c == null ? "(tidak terbaca)" : c.getIssuerX500Principal().getName(),
                c == null ? null : c.getNotBefore().toInstant(),
                c == null ? null : c.getNotAfter().toInstant(),
                a.sha256(),
                a.demo(),
                a.dipasangOleh(),
                a.dipasangPada());
    }

    static Optional<X509Certificate> sertifikat(byte[] berkas) {
        try {
            return Optional.of((X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(berkas)));
        } catch (CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static byte[] der(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (CertificateEncodingException e) {
            throw IsianTidakSahException.pada("berkas", "Sertifikat tidak dapat dibaca.");
        }
    }

    private static List<X509Certificate> baca(List<byte[]> der) {
        List<X509Certificate> hasil = new ArrayList<>();
        for (byte[] d : der) {
            sertifikat(d).ifPresentOrElse(hasil::add, () -> log.warn("Sertifikat akar tersimpan tidak terbaca"));
        }
        return hasil;
    }

    static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
