package id.pkd.portal.tampilan;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An unexpected failure is written to the log once, with its stack trace and a short reference number; the user sees
 * only that number, so a helpdesk call ("rujukan 7KQ2M9XD") finds the trace without showing it to anyone.
 */
final class GalatTakTerduga {

    private static final Logger log = LoggerFactory.getLogger(GalatTakTerduga.class);

    // no 0/O or 1/I/L: the number is read out over the phone
    private static final char[] HURUF = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom ACAK = new SecureRandom();

    static final String JUDUL = "Terjadi kesalahan";

    private GalatTakTerduga() {}

    /** Logs the failure with a new reference number and returns that number. */
    static String catat(Throwable galat, String tempat) {
        char[] rujukan = new char[8];
        for (int i = 0; i < rujukan.length; i++) {
            rujukan[i] = HURUF[ACAK.nextInt(HURUF.length)];
        }
        String nomor = new String(rujukan);
        log.error("Kesalahan tak terduga, rujukan {} ({})", nomor, tempat, galat);
        return nomor;
    }

    static String pesan(String rujukan) {
        return "Maaf, permintaan Anda tidak dapat diselesaikan karena kesalahan di sistem. Sampaikan nomor rujukan "
                + rujukan + " kepada Admin Daerah atau pengelola portal bila kesalahan ini berulang.";
    }
}
