package id.pkd.portal.duafaktor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.MasukHttpUji;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.AkunPengguna;
import id.pkd.portal.keamanan.AutentikasiSebagian;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PembatasMasuk;
import id.pkd.portal.pengguna.Pengguna;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.DataTidakDitemukanException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The second factor at sign-in, through the real sign-in (the authentication manager and HTTP) and the real
 * service the code page calls. Own tenant 27.23; each test its own users.
 */
class DuaFaktorTest extends PortalIntegrationTest {

    private static final String SANDI = "Rahasia-Uji-2024!";
    private static final String TOKEN_BALANGAN = "pkd_demo_balangan_00000000000000000000000000";

    @Autowired
    DaerahService daerah;

    @Autowired
    PenggunaService pengguna;

    @Autowired
    DuaFaktorService duaFaktor;

    @Autowired
    ResetDuaFaktorService reset;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuthenticationConfiguration autentikasi;

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void bersihkanKonteks() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void sesiSebagianHanyaMencapaiHalamanKodeTokenApiTidakTerpengaruh() throws Exception {
        Pengguna p = pengguna("pimpinan.df.http", Peran.PIMPINAN);
        daftarkan(p);
        Authentication sebagian = kataSandi("198.51.100.70", p.username());
        assertThat(sebagian).isInstanceOf(AutentikasiSebagian.class);
        assertThat(sebagian.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("FAKTOR_KEDUA");

        String sesi = masukLewatHttp(p.username());
        for (String jalur : List.of("/", "/pengguna", "/capaian", "/akun/dua-faktor", "/masuk/daftar-kode")) {
            HttpResponse<String> r = get(jalur, sesi);
            assertThat(r.statusCode()).as(jalur).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).as(jalur).hasValueSatisfying(l -> assertThat(l)
                    .endsWith("/masuk/kode"));
        }
        HttpResponse<String> unduh = get("/VAADIN/dynamic/resource/1/0f0f0f0f/lkip-2022.pdf", sesi);
        assertThat(unduh.statusCode()).as("a document download").isEqualTo(302);
        assertThat(unduh.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/masuk/kode"));
        assertThat(get("/masuk/kode", sesi).statusCode()).isEqualTo(200);

        // The API knows no session: the cookie is nothing there, a token works as before.
        assertThat(get("/api/v1/daerah", sesi).statusCode()).isEqualTo(401);
        HttpResponse<String> api = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/daerah"))
                        .header("Authorization", "Bearer " + TOKEN_BALANGAN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("63.11");
    }

    @Test
    void peranWajibTanpaDuaFaktorHarusMendaftarDahuluPeranLainTidak() throws Exception {
        Pengguna admin = pengguna("admin.df.wajib", Peran.ADMIN_DAERAH);
        Pengguna operator = pengguna("operator.df.bebas", Peran.OPERATOR);
        Authentication menungguDaftar = kataSandi("198.51.100.71", admin.username());
        assertThat(menungguDaftar).isInstanceOfSatisfying(AutentikasiSebagian.class, a -> assertThat(a.perluDaftar())
                .isTrue());
        String sesi = masukLewatHttp(admin.username());
        assertThat(get("/", sesi).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/masuk/daftar-kode"));
        assertThat(get("/masuk/kode", sesi).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/masuk/daftar-kode"));
        assertThat(get("/masuk/daftar-kode", sesi).statusCode()).isEqualTo(200);

        // Enrolled meanwhile elsewhere: the waiting partial sign-in, which proved only the password, cannot
        // replace the factor.
        daftarkan(admin);
        sebagai(menungguDaftar);
        RahasiaTotp lain = duaFaktor.rahasiaBaru();
        assertThatThrownBy(() -> duaFaktor.daftarkan(lain, kodeSekarang(lain)))
                .isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();

        Authentication penuh = kataSandi("198.51.100.71", operator.username());
        assertThat(penuh).isNotInstanceOf(AutentikasiSebagian.class);
        assertThat(penuh.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_OPERATOR");
    }

    @Test
    void limaKodeSalahMengunciAkunBahkanUntukKodeDanKataSandiYangBenar() {
        Pengguna p = pengguna("operator.df.kunci", Peran.OPERATOR);
        RahasiaTotp r = daftarkan(p);
        String alamat = "198.51.100.72";
        sebagai(kataSandi(alamat, p.username()));
        String salah = Totp.kode(r.rahasia(), Totp.langkah(Instant.now()) + 7);
        for (int i = 0; i < PembatasMasuk.BATAS_AKUN; i++) {
            HasilKode h = duaFaktor.masukDenganKode(salah, alamat);
            assertThat(h.diterima()).isFalse();
            assertThat(h.pesan()).isEqualTo(DuaFaktorService.PESAN_KODE_SALAH);
        }
        HasilKode terkunci = duaFaktor.masukDenganKode(kodeSekarang(r), alamat);
        assertThat(terkunci.diterima()).isFalse();
        assertThat(terkunci.pesan()).contains("Akun dikunci sementara");
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> kataSandi("198.51.100.73", p.username())).isInstanceOf(LockedException.class);
        assertThat(jejakMasuk(p))
                .contains("kata sandi benar; menunggu kode", "gagal: kode salah", "gagal: akun terkunci");
    }

    @Test
    void kodeYangSudahDipakaiDitolak() {
        Pengguna p = pengguna("verifikator.df.ulang", Peran.VERIFIKATOR);
        RahasiaTotp r = daftarkan(p);
        String alamat = "198.51.100.74";
        // The step enrolment used is spent too; the next step's code is valid now and unused.
        String kode = Totp.kode(r.rahasia(), Totp.langkah(Instant.now()) + 1);
        sebagai(kataSandi(alamat, p.username()));
        assertThat(duaFaktor.masukDenganKode(kode, alamat).diterima()).isTrue();

        sebagai(kataSandi(alamat, p.username()));
        HasilKode ulang = duaFaktor.masukDenganKode(kode, alamat);
        assertThat(ulang.diterima()).isFalse();
        assertThat(ulang.pesan()).contains("sudah dipakai");
        assertThat(jejakMasuk(p)).containsSubsequence("berhasil: kode benar", "gagal: kode sudah dipakai");
    }

    @Test
    void kodePemulihanBerlakuSekaliDanBuatUlangMembatalkanYangLama() {
        Pengguna p = pengguna("pengamat.df.pulih", Peran.PENGAMAT);
        String alamat = "198.51.100.75";
        List<String> kode = daftarkanDenganKode(p);
        assertThat(kode).hasSize(10).allMatch(k -> k.matches("[A-Z0-9]{4}-[A-Z0-9]{4}"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kode_pemulihan k JOIN pengguna p ON p.id = k.akun_id"
                                + " AND k.jenis_akun = 'pengguna' WHERE p.username = ? AND k.hash = ?")
                        .params(p.username(), kode.get(0).getBytes(StandardCharsets.US_ASCII))
                        .query(Long.class)
                        .single())
                .as("stored hashed")
                .isZero();

        sebagai(kataSandi(alamat, p.username()));
        HasilKode pertama = duaFaktor.masukDenganKode(kode.get(0), alamat);
        assertThat(pertama.diterima()).isTrue();
        assertThat(pertama.pesan()).contains("tersisa 9");
        sebagai(kataSandi(alamat, p.username()));
        assertThat(duaFaktor.masukDenganKode(kode.get(0), alamat).diterima()).isFalse();
        assertThat(duaFaktor
                        .masukDenganKode(kode.get(1).toLowerCase().replace("-", " "), alamat)
                        .diterima())
                .isTrue();

        sebagai(new UsernamePasswordAuthenticationToken(
                akun(p), null, List.of(() -> p.peran().authority())));
        List<String> baru = duaFaktor.kodePemulihanBaru();
        assertThat(baru).hasSize(10).doesNotContainAnyElementsOf(kode);
        sebagai(kataSandi(alamat, p.username()));
        assertThat(duaFaktor.masukDenganKode(kode.get(2), alamat).diterima()).isFalse();
        assertThat(duaFaktor.masukDenganKode(baru.get(0), alamat).diterima()).isTrue();
        assertThat(jejakMasuk(p)).contains("berhasil: kode pemulihan dipakai");
    }

    @Test
    void rahasiaTersimpanTerenkripsiDanTerikatPadaAkunnya() {
        Pengguna p = pengguna("operator.df.sandi", Peran.OPERATOR);
        RahasiaTotp r = daftarkan(p);
        byte[] tersimpan = jdbc.sql("SELECT rahasia FROM dua_faktor WHERE jenis_akun = 'pengguna' AND akun_id = ?")
                .param(p.id())
                .query(byte[].class)
                .single();
        assertThat(new String(tersimpan, StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(r.rahasia(), StandardCharsets.ISO_8859_1))
                .doesNotContain(r.base32());
        Pengguna lain = pengguna("operator.df.sandi.lain", Peran.OPERATOR);
        // Copied to another account's row, the secret does not open: that account's sign-in sees no valid factor.
        jdbc.sql("INSERT INTO dua_faktor (jenis_akun, akun_id, rahasia, terdaftar_pada) VALUES ('pengguna', ?, ?,"
                        + " NOW())")
                .params(lain.id(), tersimpan)
                .update();
        sebagai(kataSandi("198.51.100.76", lain.username()));
        assertThatThrownBy(() -> duaFaktor.masukDenganKode(kodeSekarang(r), "198.51.100.76"))
                .hasMessageContaining("kunci induk");
    }

    @Test
    void resetOlehAdminMengakhiriSesiDanMemaksaPendaftaranUlang() throws Exception {
        Pengguna pimpinan = pengguna("pimpinan.df.reset", Peran.PIMPINAN);
        daftarkan(pimpinan);
        String sesi = masukLewatHttp(pimpinan.username());
        assertThat(get("/masuk/kode", sesi).statusCode()).isEqualTo(200);

        sebagaiAdmin(() -> {
            assertThat(reset.terdaftar(pimpinan.id())).isTrue();
            reset.resetDuaFaktor(pimpinan.id());
            return null;
        });
        HttpResponse<String> sesudah = get("/masuk/kode", sesi);
        assertThat(sesudah.statusCode()).isEqualTo(302);
        assertThat(sesudah.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(kataSandi("198.51.100.77", pimpinan.username()))
                .isInstanceOfSatisfying(AutentikasiSebagian.class, a -> assertThat(a.perluDaftar())
                        .isTrue());
        assertThat(jdbc.sql("SELECT nilai_baru FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'pengguna'"
                                + " AND data_id = ? AND isian = 'duaFaktor' ORDER BY id")
                        .params(tenantUji().value(), pimpinan.id())
                        .query(String.class)
                        .list())
                .containsExactly("terdaftar", "direset; didaftarkan ulang saat masuk berikutnya");

        // The portal operator resets a tenant's Admin Daerah, and only an Admin Daerah.
        Pengguna admin = pengguna("admin.df.reset", Peran.ADMIN_DAERAH);
        daftarkan(admin);
        SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> {
            reset.resetDuaFaktor(tenantUji(), admin.id());
            return null;
        });
        assertThat(kataSandi("198.51.100.77", admin.username()))
                .isInstanceOfSatisfying(AutentikasiSebagian.class, a -> assertThat(a.perluDaftar())
                        .isTrue());
        daftarkan(pimpinan);
        assertThatThrownBy(() -> SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> {
                    reset.resetDuaFaktor(tenantUji(), pimpinan.id());
                    return null;
                }))
                .isInstanceOf(DataTidakDitemukanException.class);
    }

    // --- setup ---

    /** Enrols through the service as the signed-in user would, with a code of the current step. */
    private RahasiaTotp daftarkan(Pengguna p) {
        sebagai(new UsernamePasswordAuthenticationToken(
                akun(p), null, List.of(() -> p.peran().authority())));
        RahasiaTotp r = duaFaktor.rahasiaBaru();
        duaFaktor.daftarkan(r, kodeSekarang(r));
        SecurityContextHolder.clearContext();
        return r;
    }

    private List<String> daftarkanDenganKode(Pengguna p) {
        sebagai(new UsernamePasswordAuthenticationToken(
                akun(p), null, List.of(() -> p.peran().authority())));
        RahasiaTotp r = duaFaktor.rahasiaBaru();
        List<String> kode = duaFaktor.daftarkan(r, kodeSekarang(r));
        SecurityContextHolder.clearContext();
        return kode;
    }

    private static String kodeSekarang(RahasiaTotp r) {
        return Totp.kode(r.rahasia(), Totp.langkah(Instant.now()));
    }

    private static AkunPengguna akun(Pengguna p) {
        return new AkunPengguna(p.username(), "", p.namaLengkap(), p.peran(), p.tenantId(), true);
    }

    private static void sebagai(Authentication auth) {
        SecurityContextHolder.getContext().setAuthentication(auth);
    }

    private Authentication kataSandi(String alamat, String nama) {
        AuthenticationManager masuk;
        try {
            masuk = autentikasi.getAuthenticationManager();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(nama, SANDI);
        token.setDetails(new WebAuthenticationDetails(alamat, null));
        return masuk.authenticate(token);
    }

    private List<String> jejakMasuk(Pengguna p) {
        return jdbc.sql("SELECT nilai_baru FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'pengguna'"
                        + " AND data_id = ? AND isian = 'masuk' ORDER BY id")
                .params(p.tenantId(), p.id())
                .query(String.class)
                .list();
    }

    private Pengguna pengguna(String nama, Peran peran) {
        return sebagaiAdmin(
                () -> pengguna.tambah(new PenggunaBaru(nama, SANDI, "Pengguna " + nama, peran, null, null)));
    }

    private <T> T sebagaiAdmin(Supplier<T> kerja) {
        return SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenantUji(), kerja);
    }

    private synchronized TenantId tenantUji() {
        Long id = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = '27.23'")
                .query(Long.class)
                .optional()
                .orElse(null);
        if (id != null) {
            return new TenantId(id);
        }
        return SebagaiSistem.jalankan(
                        Peran.OPERATOR_PORTAL,
                        null,
                        () -> daerah.daftarkan(new DaerahBaru(
                                "27.23",
                                "Kabupaten Uji Dua Faktor",
                                JenisDaerah.KABUPATEN,
                                null,
                                new PenggunaBaru(
                                        "admin.df.uji",
                                        SANDI,
                                        "Admin Uji Dua Faktor",
                                        Peran.ADMIN_DAERAH,
                                        null,
                                        null))))
                .tenantId();
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
}
