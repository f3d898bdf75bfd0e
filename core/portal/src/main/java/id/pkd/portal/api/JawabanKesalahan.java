package id.pkd.portal.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import java.util.List;

/**
 * The body of every error answer of the API: the HTTP status, an Indonesian message and, when the
 * request's data was at fault, where: {@code {"status":422,"pesan":"…","kesalahan":[{"path":"…",
 * "pesan":"…"}]}}. A failure of the server itself carries a {@code referensi}: the same id is in the
 * log beside the stack trace, so an operator can find what a caller reports.
 */
public record JawabanKesalahan(
        int status,
        String pesan,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Kesalahan> kesalahan,
        @JsonInclude(JsonInclude.Include.NON_NULL) String referensi) {

    public JawabanKesalahan(int status, String pesan) {
        this(status, pesan, List.of(), null);
    }

    public JawabanKesalahan(int status, String pesan, List<Kesalahan> kesalahan) {
        this(status, pesan, kesalahan, null);
    }
}
