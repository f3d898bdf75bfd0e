package id.pkd.portal.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Officials as the tenant admin keeps them: validated at each field, audited, tenant-scoped. */
class PejabatServiceTest extends PortalIntegrationTest {

    @Autowired
    PejabatService layanan;

    @Autowired
    JdbcClient jdbc;

    long pdBalangan() {
        return jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? ORDER BY id LIMIT 1")
                .param(tenant("63.11").value())
                .query(Long.class)
                .single();
    }

    IsianPejabat isian(Long id, long pdId, Long atasan, String nip, String golongan, String eselon) {
        return new IsianPejabat(
                id, pdId, null, atasan, nip, "Siti Rahmah, S.Sos", "Penata", golongan, "Analis Kebijakan", eselon);
    }

    /** The officials these tests add go again, so the demo data stays as the other tests expect. */
    @AfterEach
    void hapusPejabatUji() {
        List<String> nip = List.of("198506122010012004", "198001012005011002");
        jdbc.sql("UPDATE pejabat SET atasan_id = NULL WHERE nip IN (:nip)")
                .param("nip", nip)
                .update();
        jdbc.sql("DELETE FROM pejabat WHERE nip IN (:nip)").param("nip", nip).update();
    }

    @Test
    void setiapIsianYangSalahDilaporkanDiIsiannyaDanTidakAdaYangTersimpan() {
        long pd = pdBalangan();
        long sebelum =
                jdbc.sql("SELECT COUNT(*) FROM pejabat").query(Long.class).single();
        IsianTidakSahException e = catchThrowableOfType(
                () -> sebagai(
                        Peran.ADMIN_DAERAH,
                        "63.11",
                        () -> layanan.simpan(new IsianPejabat(
                                null, pd, null, null, "19730231 199311 1 001", " ", "", "IV-c", "", "Eselon II"))),
                IsianTidakSahException.class);
        assertThat(e.pesanPerIsian())
                .containsKeys("nip", "nama", "jabatan", "pangkat", "golongan", "eselon")
                .containsEntry("nip", "8 angka pertama NIP harus tanggal lahir yang ada (TTTTBBHH).");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pejabat").query(Long.class).single())
                .isEqualTo(sebelum);
    }

    /**
     * Every official signs a Perjanjian Kinerja at a level (II to IV, or JF); staff without one are pelaksana. So an
     * official without eselon is told so at the field, once, with the choices, and nothing is saved.
     */
    @Test
    void pejabatTanpaEselonDitolakDiIsianEselon() {
        long pd = pdBalangan();
        IsianTidakSahException e = catchThrowableOfType(
                () -> sebagai(
                        Peran.ADMIN_DAERAH,
                        "63.11",
                        () -> layanan.simpan(isian(null, pd, null, "19850612 201001 2 004", "III/c", null))),
                IsianTidakSahException.class);
        assertThat(e.pesanPerIsian())
                .containsOnly(java.util.Map.entry(
                        "eselon", "Eselon wajib dipilih: II.a sampai IV.b, atau JF untuk pejabat fungsional."));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pejabat WHERE nip = '198506122010012004'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void pejabatBaruTersimpanTerjejakDanNipTidakBolehGanda() {
        long pd = pdBalangan();
        Pejabat baru = sebagai(
                Peran.ADMIN_DAERAH,
                "63.11",
                () -> layanan.simpan(isian(null, pd, null, "19850612 201001 2 004", "III/c", "JF")));
        assertThat(baru.nipTercetak()).isEqualTo("19850612 201001 2 004");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM jejak_audit WHERE jenis_data = 'pejabat' AND data_id = ?")
                        .param(baru.id())
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(6);

        IsianTidakSahException ganda = catchThrowableOfType(
                () -> sebagai(
                        Peran.ADMIN_DAERAH,
                        "63.11",
                        () -> layanan.simpan(isian(null, pd, null, "198506122010012004", "III/c", "JF"))),
                IsianTidakSahException.class);
        assertThat(ganda.pesanPerIsian().get("nip")).startsWith("NIP ini sudah dipakai oleh Siti Rahmah");

        // The superior chain may not loop back: her superior cannot report to her.
        Pejabat atasan = sebagai(
                Peran.ADMIN_DAERAH,
                "63.11",
                () -> layanan.simpan(isian(null, pd, baru.id(), "19800101 200501 1 002", "IV/a", "III.a")));
        IsianTidakSahException berputar = catchThrowableOfType(
                () -> sebagai(
                        Peran.ADMIN_DAERAH,
                        "63.11",
                        () -> layanan.simpan(isian(baru.id(), pd, atasan.id(), baru.nip(), "III/c", "JF"))),
                IsianTidakSahException.class);
        assertThat(berputar.pesanPerIsian()).containsEntry("atasan", "Rantai atasan berputar kembali ke pejabat ini.");
    }

    @Test
    void hanyaAdminDaerahYangMengubahDanDaerahLainTidakDapatMenjangkaunya() {
        long pd = pdBalangan();
        assertThatThrownBy(() -> sebagai(
                        Peran.OPERATOR,
                        "63.11",
                        () -> layanan.simpan(isian(null, pd, null, "19900303 201503 1 001", "III/a", "JF"))))
                .isInstanceOf(AccessDeniedException.class);
        // Kobar's admin cannot list or change Balangan's officials by id.
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, "62.01", () -> layanan.daftar(pd)))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> sebagai(
                        Peran.ADMIN_DAERAH,
                        "62.01",
                        () -> layanan.simpan(isian(null, pd, null, "19900303 201503 1 001", "III/a", "JF"))))
                .isInstanceOf(DataTidakDitemukanException.class);
    }
}
