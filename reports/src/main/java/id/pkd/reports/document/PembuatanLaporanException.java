package id.pkd.reports.document;

/** Laporan gagal disusun atau diekspor; penyebab asli (JasperReports) ada di {@link #getCause()}. */
public final class PembuatanLaporanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PembuatanLaporanException(String message, Throwable cause) {
        super(message, cause);
    }
}
