package id.pkd.reports.signing;

/** Kunci penandatangan tidak dapat dibuat atau dibaca, atau dokumen gagal ditandatangani. */
public final class TandaTanganException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TandaTanganException(String message, Throwable cause) {
        super(message, cause);
    }
}
