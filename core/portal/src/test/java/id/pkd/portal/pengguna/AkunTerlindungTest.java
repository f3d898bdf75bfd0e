package id.pkd.portal.pengguna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.MasukHttpUji;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.IsianTidakSahException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password policy where passwords are set, and the last active Admin Daerah of a tenant. Own tenant 26.12. */
class AkunTerlindungTest extends PortalIntegrationTest {

    private static final String SANDI = "Rahasia-Uji-2024!";

    @Autowired
    DaerahService daerah;

    @Autowired
    PenggunaService pengguna;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuthenticationConfiguration autentikasi;

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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

    @Test
    void akunDikunciSetelahLimaKegagalanSampaiAdminMembukanya() throws Exception {
        TenantId t = tenantUji();
        Pengguna p = sebagaiAdmin(
                t,
                () -> pengguna.tambah(
                        new PenggunaBaru("operator.dikunci", SANDI, "Operator Dikunci", Peran.OPERATOR, null, null)));
        AuthenticationManager masuk = autentikasi.getAuthenticationManager();
        for (int i = 0; i < PembatasMasuk.BATAS_AKUN; i++) {
            assertThatThrownBy(() -> masuk.authenticate(dari("198.51.100.1", "operator.dikunci", "salah-sandi-" + 7)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        // The right password no longer gets through, from any address.
        assertThatThrownBy(() -> masuk.authenticate(dari("198.51.100.2", "operator.dikunci", SANDI)))
                .isInstanceOf(LockedException.class)
                .hasMessageMatching("Akun dikunci sementara karena terlalu banyak percobaan masuk; coba lagi pukul"
                        + " \\d\\d:\\d\\d atau minta Admin Daerah membukanya\\.");
        assertThat(sebagaiAdmin(t, () -> pengguna.masukTerkunciSampai(p.id()))).isPresent();

        sebagaiAdmin(t, () -> {
            pengguna.bukaKunciMasuk(p.id());
            return null;
        });
        assertThat(sebagaiAdmin(t, () -> pengguna.masukTerkunciSampai(p.id()))).isEmpty();
        assertThat(masuk.authenticate(dari("198.51.100.2", "operator.dikunci", SANDI))
                        .isAuthenticated())
                .isTrue();
        assertThat(jdbc.sql("SELECT nilai_baru FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'pengguna'"
                                + " AND data_id = ? AND isian = 'kunciMasuk'")
                        .params(t.value(), p.id())
                        .query(String.class)
                        .list())
                .containsExactly("dibuka");
        assertThat(jdbc.sql("SELECT nilai_baru FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'pengguna'"
                                + " AND data_id = ? AND isian = 'masuk' ORDER BY id")
                        .params(t.value(), p.id())
                        .query(String.class)
                        .list())
                .as("every attempt stays on the trail")
                .hasSize(PembatasMasuk.BATAS_AKUN + 2)
                .contains("gagal: akun terkunci")
                .endsWith("berhasil");
    }

    @Test
    void alamatDibatasiSetelahDuaPuluhKegagalan() throws Exception {
        TenantId t = tenantUji();
        sebagaiAdmin(
                t,
                () -> pengguna.tambah(
                        new PenggunaBaru("pengamat.alamat", SANDI, "Pengamat Alamat", Peran.PENGAMAT, null, null)));
        AuthenticationManager masuk = autentikasi.getAuthenticationManager();
        for (int i = 0; i < PembatasMasuk.BATAS_ALAMAT; i++) {
            String nama = "tebakan." + i;
            assertThatThrownBy(() -> masuk.authenticate(dari("203.0.113.9", nama, "salah-sandi")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> masuk.authenticate(dari("203.0.113.9", "pengamat.alamat", SANDI)))
                .isInstanceOf(LockedException.class)
                .hasMessageContaining("dari alamat ini");
        assertThat(masuk.authenticate(dari("203.0.113.10", "pengamat.alamat", SANDI))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void akunNonaktifDiberitahuHanyaSetelahKataSandiBenar() throws Exception {
        TenantId t = tenantUji();
        Pengguna p = sebagaiAdmin(
                t,
                () -> pengguna.tambah(
                        new PenggunaBaru("pengamat.nonaktif", SANDI, "Pengamat Nonaktif", Peran.PENGAMAT, null, null)));
        ubah(t, p, Peran.PENGAMAT, false);
        AuthenticationManager masuk = autentikasi.getAuthenticationManager();
        assertThatThrownBy(() -> masuk.authenticate(dari("198.51.100.20", "pengamat.nonaktif", "salah-sandi-9")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> masuk.authenticate(dari("198.51.100.20", "pengamat.nonaktif", SANDI)))
                .isInstanceOf(DisabledException.class)
                .hasMessageContaining("Akun dinonaktifkan");
    }

    @Test
    void sesiTerbukaBerakhirSaatAkunDinonaktifkanAtauPerannyaDiubah() throws Exception {
        TenantId t = tenantUji();
        Pengguna nonaktif = sebagaiAdmin(
                t,
                () -> pengguna.tambah(
                        new PenggunaBaru("operator.sesi.a", SANDI, "Operator Sesi A", Peran.OPERATOR, null, null)));
        Pengguna diturunkan = sebagaiAdmin(
                t,
                () -> pengguna.tambah(
                        new PenggunaBaru("operator.sesi.b", SANDI, "Operator Sesi B", Peran.OPERATOR, null, null)));
        Pengguna tetap = sebagaiAdmin(
                t,
                () -> pengguna.tambah(
                        new PenggunaBaru("operator.sesi.c", SANDI, "Operator Sesi C", Peran.OPERATOR, null, null)));
        String sesiA = masukLewatHttp("operator.sesi.a");
        String sesiB = masukLewatHttp("operator.sesi.b");
        String sesiC = masukLewatHttp("operator.sesi.c");
        for (String sesi : List.of(sesiA, sesiB, sesiC)) {
            assertThat(get("/", sesi).statusCode()).isEqualTo(200);
        }

        ubah(t, nonaktif, Peran.OPERATOR, false);
        ubah(t, diturunkan, Peran.PENGAMAT, true);

        for (String sesi : List.of(sesiA, sesiB)) {
            HttpResponse<String> berikutnya = get("/", sesi);
            assertThat(berikutnya.statusCode()).isEqualTo(302);
            assertThat(berikutnya.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            // Ended for good: the old session cookie does not open the portal again.
            assertThat(get("/", sesi).statusCode()).isEqualTo(302);
        }
        assertThat(get("/", sesiC).statusCode())
                .as("another user's session is untouched")
                .isEqualTo(200);
        assertThat(tetap.aktif()).isTrue();
    }

    private String masukLewatHttp(String nama) throws Exception {
        return new MasukHttpUji(port).masuk(nama, SANDI);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return new MasukHttpUji(port).get(path, cookie);
    }

    private static String cookieSesi(HttpResponse<?> r) {
        return MasukHttpUji.cookieSesi(r);
    }

    private static UsernamePasswordAuthenticationToken dari(String alamat, String nama, String sandi) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(nama, sandi);
        token.setDetails(new WebAuthenticationDetails(alamat, null));
        return token;
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
