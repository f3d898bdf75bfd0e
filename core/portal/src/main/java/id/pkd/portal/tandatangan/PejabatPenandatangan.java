package id.pkd.portal.tandatangan;

/** An official of the current tenant as the signing feature sees them. */
public record PejabatPenandatangan(long id, String nama, String nip, String jabatan) {}
