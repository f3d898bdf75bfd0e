package id.pkd.portal.jejak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Pengguna;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.plugin.PluginDaerahService;
import id.pkd.portal.tenant.TenantId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/**
 * What moves an access right is on the trail: tenant registration, users and roles, plugin
 * switches, and sign-ins through the portal's real authentication manager.
 */
class JejakAksesTest extends PortalIntegrationTest {

    static final String ADMIN = "admin.jejak.akses";

    @Autowired
    DaerahService daerah;

    @Autowired
    PenggunaService pengguna;

    @Autowired
    PluginDaerahService plugins;

    @Autowired
    VerifikasiJejakService verifikasi;

    @Autowired
    AuthenticationConfiguration autentikasi;

    @Autowired
    JdbcClient jdbc;

    TenantId tenant;

    @BeforeEach
    void daerahSendiri() {
        tenant = DaerahUjiJejak.pastikan(daerah, jdbc, "63.08", ADMIN);
    }

    @Test
    void pendaftaranDaerahDanAdminPertamaTercatatDiJejakDaerahBaru() {
        assertThat(entri("daerah")).singleElement().satisfies(j -> {
            assertThat(j.isian()).isEqualTo("didaftarkan");
            assertThat(j.nilaiBaru()).isEqualTo("63.08 Kabupaten Uji Jejak 63.08");
            assertThat(j.oleh()).isEqualTo("sistem");
            assertThat(j.urut()).isEqualTo(1);
        });
        assertThat(entri("pengguna"))
                .anySatisfy(j -> assertThat(j.nilaiBaru()).isEqualTo(ADMIN + " (Admin Daerah, aktif)"));
    }

    @Test
    void penggunaBaruPerubahanPeranDanNonaktifTercatatPerIsian() {
        Pengguna baru = sebagaiAdmin(() -> pengguna.tambah(new PenggunaBaru(
                "verifikator.jejak", "Rahasia-Uji-2024!", "Verifikator Jejak", Peran.VERIFIKATOR, null, null)));
        sebagaiAdmin(() -> pengguna.ubah(baru.id(), "Verifikator Jejak", Peran.PIMPINAN, null, "Sekda", false));
        sebagaiAdmin(() -> pengguna.ubah(baru.id(), "Verifikator Jejak", Peran.PIMPINAN, null, "Sekda", false));

        assertThat(entriData("pengguna", baru.id()))
                .extracting(j -> j.isian() + ": " + j.nilaiLama() + " → " + j.nilaiBaru())
                .containsExactly(
                        "dibuat: null → verifikator.jejak (Verifikator, aktif)",
                        "peran: Verifikator → Pimpinan",
                        "jabatan: null → Sekda",
                        "aktif: aktif → nonaktif");
        assertThat(entriData("pengguna", baru.id()))
                .allSatisfy(j -> assertThat(j.oleh()).isEqualTo("sistem"));
    }

    @Test
    void pluginDinyalakanDanDimatikanTercatat() {
        sebagaiAdmin(() -> {
            plugins.atur("urusan-pmd", true);
            plugins.atur("urusan-pmd", true);
            plugins.atur("urusan-pmd", false);
            return null;
        });
        assertThat(entri("plugin"))
                .extracting(j -> j.dataId() + " " + j.isian() + ": " + j.nilaiLama() + " → " + j.nilaiBaru())
                .containsSubsequence(
                        tenant.value() + " urusan-pmd: nonaktif → aktif",
                        tenant.value() + " urusan-pmd: aktif → nonaktif");
        assertThat(entri("plugin")).hasSize(2);
    }

    @Test
    void masukBerhasilDanGagalTercatatDiDaerahPenggunaNamaTakDikenalTidak() throws Exception {
        AuthenticationManager masuk = autentikasi.getAuthenticationManager();
        long idAdmin = jdbc.sql("SELECT id FROM pengguna WHERE username = ?")
                .param(ADMIN)
                .query(Long.class)
                .single();
        masuk.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(" Admin.Jejak.Akses ", "Rahasia-Uji-2024!"));
        assertThatThrownBy(() -> masuk.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(ADMIN, "salah-sandi-123")))
                .isInstanceOf(BadCredentialsException.class);
        long semuaSebelum =
                jdbc.sql("SELECT COUNT(*) FROM jejak_audit").query(Long.class).single();
        assertThatThrownBy(() -> masuk.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("tidak.ada.siapapun", "rahasia-nya")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM jejak_audit")
                        .query(Long.class)
                        .single())
                .as("an unknown name has no tenant trail")
                .isEqualTo(semuaSebelum);

        List<JejakAudit> masukAdmin = entriData("pengguna", idAdmin).stream()
                .filter(j -> j.isian().equals("masuk"))
                .toList();
        assertThat(masukAdmin)
                .extracting(JejakAudit::nilaiBaru)
                // An Admin Daerah must enrol a second factor: the right password is not yet a sign-in.
                .containsExactly(
                        "kata sandi benar; menunggu pendaftaran dua faktor",
                        "gagal: nama pengguna atau kata sandi salah");
        assertThat(masukAdmin).allSatisfy(j -> assertThat(j.oleh()).isEqualTo(ADMIN));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM jejak_audit WHERE nilai_baru LIKE '%salah-sandi%'"
                                + " OR nilai_baru LIKE '%rahasia%'")
                        .query(Long.class)
                        .single())
                .as("no password on the trail")
                .isZero();

        Pengguna nonaktif = sebagaiAdmin(() -> pengguna.tambah(
                new PenggunaBaru("pengamat.jejak", "Rahasia-Uji-2024!", "Pengamat Jejak", Peran.PENGAMAT, null, null)));
        sebagaiAdmin(() -> pengguna.ubah(nonaktif.id(), "Pengamat Jejak", Peran.PENGAMAT, null, null, false));
        assertThatThrownBy(() -> masuk.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("pengamat.jejak", "Rahasia-Uji-2024!")))
                .isInstanceOf(DisabledException.class);
        assertThat(entriData("pengguna", nonaktif.id())).last().satisfies(j -> assertThat(j.nilaiBaru())
                .isEqualTo("gagal: akun nonaktif"));

        assertThat(sebagaiAdmin(() -> verifikasi.verifikasi()).utuh()).isTrue();
    }

    private List<JejakAudit> entri(String jenis) {
        return jdbc.sql("SELECT * FROM jejak_audit WHERE tenant_id = ? AND jenis_data = ? ORDER BY urut")
                .params(tenant.value(), jenis)
                .query(VerifikasiJejakService::baris)
                .list();
    }

    private List<JejakAudit> entriData(String jenis, long id) {
        return entri(jenis).stream().filter(j -> j.dataId() == id).toList();
    }

    private <T> T sebagaiAdmin(java.util.function.Supplier<T> kerja) {
        return SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant, kerja);
    }
}
