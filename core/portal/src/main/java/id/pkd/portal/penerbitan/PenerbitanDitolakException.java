package id.pkd.portal.penerbitan;

/**
 * Issuing or signing refused for a reason the user can act on: data not yet approved, or another issuance or
 * signature of the same document that came first. The message is Bahasa Indonesia and shown as it is.
 */
public class PenerbitanDitolakException extends RuntimeException {

    public PenerbitanDitolakException(String pesan) {
        super(pesan);
    }
}
