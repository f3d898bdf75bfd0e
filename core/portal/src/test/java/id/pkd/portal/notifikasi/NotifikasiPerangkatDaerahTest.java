package id.pkd.portal.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.AlurPersetujuanUji;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.jejak.JejakAudit;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.organisasi.OperatorPerangkatDaerahService;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perjanjiankinerja.DaerahUjiPk;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.tampilan.KotakNotifikasi;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notifications of a region with two agencies (75.04): an operator tied to one agency hears of that agency's
 * rejection, setting and reopening only; a region-wide operator hears of all of them; the reopening of a set year is
 * announced to the operators with the admin's reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotifikasiPerangkatDaerahTest extends PortalIntegrationTest {

    static final String KODE = "75.04";
    static final int TAHUN = 2026;
    static final String OP_SATU = "operator.satu.7504";
    static final String OP_DUA = "operator.dua.7504";
    static final String OP_DAERAH = "operator.daerah.7504";

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    PenggunaService pengguna;

    @Autowired
    OperatorPerangkatDaerahService operatorPd;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    KotakNotifikasi kotak;

    @Autowired
    JejakAuditService jejak;

    @Autowired
    JdbcClient jdbc;

    TenantId t;
    long pdSatu;
    long pdDua;
    long opSatu;

    @BeforeAll
    void siapkan() {
        t = DaerahUjiPk.pastikan(daerah, impor, jdbc, KODE, "admin.uji7504", "NOTIF.1", "NOTIF.2");
        pdSatu = pd("NOTIF.1");
        pdDua = pd("NOTIF.2");
        SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, t, () -> {
            for (String u : List.of(OP_SATU, OP_DUA, OP_DAERAH)) {
                pengguna.tambah(new PenggunaBaru(u, DaerahUjiPk.SANDI, "Uji " + u, Peran.OPERATOR, null, null));
            }
            operatorPd.atur(id(OP_SATU), pdSatu);
            operatorPd.atur(id(OP_DUA), pdDua);
            return null;
        });
        opSatu = id(OP_SATU);
    }

    @Test
    void operatorPerangkatDaerahLainTidakDiberitahuDanPembukaanKembaliDiumumkan() {
        String yang = "Realisasi tahun " + TAHUN + " Dinas Uji NOTIF.1";
        SebagaiSistem.jalankanSebagai(OP_SATU, Peran.OPERATOR, t, () -> persetujuan.ajukan(pdSatu, TAHUN));
        SebagaiSistem.jalankan(Peran.VERIFIKATOR, t, () -> persetujuan.tolak(pdSatu, TAHUN, "Target belum sesuai."));
        AlurPersetujuanUji.tetapkan(persetujuan, t, pdSatu, TAHUN);
        SebagaiSistem.jalankanSebagai(
                "admin.uji7504",
                Peran.ADMIN_DAERAH,
                t,
                () -> persetujuan.bukaKembali(pdSatu, TAHUN, "Salah ketik realisasi triwulan IV."));

        List<String> pesan = List.of(
                yang + " dibuka kembali: Salah ketik realisasi triwulan IV. Data dapat diubah lalu diajukan kembali.",
                yang + " telah ditetapkan dan dikunci.",
                yang + " ditolak: Target belum sesuai. Perbaiki lalu ajukan kembali.");
        assertThat(pesan(OP_SATU)).containsExactlyElementsOf(pesan);
        assertThat(pesan(OP_DAERAH))
                .as("a region-wide operator hears of every agency")
                .containsExactlyElementsOf(pesan);
        assertThat(pesan(OP_DUA)).as("the other agency's operator").isEmpty();
        assertThat(SebagaiSistem.jalankanSebagai(OP_SATU, Peran.OPERATOR, t, () -> kotak.terbaru(1)))
                .singleElement()
                .extracting(KotakNotifikasi.Butir::tautan)
                .isEqualTo("realisasi?tahun=" + TAHUN);
    }

    @Test
    void penugasanOperatorTercatatDanHanyaUntukOperatorDaerahSendiri() {
        assertThat(admin(() -> operatorPd.perangkatDaerah(opSatu))).contains(pdSatu);
        assertThat(admin(() -> jejak.riwayat("pengguna", opSatu)))
                .extracting(JejakAudit::isian, JejakAudit::nilaiBaru)
                .contains(org.assertj.core.groups.Tuple.tuple("perangkatDaerah", Long.toString(pdSatu)));
        long admin = id("admin.uji7504");
        assertThatThrownBy(() -> admin(() -> {
                    operatorPd.atur(admin, pdSatu);
                    return null;
                }))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsEntry(
                                "perangkatDaerah", "Hanya akun Operator yang ditugaskan pada satu perangkat daerah."));
        long pdBalangan = jdbc.sql("SELECT MIN(p.id) FROM perangkat_daerah p JOIN tenant t ON t.id = p.tenant_id"
                        + " WHERE t.kode_wilayah = '63.11'")
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> admin(() -> {
                    operatorPd.atur(opSatu, pdBalangan);
                    return null;
                }))
                .isInstanceOf(id.pkd.portal.umum.DataTidakDitemukanException.class);
        assertThat(admin(() -> operatorPd.perangkatDaerah(opSatu))).contains(pdSatu);
    }

    List<String> pesan(String username) {
        return SebagaiSistem.jalankanSebagai(username, Peran.OPERATOR, t, () -> kotak.terbaru(50)).stream()
                .map(KotakNotifikasi.Butir::pesan)
                .toList();
    }

    <T> T admin(Supplier<T> kerja) {
        return SebagaiSistem.jalankanSebagai("admin.uji7504", Peran.ADMIN_DAERAH, t, kerja);
    }

    long id(String username) {
        return jdbc.sql("SELECT id FROM pengguna WHERE tenant_id = ? AND username = ?")
                .params(t.value(), username)
                .query(Long.class)
                .single();
    }

    long pd(String kode) {
        return jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = ?")
                .params(t.value(), kode)
                .query(Long.class)
                .single();
    }
}
