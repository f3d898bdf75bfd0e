package id.pkd.portal.duafaktor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 6238 Appendix B, the SHA-1 rows, and the window and secret format the portal uses. */
class TotpTest {

    /** The RFC's seed for HMAC-SHA1: the ASCII of "12345678901234567890". */
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** One row of the RFC's table: Time (sec), "T (hex)", TOTP (8 digits), Mode SHA1. */
    record Vektor(long timeSec, String tHex, String totp) {}

    private static final List<Vektor> APPENDIX_B = List.of(
            new Vektor(59L, "0000000000000001", "94287082"),
            new Vektor(1111111109L, "00000000023523EC", "07081804"),
            new Vektor(1111111111L, "00000000023523ED", "14050471"),
            new Vektor(1234567890L, "000000000273EF07", "89005924"),
            new Vektor(2000000000L, "0000000003F940AA", "69279037"),
            new Vektor(20000000000L, "0000000027BC86AA", "65353130"));

    @Test
    void vektorUjiRfc6238LampiranBSha1() {
        for (Vektor v : APPENDIX_B) {
            long t = Totp.langkah(Instant.ofEpochSecond(v.timeSec()));
            assertThat(String.format("%016X", t)).as("T at %d s", v.timeSec()).isEqualTo(v.tHex());
            assertThat(Totp.kode(SEED, t, "HmacSHA1", 8))
                    .as("TOTP at %d s", v.timeSec())
                    .isEqualTo(v.totp());
            // The six digits an app shows are the last six of the same truncation.
            assertThat(Totp.kode(SEED, t)).isEqualTo(v.totp().substring(2));
        }
    }

    @Test
    void kodeDiterimaSatuLangkahKeKiriDanKananSajaDanLangkahnyaDikembalikan() {
        Instant sekarang = Instant.ofEpochSecond(1111111111L);
        long t = Totp.langkah(sekarang);
        for (long s = t - 1; s <= t + 1; s++) {
            assertThat(Totp.cocokkan(SEED, Totp.kode(SEED, s), sekarang)).hasValue(s);
        }
        assertThat(Totp.cocokkan(SEED, Totp.kode(SEED, t - 2), sekarang)).isEmpty();
        assertThat(Totp.cocokkan(SEED, Totp.kode(SEED, t + 2), sekarang)).isEmpty();
        assertThat(Totp.cocokkan(SEED, "12345", sekarang)).isEmpty();
        assertThat(Totp.cocokkan(SEED, "abcdef", sekarang)).isEmpty();
        assertThat(Totp.cocokkan(SEED, null, sekarang)).isEmpty();
    }

    @Test
    void rahasiaBaru160BitDalamBase32DanUriAplikasiAutentikator() {
        RahasiaTotp r = RahasiaTotp.baru("admin.balangan");
        assertThat(r.rahasia()).hasSize(20);
        assertThat(r.base32()).matches("[A-Z2-7]{32}");
        assertThat(Base32.dekode(r.base32Berkelompok().toLowerCase())).isEqualTo(r.rahasia());
        assertThat(r.base32Berkelompok()).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        assertThat(r.uri())
                .isEqualTo("otpauth://totp/Portal%20Kinerja%20Daerah:admin.balangan?secret=" + r.base32()
                        + "&issuer=Portal%20Kinerja%20Daerah&algorithm=SHA1&digits=6&period=30");
        assertThat(RahasiaTotp.baru("x").base32()).isNotEqualTo(r.base32());
        // RFC 4648 section 10.
        assertThat(Base32.kode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Base32.dekode("MZXW6YTBOI======"), StandardCharsets.US_ASCII))
                .isEqualTo("foobar");
    }

    @Test
    void kodePemulihanSepuluhBerkelompokDanDisimpanSebagaiHashBergaram() {
        List<String> kode = KodePemulihan.baru();
        assertThat(kode)
                .hasSize(10)
                .doesNotHaveDuplicates()
                .allMatch(k -> k.matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}"));
        byte[] garam = KodePemulihan.garam();
        String k = kode.get(0);
        assertThat(KodePemulihan.hash(garam, k.toLowerCase().replace("-", " ")))
                .isEqualTo(KodePemulihan.hash(garam, k));
        assertThat(KodePemulihan.hash(KodePemulihan.garam(), k)).isNotEqualTo(KodePemulihan.hash(garam, k));
    }
}
