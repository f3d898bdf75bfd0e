package id.pkd.portal.duafaktor;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/** RFC 4648 base32 without padding: how authenticator apps take a TOTP secret. */
final class Base32 {

    private static final String ABJAD = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Base32() {}

    static String kode(byte[] data) {
        StringBuilder hasil = new StringBuilder((data.length * 8 + 4) / 5);
        int penampung = 0;
        int bit = 0;
        for (byte b : data) {
            penampung = (penampung << 8) | (b & 0xff);
            bit += 8;
            while (bit >= 5) {
                hasil.append(ABJAD.charAt((penampung >>> (bit - 5)) & 31));
                bit -= 5;
            }
        }
        if (bit > 0) {
            hasil.append(ABJAD.charAt((penampung << (5 - bit)) & 31));
        }
        return hasil.toString();
    }

    /** Spaces, hyphens and '=' padding are ignored, letters in either case: as people type a secret. */
    static byte[] dekode(String teks) {
        String bersih = teks.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
        ByteArrayOutputStream hasil = new ByteArrayOutputStream(bersih.length() * 5 / 8);
        int penampung = 0;
        int bit = 0;
        for (char c : bersih.toCharArray()) {
            int nilai = ABJAD.indexOf(c);
            if (nilai < 0) {
                throw new IllegalArgumentException("Bukan karakter base32: " + c);
            }
            penampung = (penampung << 5) | nilai;
            bit += 5;
            if (bit >= 8) {
                hasil.write((penampung >>> (bit - 8)) & 0xff);
                bit -= 8;
            }
        }
        return hasil.toByteArray();
    }
}
