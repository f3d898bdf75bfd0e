package id.pkd.portal.pengguna;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KebijakanKataSandiTest {

    @Test
    void kataSandiPendekDitolak() {
        assertThat(KebijakanKataSandi.periksa("12345678")).hasValue("Kata sandi minimal 12 karakter.");
        assertThat(KebijakanKataSandi.periksa("Xk7#pQ2!wLm")).hasValue("Kata sandi minimal 12 karakter.");
        assertThat(KebijakanKataSandi.periksa("")).isPresent();
        assertThat(KebijakanKataSandi.periksa(null)).isPresent();
    }

    @Test
    void kataSandiUmumDitolakTanpaMemandangHurufBesar() {
        assertThat(KebijakanKataSandi.periksa("password1234")).get().asString().contains("kata sandi umum");
        assertThat(KebijakanKataSandi.periksa("Indonesia2024")).get().asString().contains("kata sandi umum");
        assertThat(KebijakanKataSandi.periksa("123456789012")).get().asString().contains("kata sandi umum");
        assertThat(KebijakanKataSandi.periksa("QWERTY123456")).get().asString().contains("kata sandi umum");
        assertThat(KebijakanKataSandi.periksa("bismillah123")).get().asString().contains("kata sandi umum");
    }

    @Test
    void daftarKataSandiUmumBerisiRibuan() {
        assertThat(KebijakanKataSandi.umum("sayangku2020")).isTrue();
        assertThat(KebijakanKataSandi.umum("rahasia123456")).isTrue();
        assertThat(KebijakanKataSandi.umum("kuda-laut-terbang-7")).isFalse();
    }

    @Test
    void kataSandiPanjangYangTidakUmumDiterima() {
        assertThat(KebijakanKataSandi.periksa("kuda-laut-terbang-7")).isEmpty();
        assertThat(KebijakanKataSandi.periksa("Rahasia-Uji-2024!")).isEmpty();
    }

    @Test
    void kataSandiDemoHanyaDiterimaSaatMenyemaiDemo() {
        assertThat(KebijakanKataSandi.periksa("demo12345")).isPresent();
        assertThat(KebijakanKataSandi.izinkanSandiDemo(() -> KebijakanKataSandi.periksa("demo12345")))
                .isEmpty();
        // Only the exact demo password is exempt, not weak passwords in general.
        assertThat(KebijakanKataSandi.izinkanSandiDemo(() -> KebijakanKataSandi.periksa("12345678")))
                .isPresent();
        assertThat(KebijakanKataSandi.periksa("demo12345")).isPresent();
    }
}
