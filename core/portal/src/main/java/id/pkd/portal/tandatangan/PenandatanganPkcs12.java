package id.pkd.portal.tandatangan;

import id.pkd.portal.tenant.TenantContext;
import id.pkd.reports.signing.PadesSigner;
import id.pkd.reports.signing.PermintaanTandaTangan;
import id.pkd.reports.signing.TandaTanganException;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * Signs with the official's own PKCS#12, decrypted for this one signature and opened with the passphrase (or,
 * for a key the region's CA issued, with the portal's own).
 */
@Component
class PenandatanganPkcs12 implements Penandatangan {

    static final String PESAN_SANDI_SALAH = "Passphrase sertifikat salah. Periksa kembali lalu coba lagi.";

    private final DataTandaTangan data;
    private final KunciInduk kunciInduk;
    private final AkarTepercayaService akar;

    PenandatanganPkcs12(DataTandaTangan data, KunciInduk kunciInduk, AkarTepercayaService akar) {
        this.data = data;
        this.kunciInduk = kunciInduk;
        this.akar = akar;
    }

    static String konteks(long tenantId, long pejabatId) {
        return "kunci_pejabat:" + tenantId + ":" + pejabatId;
    }

    @Override
    public JenisPenandatangan jenis() {
        return JenisPenandatangan.PKCS12;
    }

    @Override
    public byte[] tandatangani(
            PejabatPenandatangan pejabat, byte[] pdf, PermintaanTandaTangan permintaan, Kredensial kredensial) {
        long tenant = TenantContext.wajib().value();
        DataTandaTangan.KunciTersimpan kunci = data.kunci(tenant, pejabat.id())
                .orElseThrow(() -> new TandaTanganGagalException(
                        pejabat.nama() + " belum memiliki sertifikat tanda tangan. Minta Admin Daerah mengunggahnya."));
        // A key the region's CA issued has no passphrase of the official's: the portal holds the only copy.
        boolean dariCa = kunci.sumber() == DataTandaTangan.SumberKunci.CA_DAERAH;
        if (!dariCa && (kredensial.passphrase() == null || kredensial.passphrase().length == 0)) {
            throw new TandaTanganGagalException("Passphrase sertifikat wajib diisi.");
        }
        byte[] p12 = kunciInduk.dekripsi(kunci.p12Terenkripsi(), konteks(tenant, pejabat.id()));
        PadesSigner signer;
        try {
            signer = PadesSigner.fromPkcs12(
                    p12, dariCa ? CaDaerahService.SANDI_PKCS12.clone() : kredensial.passphrase());
        } catch (TandaTanganException e) {
            throw new TandaTanganGagalException(PESAN_SANDI_SALAH);
        } finally {
            Arrays.fill(p12, (byte) 0);
        }
        // A key stored before the trust model, or whose root was never installed, would sign documents that
        // verify as "tidak sah": refuse before anything is issued.
        akar.alasanDitolak(tenant, signer.certificateChain()).ifPresent(alasan -> {
            throw new TandaTanganGagalException("Sertifikat " + pejabat.nama() + " tidak dapat dipakai: " + alasan
                    + " Minta Admin Daerah mengunggah sertifikat yang berlaku.");
        });
        try {
            return signer.sign(pdf, permintaan);
        } catch (TandaTanganException e) {
            throw new TandaTanganGagalException(e.getMessage(), e);
        }
    }
}
