package id.pkd.portal.tandatangan;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.WaktuDaerah;
import id.pkd.reports.signing.BatasPkcs12;
import id.pkd.reports.signing.PadesSigner;
import id.pkd.reports.signing.PemeriksaPkcs12;
import id.pkd.reports.signing.TandaTanganException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Officials' PKCS#12 files: the tenant admin uploads one per official; it is checked with its passphrase and must
 * chain to a root trusted for the tenant ({@link AkarTepercayaService}), then is kept encrypted under the master key. The passphrase is used for the check only and never kept.
 */
@Service
public class KunciPejabatService {

    private static final Logger log = LoggerFactory.getLogger(KunciPejabatService.class);
    static final int UKURAN_MAKSIMAL = 100 * 1024;

    /** An official and, when uploaded, their certificate. */
    public record PejabatDanKunci(PejabatPenandatangan pejabat, Optional<PemeriksaPkcs12.InfoSertifikat> sertifikat) {}

    private final DataTandaTangan data;
    private final KunciInduk kunciInduk;
    private final AkarTepercayaService akar;
    private final JejakAuditService jejak;
    private final TransactionTemplate transaksi;
    private final Clock jam;
    private final WaktuDaerah waktu;

    KunciPejabatService(
            DataTandaTangan data,
            KunciInduk kunciInduk,
            AkarTepercayaService akar,
            JejakAuditService jejak,
            TransactionTemplate transaksi,
            Clock jam,
            WaktuDaerah waktu) {
        this.data = data;
        this.kunciInduk = kunciInduk;
        this.akar = akar;
        this.jejak = jejak;
        this.transaksi = transaksi;
        this.jam = jam;
        this.waktu = waktu;
    }

    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_PIMPINAN"})
    public List<PejabatDanKunci> daftar() {
        long t = TenantContext.wajib().value();
        return data.pejabat(t).stream()
                .map(p -> new PejabatDanKunci(
                        p,
                        data.kunci(t, p.id())
                                .map(k -> new PemeriksaPkcs12.InfoSertifikat(
                                        k.namaSertifikat(),
                                        k.penerbit(),
                                        k.nomorSeri(),
                                        k.berlakuMulai(),
                                        k.berlakuSampai()))))
                .toList();
    }

    /**
     * @throws IsianTidakSahException at {@code berkas} or {@code passphrase} with the reason
     */
    @Secured("ROLE_ADMIN_DAERAH")
    public PemeriksaPkcs12.InfoSertifikat unggah(long pejabatId, byte[] p12, char[] passphrase) {
        long t = TenantContext.wajib().value();
        PejabatPenandatangan pejabat =
                data.pejabat(t, pejabatId).orElseThrow(() -> new DataTidakDitemukanException("Pejabat"));
        if (p12 == null || p12.length == 0) {
            throw IsianTidakSahException.pada("berkas", "Pilih berkas sertifikat (.p12 atau .pfx).");
        }
        if (p12.length > UKURAN_MAKSIMAL) {
            throw IsianTidakSahException.pada("berkas", "Berkas sertifikat terlalu besar (paling besar 100 KB).");
        }
        if (passphrase == null || passphrase.length == 0) {
            throw IsianTidakSahException.pada("passphrase", "Passphrase berkas sertifikat wajib diisi.");
        }
        Instant kini = jam.instant();
        PemeriksaPkcs12.InfoSertifikat info;
        byte[] sertifikat;
        List<X509Certificate> rantai;
        try {
            // Before anything opens it: opening runs as many key-derivation rounds as the file asks.
            BatasPkcs12.periksaIterasi(p12);
            info = PemeriksaPkcs12.periksa(p12, passphrase, kini, waktu.zona().zoneId());
            rantai = PadesSigner.fromPkcs12(p12, passphrase).certificateChain();
            sertifikat = rantai.get(0).getEncoded();
        } catch (TandaTanganException e) {
            String isian = e.getMessage().toLowerCase().contains("sandi") ? "passphrase" : "berkas";
            throw IsianTidakSahException.pada(isian, e.getMessage());
        } catch (CertificateEncodingException e) {
            throw IsianTidakSahException.pada("berkas", "Sertifikat di dalam berkas tidak dapat dibaca.");
        }
        // Anyone can make a certificate under any name; only a chain to this tenant's roots says who signs.
        akar.alasanDitolak(t, rantai, kini).ifPresent(alasan -> {
            throw IsianTidakSahException.pada("berkas", alasan);
        });
        simpanKunci(t, pejabatId, p12, info, sertifikat, kini, DataTandaTangan.SumberKunci.UNGGAH);
        log.info(
                "Sertifikat tanda tangan pejabat {} ({}) diunggah oleh {}",
                pejabatId,
                info.nama(),
                JejakAuditService.pelaku());
        return info;
    }

    /**
     * Stores (or replaces) an official's key and records it in the tenant's audit chain, in one transaction: a key
     * decides whose name a signature carries. Documents signed with a replaced key keep their own certificate.
     */
    /** Stores an official's PKCS#12, encrypted under the master key for this tenant and official, with its summary. */
    void simpanKunci(
            long t,
            long pejabatId,
            byte[] p12,
            PemeriksaPkcs12.InfoSertifikat info,
            byte[] sertifikat,
            Instant kini,
            DataTandaTangan.SumberKunci sumber) {
        simpan(
                t,
                new DataTandaTangan.KunciTersimpan(
                        pejabatId,
                        kunciInduk.enkripsi(p12, PenandatanganPkcs12.konteks(t, pejabatId)),
                        info.nama(),
                        info.penerbit(),
                        info.nomorSeri(),
                        info.berlakuMulai(),
                        info.berlakuSampai(),
                        sertifikat,
                        JejakAuditService.pelaku(),
                        kini,
                        sumber));
    }

    void simpan(long tenantId, DataTandaTangan.KunciTersimpan k) {
        transaksi.executeWithoutResult(s -> {
            String lama = data.kunci(tenantId, k.pejabatId())
                    .map(KunciPejabatService::uraian)
                    .orElse(null);
            data.simpanKunci(tenantId, k);
            jejak.catat("kunci_pejabat", k.pejabatId(), "sertifikat", lama, uraian(k));
        });
    }

    private static String uraian(DataTandaTangan.KunciTersimpan k) {
        return k.namaSertifikat() + "; penerbit " + k.penerbit() + "; nomor seri " + k.nomorSeri() + "; "
                + (k.sumber() == DataTandaTangan.SumberKunci.CA_DAERAH ? "diterbitkan CA daerah" : "diunggah");
    }

    /** Whether the official already has a key (the demo seeder does not replace one). */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_PIMPINAN"})
    public boolean punyaKunci(long pejabatId) {
        return data.kunci(TenantContext.wajib().value(), pejabatId).isPresent();
    }

    /** The official with this NIP in the current tenant. */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_PIMPINAN"})
    public Optional<PejabatPenandatangan> pejabatNip(String nip) {
        String n = nip.replace(" ", "");
        return data.pejabat(TenantContext.wajib().value()).stream()
                .filter(p -> n.equals(p.nip()))
                .findFirst();
    }
}
