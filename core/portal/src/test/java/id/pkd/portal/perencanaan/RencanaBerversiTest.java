package id.pkd.portal.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PenghitungKueri;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.renstra.DaerahUjiRenstra;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.DataTidakDitemukanException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plan kept between requests under the tenant's plan version (migration V43, {@code VersiData}): a second read
 * sends only the version and the realisasi; a write by any path, even SQL by hand, is seen by the next read; a write
 * rolled back leaves nothing behind; another tenant never reads what was kept. Own tenants (18.16, 18.17).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RencanaBerversiTest extends PortalIntegrationTest {

    private static final String DAERAH = "18.16";
    private static final String LAIN = "18.17";

    /** The tables the plan's structure is read from ({@code PerencanaanService#bacaStruktur}). */
    private static final Set<String> TABEL_RENCANA = Set.of(
            "perangkat_daerah",
            "periode_rpjmd",
            "bidang",
            "pejabat",
            "pelaksana",
            "tujuan",
            "sasaran",
            "indikator",
            "target_indikator",
            "perjanjian_kinerja",
            "pk_sasaran",
            "pk_indikator",
            "program_kegiatan",
            "indikator_program");

    /** The tables of the urusan plugins' data and of the plugins a tenant enabled. */
    private static final Set<String> TABEL_URUSAN = Set.of("data_urusan", "plugin_daerah");

    /** The capaian rules and the frozen measurements (migration V44). */
    private static final Set<String> TABEL_PENGUKURAN = Set.of("pengaturan_capaian", "pengukuran_beku");

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transaksi;

    private TenantId tenant;
    private long pd;

    @BeforeAll
    void daerahUji() {
        tenant = DaerahUjiRenstra.pastikan(daerah, impor, jdbc, DAERAH, "admin.uji1816", "VERSI.1");
        DaerahUjiRenstra.pastikan(daerah, impor, jdbc, LAIN, "admin.uji1817", "VERSI.2");
        pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = 'VERSI.1'")
                .param(tenant.value())
                .query(Long.class)
                .single();
    }

    private <T> T sebagaiAdmin(String kode, Supplier<T> kerja) {
        return SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant(kode), kerja);
    }

    private String namaPd() {
        return sebagaiAdmin(DAERAH, () -> perencanaan.rencana(pd, DaerahUjiRenstra.AWAL))
                .perangkatDaerah()
                .nama();
    }

    private void ubahNama(String nama) {
        jdbc.sql("UPDATE perangkat_daerah SET nama = ? WHERE id = ?")
                .param(nama)
                .param(pd)
                .update();
    }

    @Test
    void setiapTulisanPadaTabelnyaMengubahVersi() {
        Map<String, Set<String>> rencana = new TreeMap<>();
        Map<String, Set<String>> urusan = new TreeMap<>();
        Map<String, Set<String>> pengukuran = new TreeMap<>();
        jdbc.sql(
                        """
                        SELECT event_object_table, event_manipulation, action_statement FROM information_schema.triggers
                        WHERE trigger_schema = DATABASE() AND action_statement LIKE '%versi_data%'""")
                .query((rs, n) -> {
                    String aksi = rs.getString("action_statement");
                    (aksi.contains("rencana = GREATEST(")
                                    ? rencana
                                    : aksi.contains("urusan = GREATEST(") ? urusan : pengukuran)
                            .computeIfAbsent(rs.getString("event_object_table"), k -> new TreeSet<>())
                            .add(rs.getString("event_manipulation"));
                    return aksi;
                })
                .list();
        Set<String> ketiga = Set.of("INSERT", "UPDATE", "DELETE");
        assertThat(rencana.keySet()).containsExactlyInAnyOrderElementsOf(TABEL_RENCANA);
        assertThat(urusan.keySet()).containsExactlyInAnyOrderElementsOf(TABEL_URUSAN);
        rencana.forEach((tabel, peristiwa) -> assertThat(peristiwa).as(tabel).isEqualTo(ketiga));
        assertThat(pengukuran.keySet()).containsExactlyInAnyOrderElementsOf(TABEL_PENGUKURAN);
        urusan.forEach((tabel, peristiwa) -> assertThat(peristiwa).as(tabel).isEqualTo(ketiga));
        pengukuran.forEach((tabel, peristiwa) -> assertThat(peristiwa).as(tabel).isEqualTo(ketiga));
    }

    @Test
    void bacaanBerikutnyaHanyaMembacaVersiDanRealisasi() {
        namaPd();
        List<PenghitungKueri.Kueri> kueri = sebagaiAdmin(DAERAH, () -> {
            try (PenghitungKueri.Rekaman r = PenghitungKueri.mulai()) {
                perencanaan.rencana(pd, DaerahUjiRenstra.AWAL);
                return r.utasIni();
            }
        });
        assertThat(kueri).as(PenghitungKueri.Rekaman.ringkasan(kueri)).hasSize(2);
        assertThat(kueri.get(0).sql()).contains("versi_data");
        assertThat(kueri.get(1).sql()).contains("realisasi_indikator");
    }

    @Test
    void tulisanLewatJalurManaPunTerbacaBerikutnya() {
        String semula = namaPd();
        ubahNama("Dinas Versi Baru");
        assertThat(namaPd()).isEqualTo("Dinas Versi Baru");
        ubahNama(semula);
        assertThat(namaPd()).isEqualTo(semula);
    }

    @Test
    void tulisanYangDibatalkanTidakTertinggal() {
        String semula = namaPd();
        String dalamTransaksi = new TransactionTemplate(transaksi).execute(status -> {
            ubahNama("Dinas Yang Dibatalkan");
            String terbaca = namaPd();
            status.setRollbackOnly();
            return terbaca;
        });
        assertThat(dalamTransaksi)
                .as("the writing transaction reads its own change")
                .isEqualTo("Dinas Yang Dibatalkan");
        assertThat(namaPd()).isEqualTo(semula);
    }

    @Test
    void daerahLainTidakMembacaYangDisimpan() {
        namaPd();
        assertThatThrownBy(() -> sebagaiAdmin(LAIN, () -> perencanaan.rencana(pd, DaerahUjiRenstra.AWAL)))
                .isInstanceOf(DataTidakDitemukanException.class);
    }
}
