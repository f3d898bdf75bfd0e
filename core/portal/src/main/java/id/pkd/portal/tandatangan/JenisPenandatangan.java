package id.pkd.portal.tandatangan;

/** How an official signs: with a PKCS#12 kept (encrypted) by the portal, or through the tenant's BSrE service. */
public enum JenisPenandatangan {
    PKCS12("Sertifikat PKCS#12 lokal"),
    BSRE("BSrE (Esign Client Service)"),
    /** A local PKCS#12 the region's own CA issued: no passphrase, the portal holds the only copy. */
    CA_DAERAH("Kunci dari CA daerah");

    private final String label;

    JenisPenandatangan(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
