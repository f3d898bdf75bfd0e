package id.pkd.portal.sdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.jejak.JejakAudit;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.organisasi.IsianPerangkatDaerah;
import id.pkd.portal.organisasi.PerangkatDaerahService;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.ValidasiGagalException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The staff composition store on a tenant of its own (76.01): counts kept per line and year, refusals named at the
 * line or group with nothing saved, every change audited, readers who cannot write, and another tenant that sees
 * none of it. The locked year's refusal is a row of {@code KunciMatriksTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KomposisiSdmServiceTest extends PortalIntegrationTest {

    static final String DAERAH = "76.01";

    @Autowired
    KomposisiSdmService sdm;

    @Autowired
    PerangkatDaerahService organisasi;

    @Autowired
    DaerahService daerah;

    @Autowired
    JejakAuditService jejak;

    @Autowired
    JdbcClient jdbc;

    PerangkatDaerah pd;

    @BeforeAll
    void siapkan() {
        SebagaiSistem.jalankan(
                Peran.OPERATOR_PORTAL,
                null,
                () -> daerah.daftarkan(new DaerahBaru(
                        DAERAH,
                        "Kabupaten Uji SDM",
                        JenisDaerah.KABUPATEN,
                        null,
                        new PenggunaBaru(
                                "admin.uji.sdm",
                                "Rahasia-Uji-2024!",
                                "Admin Uji SDM",
                                Peran.ADMIN_DAERAH,
                                null,
                                null))));
        pd = sebagai(
                Peran.ADMIN_DAERAH,
                () -> organisasi.simpan(
                        new IsianPerangkatDaerah(null, "PD-SDM", "Dinas Uji SDM", "Dinas SDM", List.of("1.06"))));
    }

    @Test
    void komposisiTersimpanPerBarisDanSetiapPerubahanTercatat() {
        Map<KategoriSdm, Integer> isian = new HashMap<>(Map.of(
                KategoriSdm.ESELON_II, 1,
                KategoriSdm.ESELON_III, 6,
                KategoriSdm.PELAKSANA, 31,
                KategoriSdm.HONOR, 92,
                KategoriSdm.PNS, 38,
                KategoriSdm.NON_ASN, 92,
                KategoriSdm.GOLONGAN_IV, 7,
                KategoriSdm.GOLONGAN_III, 20));
        sebagai(Peran.OPERATOR, () -> sdm.simpan(pd.id(), 2023, isian));

        KomposisiSdm k = sebagai(Peran.PENGAMAT, () -> sdm.baca(pd.id(), 2023));
        assertThat(k.total(KelompokSdm.JABATAN)).isEqualTo(130);
        assertThat(k.total(KelompokSdm.STATUS)).isEqualTo(130);
        assertThat(k.total(KelompokSdm.GOLONGAN)).isEqualTo(27);
        assertThat(k.ada(KelompokSdm.PENDIDIKAN)).isFalse();
        assertThat(k.jumlah(KategoriSdm.ESELON_IV)).isEmpty();
        assertThat(sebagai(Peran.PENGAMAT, () -> sdm.baca(pd.id(), 2024)).kosong())
                .isTrue();

        // a changed line, a removed line (left empty), the rest unchanged
        isian.put(KategoriSdm.GOLONGAN_IV, 8);
        isian.remove(KategoriSdm.GOLONGAN_III);
        sebagai(Peran.PIMPINAN, () -> sdm.simpan(pd.id(), 2023, isian));
        KomposisiSdm sesudah = sebagai(Peran.PENGAMAT, () -> sdm.baca(pd.id(), 2023));
        assertThat(sesudah.jumlah(KategoriSdm.GOLONGAN_IV)).contains(8);
        assertThat(sesudah.jumlah(KategoriSdm.GOLONGAN_III)).isEmpty();

        long idGolonganIv = idBaris(KategoriSdm.GOLONGAN_IV, 2023);
        assertThat(sebagai(Peran.ADMIN_DAERAH, () -> jejak.riwayat("komposisi_sdm", idGolonganIv)))
                .extracting(JejakAudit::isian, JejakAudit::nilaiLama, JejakAudit::nilaiBaru)
                .containsExactlyInAnyOrder(tuple("GOLONGAN_IV", null, "7"), tuple("GOLONGAN_IV", "7", "8"));
        long jumlahJejak = jdbc.sql("SELECT COUNT(*) FROM jejak_audit WHERE tenant_id = ? AND jenis_data = ?"
                        + " AND isian = 'GOLONGAN_III' AND nilai_lama = '20' AND nilai_baru IS NULL")
                .params(tenant(DAERAH).value(), "komposisi_sdm")
                .query(Long.class)
                .single();
        assertThat(jumlahJejak).as("removal audited").isEqualTo(1);
    }

    @Test
    void isianDiLuarBatasDanJumlahYangTidakCocokDitolakPerIsianTanpaMenyimpan() {
        assertThatThrownBy(() -> sebagai(
                        Peran.OPERATOR,
                        () -> sdm.simpan(
                                pd.id(),
                                2025,
                                Map.of(KategoriSdm.ESELON_II, -1, KategoriSdm.HONOR, 100_001, KategoriSdm.PNS, 3))))
                .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                        .extracting(ValidasiGagalException.Kesalahan::path)
                        .containsExactlyInAnyOrder("ESELON_II", "HONOR"));
        assertThatThrownBy(() -> sebagai(
                        Peran.OPERATOR,
                        () -> sdm.simpan(
                                pd.id(),
                                2025,
                                Map.of(
                                        KategoriSdm.PELAKSANA, 10,
                                        KategoriSdm.PNS, 9,
                                        KategoriSdm.GOLONGAN_III, 10,
                                        KategoriSdm.SMA, 10))))
                .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                        .extracting(ValidasiGagalException.Kesalahan::path, ValidasiGagalException.Kesalahan::pesan)
                        .containsExactly(
                                tuple(
                                        "STATUS",
                                        "Jumlah menurut status kepegawaian (9 orang) tidak sama dengan jumlah"
                                                + " menurut jabatan/eselon (10 orang)."),
                                tuple(
                                        "GOLONGAN",
                                        "Jumlah menurut golongan (10 orang) melebihi jumlah PNS (9 orang): golongan"
                                                + " hanya untuk PNS.")));
        assertThat(sebagai(Peran.PENGAMAT, () -> sdm.baca(pd.id(), 2025)).kosong())
                .isTrue();
    }

    @Test
    void pembacaTidakBolehMengubahDanDaerahLainTidakMelihat() {
        sebagai(Peran.OPERATOR, () -> sdm.simpan(pd.id(), 2026, Map.of(KategoriSdm.PNS, 5)));
        assertThatThrownBy(() -> sebagai(Peran.PENGAMAT, () -> sdm.simpan(pd.id(), 2026, Map.of(KategoriSdm.PNS, 6))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> sebagai(Peran.VERIFIKATOR, () -> sdm.simpan(pd.id(), 2026, Map.of(KategoriSdm.PNS, 6))))
                .isInstanceOf(AccessDeniedException.class);
        // Kobar's operator writing to this tenant's agency: as if the agency did not exist, nothing changes
        assertThatThrownBy(() ->
                        sebagai(Peran.OPERATOR, "62.01", () -> sdm.simpan(pd.id(), 2026, Map.of(KategoriSdm.PNS, 7))))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThat(sebagai(Peran.PENGAMAT, "62.01", () -> sdm.baca(pd.id(), 2026))
                        .kosong())
                .isTrue();
        assertThat(sebagai(Peran.PENGAMAT, () -> sdm.baca(pd.id(), 2026)).jumlah(KategoriSdm.PNS))
                .contains(5);
    }

    long idBaris(KategoriSdm k, int tahun) {
        return jdbc.sql("SELECT id FROM komposisi_sdm WHERE tenant_id = ? AND perangkat_daerah_id = ? AND tahun = ?"
                        + " AND kategori = ?")
                .params(tenant(DAERAH).value(), pd.id(), tahun, k.name())
                .query(Long.class)
                .single();
    }

    <T> T sebagai(Peran peran, Supplier<T> kerja) {
        return sebagai(peran, DAERAH, kerja);
    }
}
