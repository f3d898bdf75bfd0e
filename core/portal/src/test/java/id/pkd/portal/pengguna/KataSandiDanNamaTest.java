package id.pkd.portal.pengguna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.MasukHttpUji;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.AkunPengguna;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.DataTidakDitemukanException;
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
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password change and reset, the operator's repair of a tenant, and usernames unique per tenant. Own tenants
 * 27.41–27.46 and 27.49, each created by the test that uses it.
 */
class KataSandiDanNamaTest extends PortalIntegrationTest {

    private static final String SANDI = "Rahasia-Uji-2024!";
    private static final String SANDI_LAIN = "Kata-Sandi-Lain-77";

    @Autowired
    DaerahService daerah;

    @Autowired
    PenggunaService pengguna;

    @Autowired
    KataSandiService kataSandi;

    @Autowired
    PemulihanDaerahService pemulihan;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuthenticationConfiguration autentikasi;

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void gantiSandiMengakhiriSesiLainDanSesiIniTetap() throws Exception {
        TenantId t = daerahBaru("27.41", "admin.ganti.uji");
        sebagaiAdmin(
                t,
                () -> pengguna.tambah(
                        new PenggunaBaru("operator.ganti.uji", SANDI, "Operator Ganti", Peran.OPERATOR, null, null)));
        // Another account of the region, of a role that signs in without a second factor (the admin would stop at it).
        sebagaiAdmin(
                t,
                () -> pengguna.tambah(new PenggunaBaru(
                        "verifikator.ganti.uji", SANDI, "Verifikator Ganti", Peran.VERIFIKATOR, null, null)));
        AkunPengguna akun = akun("operator.ganti.uji", Peran.OPERATOR, t);
        String sesiIni = masukLewatHttp("operator.ganti.uji", SANDI);
        String sesiLain = masukLewatHttp("operator.ganti.uji", SANDI);
        String sesiAdmin = masukLewatHttp("verifikator.ganti.uji", SANDI);

        // Every refusal names its field; nothing is changed.
        assertThatThrownBy(() -> sebagaiAkun(akun, () -> ganti("salah-sandi-lama", SANDI_LAIN, SANDI_LAIN, null)))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("sandiLama"));
        assertThatThrownBy(() -> sebagaiAkun(akun, () -> ganti(SANDI, "12345678", "12345678", null)))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("sandiBaru"));
        assertThatThrownBy(() -> sebagaiAkun(akun, () -> ganti(SANDI, SANDI_LAIN, SANDI_LAIN + "x", null)))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("sandiUlang"));
        assertThatThrownBy(() -> sebagaiAkun(akun, () -> ganti(SANDI, SANDI, SANDI, null)))
                .isInstanceOf(IsianTidakSahException.class);
        for (String sesi : List.of(sesiIni, sesiLain)) {
            assertThat(get("/", sesi).statusCode()).isEqualTo(200);
        }
        // Guessing the current password counts against the account like failed sign-ins.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gagal_masuk WHERE jenis = 'akun' AND kunci = ?")
                        .param("operator.ganti.uji@27.41")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        sebagaiAkun(akun, () -> ganti(SANDI, SANDI_LAIN, SANDI_LAIN, idSesi(sesiIni)));

        assertThat(get("/", sesiLain).statusCode())
                .as("another session of the account ends")
                .isEqualTo(302);
        assertThat(get("/", sesiIni).statusCode())
                .as("the session that changed it stays")
                .isEqualTo(200);
        assertThat(get("/", sesiAdmin).statusCode())
                .as("another account is untouched")
                .isEqualTo(200);
        AuthenticationManager masuk = autentikasi.getAuthenticationManager();
        assertThatThrownBy(() -> masuk.authenticate(dari("198.51.100.41", "operator.ganti.uji", SANDI)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(masuk.authenticate(dari("198.51.100.41", "operator.ganti.uji", SANDI_LAIN))
                        .isAuthenticated())
                .isTrue();
        assertThat(jejak(t, "kataSandi")).containsExactly("diganti oleh pemiliknya");
    }

    @Test
    void aturUlangOlehAdminMewajibkanGantiDanMembukaKunci() throws Exception {
        TenantId t = daerahBaru("27.42", "admin.reset.uji");
        Pengguna p = sebagaiAdmin(
                t,
                () -> pengguna.tambah(
                        new PenggunaBaru("pimpinan.reset.uji", SANDI, "Pimpinan Reset", Peran.PIMPINAN, null, null)));
        AuthenticationManager masuk = autentikasi.getAuthenticationManager();
        String sesi = masukLewatHttp("pimpinan.reset.uji", SANDI);
        for (int i = 0; i < PembatasMasuk.BATAS_AKUN; i++) {
            assertThatThrownBy(() -> masuk.authenticate(dari("198.51.100.42", "pimpinan.reset.uji", "salah-sandi-x")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(sebagaiAdmin(t, () -> pengguna.masukTerkunciSampai(p.id()))).isPresent();

        String sementara = sebagaiAdmin(t, () -> kataSandi.aturUlangSandi(p.id()));

        assertThat(KebijakanKataSandi.periksa(sementara)).isEmpty();
        assertThat(sebagaiAdmin(t, () -> pengguna.masukTerkunciSampai(p.id())))
                .as("reset lifts the lock")
                .isEmpty();
        assertThat(get("/", sesi).statusCode()).as("reset ends open sessions").isEqualTo(302);
        assertThatThrownBy(() -> masuk.authenticate(dari("198.51.100.42", "pimpinan.reset.uji", SANDI)))
                .isInstanceOf(BadCredentialsException.class);
        Authentication sementaraMasuk = masuk.authenticate(dari("198.51.100.42", "pimpinan.reset.uji", sementara));
        AkunPengguna akun = (AkunPengguna) sementaraMasuk.getPrincipal();
        assertThat(sebagaiAkun(akun, kataSandi::wajibGantiSandi)).isTrue();
        // Only a fully signed-in account is held: a sign-in waiting for its second factor holds no role.
        assertThat(sebagaiOtoritas(akun, "FAKTOR_KEDUA", kataSandi::wajibGantiSandi))
                .isFalse();

        sebagaiAkun(akun, () -> ganti(sementara, SANDI_LAIN, SANDI_LAIN, null));
        assertThat(sebagaiAkun(akun, kataSandi::wajibGantiSandi)).isFalse();
        assertThat(jejak(t, "kataSandi"))
                .containsExactly("diatur ulang; wajib diganti saat masuk", "diganti oleh pemiliknya");
        // An admin resets others, not their own password.
        Pengguna admin = sebagaiAdmin(t, () -> pengguna.daftar()).stream()
                .filter(x -> x.username().equals("admin.reset.uji"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> sebagaiAkun(
                        akun("admin.reset.uji", Peran.ADMIN_DAERAH, t), () -> kataSandi.aturUlangSandi(admin.id())))
                .isInstanceOf(IsianTidakSahException.class);
    }

    @Test
    void operatorMemulihkanDaerahYangAdminTunggalnyaNonaktifDanTerkunci() throws Exception {
        TenantId t = daerahBaru("27.43", "admin.pulih.uji");
        Pengguna operatorDaerah = sebagaiAdmin(
                t,
                () -> pengguna.tambah(
                        new PenggunaBaru("operator.pulih.uji", SANDI, "Operator Pulih", Peran.OPERATOR, null, null)));
        AuthenticationManager masuk = autentikasi.getAuthenticationManager();
        for (int i = 0; i < PembatasMasuk.BATAS_AKUN; i++) {
            assertThatThrownBy(() -> masuk.authenticate(dari("198.51.100.43", "admin.pulih.uji@27.43", "salah-x")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        // A state the services refuse to make (the last admin deactivated), as an older portal could leave it.
        jdbc.sql("UPDATE pengguna SET aktif = FALSE WHERE tenant_id = ? AND username = 'admin.pulih.uji'")
                .param(t.value())
                .update();

        List<PemulihanDaerahService.RingkasanPengguna> daftar = sebagaiOperator(() -> pemulihan.daftar(t));
        var admin = daftar.stream().filter(p -> p.admin()).findFirst().orElseThrow();
        assertThat(admin.aktif()).isFalse();
        assertThat(admin.terkunciSampai()).isNotNull();
        assertThat(daftar)
                .extracting(PemulihanDaerahService.RingkasanPengguna::username)
                .containsExactlyInAnyOrder("admin.pulih.uji", "operator.pulih.uji");
        assertThatThrownBy(() -> sebagaiOperator(() -> pemulihan.aturUlangSandiAdmin(t, operatorDaerah.id())))
                .as("the operator acts on a tenant's admins only")
                .isInstanceOf(DataTidakDitemukanException.class);

        sebagaiOperator(() -> {
            pemulihan.aktifkanAdmin(t, admin.id());
            pemulihan.bukaKunciMasukAdmin(t, admin.id());
            return null;
        });
        assertThat(sebagaiOperator(() -> pemulihan.daftar(t)))
                .filteredOn(PemulihanDaerahService.RingkasanPengguna::admin)
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.aktif()).isTrue();
                    assertThat(a.terkunciSampai()).isNull();
                });
        assertThat(masuk.authenticate(dari("198.51.100.43", "admin.pulih.uji", SANDI))
                        .isAuthenticated())
                .isTrue();
        String sementara = sebagaiOperator(() -> pemulihan.aturUlangSandiAdmin(t, admin.id()));
        assertThat(masuk.authenticate(dari("198.51.100.43", "admin.pulih.uji", sementara))
                        .isAuthenticated())
                .isTrue();
        Pengguna kedua = sebagaiOperator(() -> pemulihan.tambahAdmin(
                t, new PenggunaBaru("admin.kedua.pulih", SANDI, "Admin Kedua", Peran.ADMIN_DAERAH, null, null)));
        assertThat(kedua.tenant()).isEqualTo(t);
        assertThatThrownBy(() -> sebagaiAdmin(t, () -> pemulihan.daftar(t)))
                .as("only the portal operator")
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        // Each repair is on the tenant's own trail, as done by the operator.
        assertThat(jdbc.sql("SELECT CONCAT(oleh, ' ', isian, ' ', nilai_baru) FROM jejak_audit WHERE tenant_id = ?"
                                + " AND jenis_data = 'pengguna' AND data_id = ? AND isian <> 'masuk' ORDER BY id")
                        .params(t.value(), admin.id())
                        .query(String.class)
                        .list())
                .containsSubsequence(
                        "sistem aktif aktif",
                        "sistem kunciMasuk dibuka",
                        "sistem kataSandi diatur ulang; wajib diganti saat masuk");
    }

    @Test
    void namaPenggunaUnikPerDaerahDanMasukMengenaliAkunnya() throws Exception {
        TenantId a = daerahBaru("27.44", "admin.kembar.a");
        TenantId b = daerahBaru("27.45", "admin.kembar.b");
        Pengguna diA = sebagaiAdmin(
                a,
                () -> pengguna.tambah(new PenggunaBaru("kembar.uji", SANDI, "Kembar A", Peran.OPERATOR, null, null)));
        // A name used in another tenant is free here; "sudah dipakai" speaks of this tenant only.
        Pengguna diB = sebagaiAdmin(
                b,
                () -> pengguna.tambah(
                        new PenggunaBaru("kembar.uji", SANDI_LAIN, "Kembar B", Peran.PENGAMAT, null, null)));
        assertThat(diB.tenant()).isEqualTo(b);
        assertThatThrownBy(() -> sebagaiAdmin(
                        b,
                        () -> pengguna.tambah(
                                new PenggunaBaru("kembar.uji", SANDI, "Kembar B2", Peran.PENGAMAT, null, null))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("username"));

        AuthenticationManager masuk = autentikasi.getAuthenticationManager();
        assertThat(tenantMasuk(masuk, "kembar.uji", SANDI)).isEqualTo(a.value());
        assertThat(tenantMasuk(masuk, "kembar.uji", SANDI_LAIN)).isEqualTo(b.value());
        assertThat(tenantMasuk(masuk, "kembar.uji@27.44", SANDI)).isEqualTo(a.value());
        assertThat(tenantMasuk(masuk, " Kembar.Uji@27.45 ", SANDI_LAIN)).isEqualTo(b.value());
        assertThatThrownBy(() -> masuk.authenticate(dari("198.51.100.44", "kembar.uji@27.45", SANDI)))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> masuk.authenticate(dari("198.51.100.44", "kembar.uji", "salah-sandi-kembar")))
                .isInstanceOf(BadCredentialsException.class);
        // The demo accounts keep their bare names.
        assertThat(tenantMasuk(masuk, "admin.balangan", KebijakanKataSandi.SANDI_DEMO))
                .isEqualTo(tenant("63.11").value());

        // A third tenant's account of that name with A's password: the bare name no longer tells which account is
        // meant, so it is refused like a wrong password; the qualified names still work.
        TenantId c = daerahBaru("27.49", "admin.kembar.c");
        sebagaiAdmin(
                c,
                () -> pengguna.tambah(new PenggunaBaru("kembar.uji", SANDI, "Kembar C", Peran.OPERATOR, null, null)));
        assertThatThrownBy(() -> masuk.authenticate(dari("198.51.100.44", "kembar.uji", SANDI)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(tenantMasuk(masuk, "kembar.uji@27.49", SANDI)).isEqualTo(c.value());
        assertThat(tenantMasuk(masuk, "kembar.uji", SANDI_LAIN)).isEqualTo(b.value());
        jdbc.sql("UPDATE pengguna SET aktif = FALSE WHERE tenant_id = ?")
                .param(c.value())
                .update();

        // The lockout counts per account: A locked through its qualified name, also for its bare name; B is not.
        for (int i = 0; i < PembatasMasuk.BATAS_AKUN; i++) {
            assertThatThrownBy(() -> masuk.authenticate(dari("198.51.100.45", "kembar.uji@27.44", "salah-" + 1)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> masuk.authenticate(dari("198.51.100.45", "kembar.uji@27.44", SANDI)))
                .isInstanceOf(LockedException.class);
        assertThat(sebagaiAdmin(a, () -> pengguna.masukTerkunciSampai(diA.id())))
                .isPresent();
        assertThat(sebagaiAdmin(b, () -> pengguna.masukTerkunciSampai(diB.id())))
                .isEmpty();
        assertThat(tenantMasuk(masuk, "kembar.uji", SANDI_LAIN)).isEqualTo(b.value());
        assertThatThrownBy(() -> masuk.authenticate(dari("198.51.100.45", "kembar.uji", SANDI)))
                .as("the locked account is not signed in through its bare name either")
                .isInstanceOf(BadCredentialsException.class);

        // Each sign-in went to its own tenant's trail.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM jejak_audit WHERE tenant_id = ? AND data_id = ? AND isian = 'masuk'"
                                + " AND nilai_baru = 'berhasil'")
                        .params(b.value(), diB.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void operatorMembukaKunciAlamat() throws Exception {
        daerahBaru("27.46", "admin.alamat.uji");
        AuthenticationManager masuk = autentikasi.getAuthenticationManager();
        for (int i = 0; i < PembatasMasuk.BATAS_ALAMAT; i++) {
            String nama = "tebakan.alamat." + i;
            assertThatThrownBy(() -> masuk.authenticate(dari("203.0.113.41", nama, "salah-sandi")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> masuk.authenticate(dari("203.0.113.41", "admin.alamat.uji", SANDI)))
                .isInstanceOf(LockedException.class);
        assertThat(sebagaiOperator(() -> pemulihan.alamatTerkunci()))
                .extracting(PembatasMasuk.AlamatTerkunci::alamat)
                .contains("203.0.113.41");

        sebagaiOperator(() -> {
            pemulihan.bukaKunciAlamat("203.0.113.41");
            return null;
        });

        assertThat(sebagaiOperator(() -> pemulihan.alamatTerkunci()))
                .extracting(PembatasMasuk.AlamatTerkunci::alamat)
                .doesNotContain("203.0.113.41");
        assertThat(masuk.authenticate(dari("203.0.113.41", "admin.alamat.uji", SANDI))
                        .isAuthenticated())
                .isTrue();
    }

    private Long tenantMasuk(AuthenticationManager masuk, String nama, String sandi) {
        return ((AkunPengguna)
                        masuk.authenticate(dari("198.51.100.44", nama, sandi)).getPrincipal())
                .tenant();
    }

    private Void ganti(String lama, String baru, String ulang, String sesi) {
        kataSandi.gantiSandi(lama, baru, ulang, sesi);
        return null;
    }

    private List<String> jejak(TenantId t, String isian) {
        return jdbc.sql("SELECT nilai_baru FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'pengguna'"
                        + " AND isian = ? ORDER BY id")
                .params(t.value(), isian)
                .query(String.class)
                .list();
    }

    private TenantId daerahBaru(String kode, String admin) {
        return sebagaiOperator(() -> daerah.daftarkan(new DaerahBaru(
                        kode,
                        "Kabupaten Uji " + kode,
                        JenisDaerah.KABUPATEN,
                        null,
                        new PenggunaBaru(admin, SANDI, "Admin " + kode, Peran.ADMIN_DAERAH, null, null))))
                .tenantId();
    }

    private static AkunPengguna akun(String username, Peran peran, TenantId t) {
        return new AkunPengguna(username, "", username, peran, t.value(), true);
    }

    private static <T> T sebagaiAkun(AkunPengguna akun, Supplier<T> kerja) {
        return sebagaiOtoritas(akun, akun.peran().authority(), kerja);
    }

    private static <T> T sebagaiOtoritas(AkunPengguna akun, String otoritas, Supplier<T> kerja) {
        SecurityContext sebelumnya = SecurityContextHolder.getContext();
        SecurityContext konteks = SecurityContextHolder.createEmptyContext();
        konteks.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                akun, null, List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(otoritas))));
        SecurityContextHolder.setContext(konteks);
        try {
            return kerja.get();
        } finally {
            SecurityContextHolder.setContext(sebelumnya);
        }
    }

    private static <T> T sebagaiAdmin(TenantId t, Supplier<T> kerja) {
        return SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, t, kerja);
    }

    private static <T> T sebagaiOperator(Supplier<T> kerja) {
        return SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, kerja);
    }

    private String masukLewatHttp(String nama, String sandi) throws Exception {
        return new MasukHttpUji(port).masuk(nama, sandi);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return new MasukHttpUji(port).get(path, cookie);
    }

    private static String idSesi(String cookie) {
        return cookie.substring("JSESSIONID=".length());
    }

    private static String cookieSesi(HttpResponse<?> r) {
        return MasukHttpUji.cookieSesi(r);
    }

    private static UsernamePasswordAuthenticationToken dari(String alamat, String nama, String sandi) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(nama, sandi);
        token.setDetails(new WebAuthenticationDetails(alamat, null));
        return token;
    }
}
