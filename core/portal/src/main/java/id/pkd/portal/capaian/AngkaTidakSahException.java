package id.pkd.portal.capaian;

/** A typed number that is not in Indonesian format; the message is meant for the person who typed it. */
public class AngkaTidakSahException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public AngkaTidakSahException(String pesan) {
        super(pesan);
    }
}
