package id.pkd.portal.duafaktor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * A TOTP secret being enrolled for one account: 160 random bits (RFC 4226's recommended length), shown as base32
 * and as the {@code otpauth://} URI authenticator apps scan. Held by the enrolment page until the first code
 * confirms it; only then is it stored, encrypted.
 */
public record RahasiaTotp(byte[] rahasia, String username) {

    public static final String PENERBIT = "Portal Kinerja Daerah";
    private static final int PANJANG_BYTE = 20;
    private static final SecureRandom ACAK = new SecureRandom();

    public RahasiaTotp {
        rahasia = rahasia.clone();
    }

    static RahasiaTotp baru(String username) {
        byte[] r = new byte[PANJANG_BYTE];
        ACAK.nextBytes(r);
        return new RahasiaTotp(r, username);
    }

    @Override
    public byte[] rahasia() {
        return rahasia.clone();
    }

    public String base32() {
        return Base32.kode(rahasia);
    }

    /** For typing by hand: groups of four, {@code ABCD EFGH …}. */
    public String base32Berkelompok() {
        return base32().replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The key URI format of authenticator apps: label "issuer:account", the issuer repeated as parameter. */
    public String uri() {
        String penerbit = enkode(PENERBIT);
        return "otpauth://totp/" + penerbit + ":" + enkode(username) + "?secret=" + base32() + "&issuer=" + penerbit
                + "&algorithm=SHA1&digits=" + Totp.DIGIT + "&period=" + Totp.LANGKAH_DETIK;
    }

    private static String enkode(String teks) {
        return URLEncoder.encode(teks, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
