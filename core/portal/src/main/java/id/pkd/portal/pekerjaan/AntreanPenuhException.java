package id.pkd.portal.pekerjaan;

/** The job queue of this node or of the tenant is full: the user should try again shortly. */
public class AntreanPenuhException extends RuntimeException {

    AntreanPenuhException(String pesan) {
        super(pesan);
    }
}
