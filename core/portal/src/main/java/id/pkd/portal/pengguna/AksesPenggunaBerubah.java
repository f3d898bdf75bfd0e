package id.pkd.portal.pengguna;

/**
 * A user's access changed (deactivated, given another role, password changed or reset): every open session of that
 * account must end at once, not at the next sign-in. An account is its username within its tenant ({@code tenant}
 * null for the portal operator), as usernames are unique per tenant only. {@code kecualiSesi} is the session that
 * made the change itself (the owner changing their password stays signed in there), or null.
 * Published by the pengguna services; the security layer ends the sessions.
 */
public record AksesPenggunaBerubah(String username, Long tenant, String kecualiSesi) {}
