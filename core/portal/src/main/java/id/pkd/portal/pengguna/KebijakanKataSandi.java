package id.pkd.portal.pengguna;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The password policy wherever a password is set (ASVS 5.0 level 2): at least {@value #PANJANG_MINIMAL}
 * characters and not in the list of common passwords shipped with the portal ({@code kata-sandi/umum.txt},
 * generated from well-known patterns, compared case-insensitively).
 *
 * <p>The one exception is the demo seeder: the documented demo password {@code demo12345} is accepted only inside
 * {@link #izinkanSandiDemo}, and only that exact password, so the demo accounts keep working without weakening the
 * policy for anyone else.
 */
public final class KebijakanKataSandi {

    public static final int PANJANG_MINIMAL = 12;
    /** Long passphrases are welcome; the cap only keeps BCrypt (72 bytes) from silently ignoring the rest. */
    public static final int PANJANG_MAKSIMAL = 72;

    public static final String SANDI_DEMO = "demo12345";

    private static final Set<String> UMUM = muat();
    private static final ThreadLocal<Boolean> SEDANG_MENYEMAI_DEMO = ThreadLocal.withInitial(() -> false);

    private KebijakanKataSandi() {}

    /** Why the password is refused, or empty when it is acceptable. */
    public static Optional<String> periksa(String kataSandi) {
        if (kataSandi == null || kataSandi.isEmpty()) {
            return Optional.of("Kata sandi wajib diisi.");
        }
        if (SEDANG_MENYEMAI_DEMO.get() && SANDI_DEMO.equals(kataSandi)) {
            return Optional.empty();
        }
        if (kataSandi.codePointCount(0, kataSandi.length()) < PANJANG_MINIMAL) {
            return Optional.of("Kata sandi minimal " + PANJANG_MINIMAL + " karakter.");
        }
        if (kataSandi.getBytes(StandardCharsets.UTF_8).length > PANJANG_MAKSIMAL) {
            return Optional.of("Kata sandi maksimal " + PANJANG_MAKSIMAL + " byte.");
        }
        if (UMUM.contains(kataSandi.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Kata sandi ini termasuk kata sandi umum yang mudah ditebak; pilih yang lain.");
        }
        return Optional.empty();
    }

    /** Runs the demo seeder's work with the demo password allowed; nothing else is relaxed. */
    public static <T> T izinkanSandiDemo(Supplier<T> kerja) {
        boolean sebelumnya = SEDANG_MENYEMAI_DEMO.get();
        SEDANG_MENYEMAI_DEMO.set(true);
        try {
            return kerja.get();
        } finally {
            SEDANG_MENYEMAI_DEMO.set(sebelumnya);
        }
    }

    static boolean umum(String kataSandi) {
        return UMUM.contains(kataSandi.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> muat() {
        try (InputStream in = KebijakanKataSandi.class.getResourceAsStream("/kata-sandi/umum.txt")) {
            if (in == null) {
                throw new IllegalStateException("Daftar kata sandi umum (kata-sandi/umum.txt) tidak ditemukan.");
            }
            Set<String> hasil = new HashSet<>();
            BufferedReader baca = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String baris = baca.readLine(); baris != null; baris = baca.readLine()) {
                if (!baris.isBlank() && !baris.startsWith("#")) {
                    hasil.add(baris.strip().toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(hasil);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
