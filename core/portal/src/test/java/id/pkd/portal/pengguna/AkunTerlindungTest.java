package id.pkd.portal.pengguna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Password policy where passwords are set, and the last active Admin Daerah of a tenant. Own tenant 26.12. */
class AkunTerlindungTest extends PortalIntegrationTest {

    private static final String SANDI = "Rahasia-Uji-2024!";

    @Autowired
    DaerahService daerah;

    @Autowired
    PenggunaService pengguna;

    @Autowired
    JdbcClient jdbc;

    @Test
    void kataSandiLemahDitolakDiIsiannyaDanTidakTersimpan() {
        TenantId t = tenantUji();
        for (String lemah : new String[] {"12345678", "demo12345", "password1234", "Jakarta2023"}) {
            assertThatThrownBy(() -> sebagaiAdmin(
                            t,
                            () -> pengguna.tambah(new PenggunaBaru(
                                    "lemah.akun", lemah, "Pengguna Lemah", Peran.OPERATOR, null, null))))
                    .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                            .containsOnlyKeys("kataSandi"));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pengguna WHERE username = 'lemah.akun'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void adminPertamaDenganKataSandiLemahMembatalkanPendaftaranDaerah() {
        assertThatThrownBy(() -> SebagaiSistem.jalankan(
                        Peran.OPERATOR_PORTAL,
                        null,
                        () -> daerah.daftarkan(new DaerahBaru(
                                "26.13",
                                "Kabupaten Uji Sandi Lemah",
                                JenisDaerah.KABUPATEN,
                                null,
                                new PenggunaBaru(
                                        "admin.sandi.lemah", "12345678", "Admin", Peran.ADMIN_DAERAH, null, null)))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsKey("kataSandi"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tenant WHERE kode_wilayah = '26.13'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void akunDemoTetapBisaMasukDenganKataSandiDemo() {
        String hash = jdbc.sql("SELECT password_hash FROM pengguna WHERE username = 'admin.balangan'")
                .query(String.class)
                .single();
        assertThat(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().matches("demo12345", hash))
                .isTrue();
    }

    @Test
    void adminDaerahAktifTerakhirTidakBisaDinonaktifkanAtauDiturunkan() {
        TenantId t = tenantUji();
        Pengguna admin = adminPertama(t);
        assertThatThrownBy(() -> ubah(t, admin, Peran.ADMIN_DAERAH, false))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("aktif")
                        .extractingByKey("aktif")
                        .asString()
                        .contains("Admin Daerah aktif terakhir"));
        assertThatThrownBy(() -> ubah(t, admin, Peran.OPERATOR, true))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("peran"));
        Pengguna tetap = sebagaiAdmin(t, () -> pengguna.cari(admin.id()));
        assertThat(tetap.peran()).isEqualTo(Peran.ADMIN_DAERAH);
        assertThat(tetap.aktif()).isTrue();

        // With a second active admin the first may step down; then the second is the last one.
        Pengguna kedua = sebagaiAdmin(
                t,
                () -> pengguna.tambah(
                        new PenggunaBaru("admin.kedua.akun", SANDI, "Admin Kedua", Peran.ADMIN_DAERAH, null, null)));
        assertThat(ubah(t, admin, Peran.ADMIN_DAERAH, false).aktif()).isFalse();
        assertThatThrownBy(() -> ubah(t, kedua, Peran.OPERATOR, true)).isInstanceOf(IsianTidakSahException.class);
        // Reactivating the first admin again is always allowed.
        assertThat(ubah(t, admin, Peran.ADMIN_DAERAH, true).aktif()).isTrue();
        assertThat(ubah(t, kedua, Peran.OPERATOR, true).peran()).isEqualTo(Peran.OPERATOR);
    }

    private Pengguna ubah(TenantId t, Pengguna p, Peran peran, boolean aktif) {
        return sebagaiAdmin(t, () -> pengguna.ubah(p.id(), p.namaLengkap(), peran, null, null, aktif));
    }

    private Pengguna adminPertama(TenantId t) {
        return sebagaiAdmin(t, () -> pengguna.daftar()).stream()
                .filter(p -> p.username().equals("admin.akun.uji"))
                .findFirst()
                .orElseThrow();
    }

    /** The test's own tenant 26.12, created once for this class. */
    private synchronized TenantId tenantUji() {
        Long id = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = '26.12'")
                .query(Long.class)
                .optional()
                .orElse(null);
        if (id != null) {
            return new TenantId(id);
        }
        Daerah d = SebagaiSistem.jalankan(
                Peran.OPERATOR_PORTAL,
                null,
                () -> daerah.daftarkan(new DaerahBaru(
                        "26.12",
                        "Kabupaten Uji Akun",
                        JenisDaerah.KABUPATEN,
                        null,
                        new PenggunaBaru("admin.akun.uji", SANDI, "Admin Uji Akun", Peran.ADMIN_DAERAH, null, null))));
        return d.tenantId();
    }

    private static <T> T sebagaiAdmin(TenantId t, Supplier<T> kerja) {
        return SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, t, kerja);
    }
}
