package id.pkd.portal.perencanaan;

/** A change refused because the data is under review or locked; the message says by whom and why. */
public class DataTerkunciException extends RuntimeException {

    public DataTerkunciException(String pesan) {
        super(pesan);
    }
}
