package id.pkd.portal.umum;

/**
 * Stored data that fails its integrity check (changed outside the portal): it is refused, never shown, with a
 * message in Bahasa Indonesia for the screen or the API. Still an {@link IllegalStateException}: the portal's own
 * state is wrong, not the request.
 */
public class DataRusakException extends IllegalStateException {

    public DataRusakException(String pesan) {
        super(pesan);
    }
}
