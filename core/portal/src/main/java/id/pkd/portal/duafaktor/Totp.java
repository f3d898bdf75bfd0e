package id.pkd.portal.duafaktor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app computes them by default: HMAC-SHA1, a step
 * of {@value #LANGKAH_DETIK} seconds from the Unix epoch, {@value #DIGIT} digits. A code is accepted for the
 * current step and {@value #JENDELA} step either side, so a phone clock a little off still works; refusing a step
 * already used (replay) is the caller's part, since it needs the account's state.
 */
public final class Totp {

    public static final int LANGKAH_DETIK = 30;
    public static final int DIGIT = 6;
    public static final int JENDELA = 1;

    private Totp() {}

    /** The step T of RFC 6238: whole periods of {@value #LANGKAH_DETIK} s since 1970-01-01T00:00:00Z. */
    public static long langkah(Instant waktu) {
        return Math.floorDiv(waktu.getEpochSecond(), LANGKAH_DETIK);
    }

    /** The {@value #DIGIT}-digit code of one step, as the app shows it. */
    public static String kode(byte[] rahasia, long langkah) {
        return kode(rahasia, langkah, "HmacSHA1", DIGIT);
    }

    /** HOTP (RFC 4226, section 5.3) of the step counter; other MACs and lengths for the RFC's test vectors. */
    static String kode(byte[] rahasia, long langkah, String algoritma, int digit) {
        try {
            Mac mac = Mac.getInstance(algoritma);
            mac.init(new SecretKeySpec(rahasia, "RAW"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(langkah).array());
            int geser = h[h.length - 1] & 0x0f;
            int biner = ((h[geser] & 0x7f) << 24)
                    | ((h[geser + 1] & 0xff) << 16)
                    | ((h[geser + 2] & 0xff) << 8)
                    | (h[geser + 3] & 0xff);
            long modulus = (long) Math.pow(10, digit);
            return String.format("%0" + digit + "d", biner % modulus);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC tidak tersedia: " + algoritma, e);
        }
    }

    /**
     * The step within the window around {@code sekarang} whose code {@code kode} is, or empty. Every step of the
     * window is computed and compared in constant time, so the answer's timing says nothing about which matched.
     */
    public static OptionalLong cocokkan(byte[] rahasia, String kode, Instant sekarang) {
        if (kode == null || !kode.matches("\\d{" + DIGIT + "}")) {
            return OptionalLong.empty();
        }
        long t = langkah(sekarang);
        long cocok = Long.MIN_VALUE;
        for (long s = t - JENDELA; s <= t + JENDELA; s++) {
            boolean sama = MessageDigest.isEqual(
                    kode(rahasia, s).getBytes(StandardCharsets.US_ASCII), kode.getBytes(StandardCharsets.US_ASCII));
            if (sama && cocok == Long.MIN_VALUE) {
                cocok = s;
            }
        }
        return cocok == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(cocok);
    }
}
