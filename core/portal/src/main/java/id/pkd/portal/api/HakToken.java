package id.pkd.portal.api;

import java.util.List;

/** What an API token may do: read only, or read and write. */
public enum HakToken {
    BACA("Baca", List.of(AkunApi.ROLE_BACA)),
    BACA_TULIS("Baca dan tulis", List.of(AkunApi.ROLE_BACA, AkunApi.ROLE_TULIS));

    private final String label;
    private final List<String> authorities;

    HakToken(String label, List<String> authorities) {
        this.label = label;
        this.authorities = authorities;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authorities a request made with a token of this kind carries. */
    public List<String> authorities() {
        return authorities;
    }
}
