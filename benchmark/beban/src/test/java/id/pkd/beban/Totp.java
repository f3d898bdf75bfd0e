package id.pkd.beban;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 codes (SHA-1, 6 digits, 30 s) for the demo accounts' shared second-factor secret. */
final class Totp {

    /** The demo secret the README publishes (DuaFaktorDemo). */
    static final String RAHASIA_DEMO = "KBXXE5DBNQWUW2LOMVZGUYJNIRSW23ZB";

    private Totp() {}

    static long langkah(long epochMillis) {
        return epochMillis / 30_000;
    }

    static String kode(String rahasiaBase32, long langkah) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(rahasiaBase32), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(langkah).array());
            int o = h[h.length - 1] & 0x0f;
            int angka =
                    ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", angka % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] base32(String s) {
        String abjad = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String bersih = s.replace("=", "").toUpperCase(Locale.ROOT);
        ByteBuffer hasil = ByteBuffer.allocate(bersih.length() * 5 / 8);
        int penampung = 0;
        int bit = 0;
        for (char c : bersih.toCharArray()) {
            penampung = (penampung << 5) | abjad.indexOf(c);
            bit += 5;
            if (bit >= 8) {
                hasil.put((byte) (penampung >> (bit - 8)));
                bit -= 8;
            }
        }
        return hasil.array();
    }
}
