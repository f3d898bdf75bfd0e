package id.pkd.portal.daerah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Pengguna;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.plugin.PluginDaerahService;
import id.pkd.portal.tenant.TanpaTenantException;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

class DaerahDanPenggunaTest extends PortalIntegrationTest {

    @Autowired
    DaerahService daerah;

    @Autowired
    PenggunaService pengguna;

    @Autowired
    PluginDaerahService plugins;

    @Autowired
    JdbcClient jdbc;

    @Test
    void daerahDemoTersimpanDiMariaDb() {
        assertThat(jdbc.sql("SELECT VERSION()").query(String.class).single()).containsIgnoringCase("mariadb");
        assertThat(sebagaiOperator(() -> daerah.semua()))
                .extracting(Daerah::kodeWilayah, Daerah::nama)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("62.01", "Kabupaten Kotawaringin Barat"),
                        org.assertj.core.groups.Tuple.tuple("63.11", "Kabupaten Balangan"));
    }

    @Test
    void kodeWilayahYangSalahBentukDitolakDiIsiannya() {
        long sebelum = jumlahTenant();
        assertThatThrownBy(() -> sebagaiOperator(() -> daerah.daftarkan(baru("63-11", "admin.salah.bentuk"))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsKey("kodeWilayah")
                        .extractingByKey("kodeWilayah")
                        .asString()
                        .contains("mis. 63.11"));
        assertThat(jumlahTenant()).isEqualTo(sebelum);
    }

    @Test
    void kodeWilayahGandaDitolakDenganNamaPemiliknya() {
        assertThatThrownBy(() -> sebagaiOperator(() -> daerah.daftarkan(baru("63.11", "admin.ganda"))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(
                                e.pesanPerIsian().get("kodeWilayah"))
                        .isEqualTo("Kode wilayah 63.11 sudah terdaftar untuk Kabupaten Balangan."));
    }

    @Test
    void adminPertamaYangDitolakMembatalkanPendaftaranDaerahSeluruhnya() {
        long sebelum = jumlahTenant();
        // The username is the portal operator's (a tenant's own names may repeat another tenant's, not the
        // operator's): the tenant row written first must be rolled back.
        assertThatThrownBy(() -> sebagaiOperator(() -> daerah.daftarkan(baru("63.09", "operator.portal"))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(
                                e.pesanPerIsian().get("username"))
                        .isEqualTo("Nama pengguna \"operator.portal\" sudah dipakai."));
        assertThat(jumlahTenant()).isEqualTo(sebelum);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tenant WHERE kode_wilayah = '63.09'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void daerahBaruTerdaftarBersamaAdminnya() {
        Daerah hst = sebagaiOperator(() -> daerah.daftarkan(baru("63.07", "admin.hst")));
        Pengguna admin = SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, hst.tenantId(), () -> pengguna.daftar())
                .get(0);
        assertThat(admin.username()).isEqualTo("admin.hst");
        assertThat(admin.peran()).isEqualTo(Peran.ADMIN_DAERAH);
        assertThat(admin.passwordHash()).startsWith("$2a$").doesNotContain("Rahasia-Uji-2024!");
    }

    @Test
    void nipTidakSahDitolakDiIsianNip() {
        TenantId balangan = tenant("63.11");
        assertThatThrownBy(() -> SebagaiSistem.jalankan(
                        Peran.ADMIN_DAERAH,
                        balangan,
                        () -> pengguna.tambah(new PenggunaBaru(
                                "verifikator.nip",
                                "Rahasia-Uji-2024!",
                                "Verifikator",
                                Peran.VERIFIKATOR,
                                "19730230 199311 1 001",
                                null))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("nip"));
    }

    @Test
    void penggunaDaerahLainTidakDitemukanLewatId() {
        TenantId balangan = tenant("63.11");
        TenantId kobar = tenant("62.01");
        long idOperatorKobar = jdbc.sql("SELECT id FROM pengguna WHERE username = 'operator.kobar'")
                .query(Long.class)
                .single();
        assertThat(SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, kobar, () -> pengguna.cari(idOperatorKobar))
                        .username())
                .isEqualTo("operator.kobar");
        assertThatThrownBy(() ->
                        SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, balangan, () -> pengguna.cari(idOperatorKobar)))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThat(SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, balangan, () -> pengguna.daftar()))
                .extracting(Pengguna::username)
                .isNotEmpty()
                .allSatisfy(u -> assertThat(u).doesNotEndWith(".kobar"));
    }

    @Test
    void tanpaDaerahDalamKonteksDataDaerahTidakDibaca() {
        assertThatThrownBy(() -> plugins.indikatorAktif()).isInstanceOf(TanpaTenantException.class);
        assertThatThrownBy(() -> SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> plugins.indikatorAktif()))
                .isInstanceOf(TanpaTenantException.class);
        assertThatThrownBy(() -> daerah.saatIni()).isInstanceOf(TanpaTenantException.class);
        assertThatThrownBy(() -> pengguna.daftar()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void skemaMenolakPenggunaTanpaDaerah() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO pengguna (tenant_id, username, password_hash, nama_lengkap,"
                                + " peran) VALUES (999999, 'yatim', 'x', 'Tanpa Daerah', 'OPERATOR')")
                        .update())
                .hasMessageContaining("foreign key");
    }

    private DaerahBaru baru(String kode, String adminUsername) {
        return new DaerahBaru(
                kode,
                "Kabupaten Uji " + kode,
                JenisDaerah.KABUPATEN,
                null,
                new PenggunaBaru(adminUsername, "Rahasia-Uji-2024!", "Admin Uji", Peran.ADMIN_DAERAH, null, null));
    }

    private long jumlahTenant() {
        return jdbc.sql("SELECT COUNT(*) FROM tenant").query(Long.class).single();
    }

    private static <T> T sebagaiOperator(java.util.function.Supplier<T> kerja) {
        return SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, kerja);
    }
}
