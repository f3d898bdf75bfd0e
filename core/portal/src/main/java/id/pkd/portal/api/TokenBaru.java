package id.pkd.portal.api;

/**
 * A token just created, with its plaintext: the only moment the plaintext exists in the portal.
 * Show it to the admin once and let it go; it is never stored or logged.
 */
public record TokenBaru(ApiToken token, String teks) {

    @Override
    public String toString() {
        return "TokenBaru[token=" + token.id() + ", teks=" + token.prefiks() + "…]";
    }
}
