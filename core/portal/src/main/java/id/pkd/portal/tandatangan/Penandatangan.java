package id.pkd.portal.tandatangan;

import id.pkd.reports.signing.PermintaanTandaTangan;

/**
 * Signs a PDF for one official as a PAdES signature, visible in the requested block. Implementations: the
 * official's PKCS#12 kept by the portal, and the tenant's BSrE Esign Client Service.
 */
interface Penandatangan {

    JenisPenandatangan jenis();

    /**
     * @return the signed PDF (an incremental update of {@code pdf})
     * @throws TandaTanganGagalException with a message to show as it is
     */
    byte[] tandatangani(
            PejabatPenandatangan pejabat, byte[] pdf, PermintaanTandaTangan permintaan, Kredensial kredensial);
}
