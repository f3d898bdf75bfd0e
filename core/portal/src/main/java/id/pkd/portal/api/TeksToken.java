package id.pkd.portal.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The form of a token's plaintext: {@code pkd_} and 40 random base62 characters. */
final class TeksToken {

    static final String AWALAN = "pkd_";
    static final int PANJANG_ACAK = 40;
    /** How much of a token admins see: the prefix and the first six random characters. */
    static final int PANJANG_PREFIKS = AWALAN.length() + 6;
    /** Longer headers are not hashed: no token the portal issues comes close. */
    static final int PANJANG_MAKSIMAL = 200;

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private TeksToken() {}

    static String baru(SecureRandom acak) {
        StringBuilder teks = new StringBuilder(AWALAN);
        for (int i = 0; i < PANJANG_ACAK; i++) {
            teks.append(BASE62.charAt(acak.nextInt(BASE62.length())));
        }
        return teks.toString();
    }

    /** Lower-case hex SHA-256 of the whole token: what the database keeps and looks up. */
    static String hash(String teks) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(teks.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 wajib tersedia di setiap JVM", e);
        }
    }

    static String prefiks(String teks) {
        return teks.substring(0, Math.min(PANJANG_PREFIKS, teks.length()));
    }
}
