package id.pkd.portal.penerbitan;

/**
 * A document was registered and waits for its first signature; published inside the registering transaction.
 *
 * @param pejabatId the official who signs first
 * @param oleh who registered it
 */
public record DokumenMenungguTandaTangan(long tenantId, long dokumenId, String judul, long pejabatId, String oleh) {}
