package id.pkd.portal.tandatangan;

/** Signing failed; the message is Bahasa Indonesia (or BSrE's own message) and is shown to the user as it is. */
public class TandaTanganGagalException extends RuntimeException {

    public TandaTanganGagalException(String pesan) {
        super(pesan);
    }

    public TandaTanganGagalException(String pesan, Throwable sebab) {
        super(pesan, sebab);
    }
}
