package id.pkd.portal.pengguna;

/**
 * A user's access changed (deactivated, or given another role): every open session of that user must end at
 * once, not at the next sign-in. Published by {@link PenggunaService}; the security layer ends the sessions.
 */
public record AksesPenggunaBerubah(String username) {}
