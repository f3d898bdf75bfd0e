package id.pkd.portal.penerbitan;

/**
 * A document waits for a signature: its first, published inside the registering transaction, or the next party's
 * (a PK's pihak kedua), published inside the transaction that stored the previous signature.
 *
 * @param pejabatId the official who signs next
 * @param oleh who registered it
 */
public record DokumenMenungguTandaTangan(long tenantId, long dokumenId, String judul, long pejabatId, String oleh) {}
