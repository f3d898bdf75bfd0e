package id.pkd.portal.duafaktor;

import java.time.Instant;
import java.util.Base64;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Codes as an authenticator app would show them, for tests signing in. A step already used by the account is
 * refused (replay), so the next unused step of the window is taken: the current one, else the next; when both are
 * used, the test waits for the next step to begin, as a person would wait for the next code.
 */
public final class KodeUji {

    private KodeUji() {}

    /** The next acceptable code of an account with the demo secret. */
    public static String kodeDemo(JdbcClient jdbc, String username) {
        return kodeBerikut(jdbc, username, DuaFaktorDemo.rahasiaDemo());
    }

    /** The next acceptable code of an account whose secret is given as the enrolment page shows it. */
    public static String kodeDariRahasia(JdbcClient jdbc, String username, String base32) {
        return kodeBerikut(jdbc, username, Base32.dekode(base32));
    }

    /** The code of the current step, whatever the account used before. */
    public static String kodeSekarang(String base32) {
        return Totp.kode(Base32.dekode(base32), Totp.langkah(Instant.now()));
    }

    public static String base32(byte[] rahasia) {
        return Base32.kode(rahasia);
    }

    static String kodeBerikut(JdbcClient jdbc, String username, byte[] rahasia) {
        Long terakhir = jdbc.sql("SELECT d.langkah_terakhir FROM dua_faktor d"
                        + " LEFT JOIN pengguna p ON d.jenis_akun = 'pengguna' AND p.id = d.akun_id"
                        + " LEFT JOIN operator_portal o ON d.jenis_akun = 'operator' AND o.id = d.akun_id"
                        + " WHERE p.username = ? OR o.username = ?")
                .params(username, username)
                .query((rs, i) -> (Long) rs.getObject(1, Long.class))
                .optional()
                .orElse(null);
        long sekarang = Totp.langkah(Instant.now());
        if (terakhir != null && terakhir >= sekarang + 1) {
            tunggu((terakhir) * Totp.LANGKAH_DETIK * 1000L - System.currentTimeMillis() + 200);
            sekarang = Totp.langkah(Instant.now());
        }
        long langkah = terakhir == null || terakhir < sekarang ? sekarang : terakhir + 1;
        return Totp.kode(rahasia, langkah);
    }

    private static void tunggu(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String base64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
