package id.pkd.portal.duafaktor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: {@value #JUMLAH} per enrolment, 8 characters (about 40 bits) from an alphabet without look-alikes
 * (no 0/O, 1/I/L), shown as {@code ABCD-EFGH}. Kept as SHA-256 of a random per-code salt and the code: a fast hash
 * suffices for ~40 random bits, as guessing goes through the sign-in lockout and each code works once.
 */
final class KodePemulihan {

    static final int JUMLAH = 10;
    private static final String ABJAD = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int PANJANG = 8;
    private static final SecureRandom ACAK = new SecureRandom();

    private KodePemulihan() {}

    static List<String> baru() {
        List<String> kode = new ArrayList<>(JUMLAH);
        for (int i = 0; i < JUMLAH; i++) {
            StringBuilder k = new StringBuilder(PANJANG + 1);
            for (int j = 0; j < PANJANG; j++) {
                if (j == PANJANG / 2) {
                    k.append('-');
                }
                k.append(ABJAD.charAt(ACAK.nextInt(ABJAD.length())));
            }
            kode.add(k.toString());
        }
        return kode;
    }

    /** As typed: case, spaces and the hyphen do not matter. */
    static String normal(String kode) {
        return kode == null ? "" : kode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static boolean mirip(String kode) {
        return normal(kode).matches("[A-Z0-9]{" + PANJANG + "}");
    }

    static byte[] garam() {
        byte[] g = new byte[16];
        ACAK.nextBytes(g);
        return g;
    }

    static byte[] hash(byte[] garam, String kode) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(garam);
            return sha.digest(normal(kode).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
