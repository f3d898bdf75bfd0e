package id.pkd.portal.rpjmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.jejak.JejakAudit;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import java.math.BigDecimal;
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
 * The IKU Kepala Daerah order on a tenant of its own (75.01): up and down trade places with the neighbour, the new
 * order is what the list and the LKjIP measurement read, each move is audited, and a move that would reorder the
 * IKU of a locked year is refused and changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UrutanIkuDaerahTest extends PortalIntegrationTest {

    static final String DAERAH = "75.01";

    @Autowired
    RpjmdService rpjmd;

    @Autowired
    IkuDaerahService iku;

    @Autowired
    CapaianIkuDaerahService capaian;

    @Autowired
    JejakAuditService jejak;

    @Autowired
    DaerahService daerah;

    @Autowired
    JdbcClient jdbc;

    PeriodeRpjmd periode;

    @BeforeAll
    void siapkan() {
        SebagaiSistem.jalankan(
                Peran.OPERATOR_PORTAL,
                null,
                () -> daerah.daftarkan(new DaerahBaru(
                        DAERAH,
                        "Kabupaten Uji Urutan IKU",
                        JenisDaerah.KABUPATEN,
                        null,
                        new PenggunaBaru(
                                "admin.uji.urutan",
                                "Rahasia-Uji-2024!",
                                "Admin Uji Urutan",
                                Peran.ADMIN_DAERAH,
                                null,
                                null))));
        periode = admin(
                () -> rpjmd.simpan(new IsianPeriode(null, 2041, 2045, "Daerah yang tertib", List.of("Misi satu"))));
        for (String kode : List.of("A", "B", "C")) {
            admin(() -> iku.simpan(isian(kode, Map.of(2041, BigDecimal.ONE))));
        }
        // D has a target only in 2044, the year an agency's figures get locked below
        admin(() -> iku.simpan(isian("D", Map.of(2044, BigDecimal.TEN))));
        admin(() -> iku.simpan(isian("E", Map.of())));
    }

    @Test
    void naikDanTurunBertukarTempatDanTercatat() {
        admin(() -> iku.geser(kode("C"), true));
        assertThat(urutan()).startsWith("A", "C", "B");
        assertThat(sebagai(Peran.PENGAMAT, DAERAH, () -> capaian.ukur(2041)).baris())
                .extracting(b -> b.iku().kode())
                .as("the LKjIP measurement lists them in the new order")
                .startsWith("A", "C", "B");

        admin(() -> iku.geser(kode("C"), false));
        assertThat(urutan()).startsWith("A", "B", "C");
        assertThat(admin(() -> jejak.riwayat(IkuDaerahService.JENIS, kode("C"))))
                .extracting(JejakAudit::isian, JejakAudit::nilaiLama, JejakAudit::nilaiBaru)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("urutan", "3", "2"),
                        org.assertj.core.groups.Tuple.tuple("urutan", "2", "3"));
    }

    @Test
    void yangTeratasTidakNaikLagi() {
        List<String> sebelum = urutan();
        admin(() -> iku.geser(kode("A"), true));
        assertThat(urutan()).isEqualTo(sebelum);
    }

    @Test
    void tahunTerkunciMenolakUrutanBaruTahunTerbukaMenerima() {
        long pd = perangkatDaerahUji();
        jdbc.sql("INSERT INTO persetujuan (tenant_id, perangkat_daerah_id, tahun, status, diubah_oleh, diubah_pada)"
                        + " VALUES (?, ?, 2044, 'DITETAPKAN', 'uji', NOW(3))")
                .params(tenant(DAERAH).value(), pd)
                .update();
        try {
            List<String> sebelum = urutan();
            assertThatThrownBy(() -> admin(() -> iku.geser(kode("D"), false)))
                    .isInstanceOf(DataTerkunciException.class)
                    .hasMessageContaining("Urutan IKU D dan E tidak dapat diubah: keduanya tampil di LKjIP tahun 2044.")
                    .hasMessageContaining("Realisasi tahun 2044 Dinas Uji Urutan sudah ditetapkan dan terkunci");
            assertThat(urutan()).isEqualTo(sebelum);
        } finally {
            jdbc.sql("DELETE FROM persetujuan WHERE tenant_id = ? AND tahun = 2044")
                    .param(tenant(DAERAH).value())
                    .update();
        }
        admin(() -> iku.geser(kode("E"), true));
        assertThat(urutan()).endsWith("E", "D");
        admin(() -> iku.geser(kode("E"), false));
    }

    @Test
    void hanyaAdminDaerahYangMengubahUrutan() {
        assertThatThrownBy(() -> sebagai(Peran.OPERATOR, DAERAH, () -> iku.geser(kode("B"), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, "62.01", () -> iku.geser(kode("B"), true)))
                .isInstanceOf(id.pkd.portal.umum.DataTidakDitemukanException.class);
    }

    List<String> urutan() {
        return admin(() -> iku.daftar(periode.id())).stream()
                .map(IkuDaerah::kode)
                .toList();
    }

    long kode(String kode) {
        return admin(() -> iku.daftar(periode.id())).stream()
                .filter(i -> i.kode().equals(kode))
                .findFirst()
                .orElseThrow()
                .id();
    }

    IsianIkuDaerah isian(String kode, Map<Integer, BigDecimal> target) {
        return new IsianIkuDaerah(
                null,
                periode.id(),
                kode,
                "Indikator " + kode,
                "%",
                Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK,
                null,
                null,
                null,
                target);
    }

    long perangkatDaerahUji() {
        long t = tenant(DAERAH).value();
        jdbc.sql(
                        "INSERT IGNORE INTO perangkat_daerah (tenant_id, kode, nama) VALUES (?, 'PD-URUT', 'Dinas Uji Urutan')")
                .param(t)
                .update();
        return jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = 'PD-URUT'")
                .param(t)
                .query(Long.class)
                .single();
    }

    <T> T admin(Supplier<T> kerja) {
        return sebagai(Peran.ADMIN_DAERAH, DAERAH, kerja);
    }
}
