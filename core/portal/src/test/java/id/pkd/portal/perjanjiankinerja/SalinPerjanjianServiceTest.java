package id.pkd.portal.perjanjiankinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.jejak.JejakAudit;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perjanjiankinerja.IsianSasaranPk.IsianIndikatorPk;
import id.pkd.portal.perjanjiankinerja.PerjanjianPejabat.IndikatorPk;
import id.pkd.portal.perjanjiankinerja.PerjanjianPejabat.SasaranPk;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Copying Perjanjian Kinerja into another year on a tenant of its own (75.02, Renstra targets 50…70 for 2025…2029):
 * a whole agency keeps its cascade in the new year, a Renstra indicator takes the new year's Renstra target, a year
 * that already has an agreement or is locked is refused at the year and nothing is copied. Each test has its own
 * agency, so they run in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalinPerjanjianServiceTest extends PortalIntegrationTest {

    static final String DAERAH = "75.02";

    @Autowired
    SalinPerjanjianService salin;

    @Autowired
    PerjanjianKinerjaService layanan;

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    JejakAuditService jejak;

    @Autowired
    JdbcClient jdbc;

    long tenant;

    @BeforeAll
    void siapkan() {
        tenant = DaerahUjiPk.pastikan(daerah, impor, jdbc, DAERAH, "admin.uji7502", "SPK.1", "SPK.2", "SPK.3")
                .value();
    }

    @Test
    void semuaPejabatDisalinDenganJenjangDanTargetRenstraTahunBaru() {
        long kepala = pejabat(DaerahUjiPk.NIP_KEPALA, 0);
        long kabid = pejabat(DaerahUjiPk.NIP_KABID, 0);
        long jf = pejabat(DaerahUjiPk.NIP_JF, 0);
        long sKepala = sasaranKepala("SPK.1", kepala, 2025);
        long sKabid = admin(() -> layanan.simpanSasaran(
                        kabid,
                        2025,
                        new IsianSasaranPk(
                                null,
                                "B-S1",
                                "Sasaran bidang",
                                sKepala,
                                List.of(new IsianIndikatorPk(
                                        null, "Jumlah KPM didampingi", "KK", new BigDecimal("120"))))))
                .sasaran()
                .getFirst()
                .id();
        admin(() -> layanan.simpanSasaran(
                jf,
                2025,
                new IsianSasaranPk(
                        null,
                        "J-S1",
                        "Sasaran JF",
                        sKabid,
                        List.of(new IsianIndikatorPk(null, "Jumlah PPKS dibina", "orang", new BigDecimal("30"))))));

        SalinPerjanjianService.HasilSalin h = admin(() -> salin.salin(pd("SPK.1"), null, 2025, 2026));

        assertThat(h).isEqualTo(new SalinPerjanjianService.HasilSalin(3, 3, 3));
        PerjanjianPejabat k = admin(() -> layanan.baca(kepala, 2026));
        assertThat(k.pihakKeduaNama()).isEqualTo("H. Bupati Uji");
        assertThat(k.sasaran().getFirst().indikator().getFirst().target())
                .as("the Renstra target of 2026, not the 55 agreed in 2025")
                .isEqualByComparingTo("55");
        SasaranPk b = admin(() -> layanan.baca(kabid, 2026)).sasaran().getFirst();
        assertThat(b.atasanId()).isEqualTo(k.sasaran().getFirst().id()).isNotEqualTo(sKepala);
        assertThat(b.indikator())
                .extracting(
                        IndikatorPk::nama, i -> i.target().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Jumlah KPM didampingi", "120"));
        SasaranPk j = admin(() -> layanan.baca(jf, 2026)).sasaran().getFirst();
        assertThat(j.atasanId())
                .as("the JF cascades to the kabid's new sasaran")
                .isEqualTo(b.id());
        assertThat(admin(() -> jejak.riwayat(SalinPerjanjianService.JENIS_JEJAK, pd("SPK.1"))))
                .extracting(JejakAudit::isian, JejakAudit::nilaiBaru)
                .contains(org.assertj.core.groups.Tuple.tuple("2026", "disalin dari tahun 2025: 3 perjanjian kinerja"));

        // again into the same year: refused at the year, nothing more copied
        assertThatThrownBy(() -> admin(() -> salin.salin(pd("SPK.1"), null, 2025, 2026)))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("tahunTujuan")
                        .containsEntry(
                                "tahunTujuan",
                                "Kepala SPK.1 sudah memiliki Perjanjian Kinerja tahun 2026; penyalinan hanya ke"
                                        + " tahun yang masih kosong. Tidak ada yang disalin."));
        assertThat(jumlahSasaran("SPK.1", 2026)).isEqualTo(3);
    }

    @Test
    void satuPejabatSajaDanBawahanTanpaPkAtasanDitolakUtuh() {
        long kepala = pejabat(DaerahUjiPk.NIP_KEPALA, 1);
        long kabid = pejabat(DaerahUjiPk.NIP_KABID, 1);
        long sKepala = sasaranKepala("SPK.2", kepala, 2025);
        admin(() -> layanan.simpanSasaran(
                kabid,
                2025,
                new IsianSasaranPk(
                        null,
                        "B-S1",
                        "Sasaran bidang",
                        sKepala,
                        List.of(new IsianIndikatorPk(null, "Jumlah LKS dibina", "lembaga", new BigDecimal("8"))))));

        assertThatThrownBy(() -> admin(() -> salin.salin(pd("SPK.2"), kabid, 2025, 2027)))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("tahunTujuan")
                        .extractingByKey("tahunTujuan")
                        .asString()
                        .contains("Sasaran B-S1 Kabid SPK.2 tidak dapat disalin")
                        .contains("belum memiliki Perjanjian Kinerja tahun 2027"));
        assertThat(jumlahSasaran("SPK.2", 2027)).isZero();

        assertThat(admin(() -> salin.salin(pd("SPK.2"), kepala, 2025, 2027)))
                .isEqualTo(new SalinPerjanjianService.HasilSalin(1, 1, 1));
        assertThat(admin(() -> layanan.baca(kabid, 2027)).perjanjianId())
                .as("only the official asked for")
                .isNull();
        assertThat(admin(() -> salin.salin(pd("SPK.2"), kabid, 2025, 2027)))
                .as("now the superior has the sasaran to cascade to")
                .isEqualTo(new SalinPerjanjianService.HasilSalin(1, 1, 1));

        assertThatThrownBy(() -> admin(() -> salin.salin(pd("SPK.2"), kepala, 2025, 2030)))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsEntry("tahunTujuan", "Tahun 2030 tidak termasuk periode RPJMD mana pun."));
        assertThatThrownBy(() -> sebagai(Peran.OPERATOR, DAERAH, () -> salin.salin(pd("SPK.2"), kepala, 2025, 2028)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void tahunTujuanTerkunciMenolakDanTidakAdaYangDisalin() {
        long kepala = pejabat(DaerahUjiPk.NIP_KEPALA, 2);
        sasaranKepala("SPK.3", kepala, 2025);
        jdbc.sql("INSERT INTO persetujuan (tenant_id, perangkat_daerah_id, tahun, status, diubah_oleh, diubah_pada)"
                        + " VALUES (?, ?, 2026, 'DITETAPKAN', 'uji', NOW(3))")
                .params(tenant, pd("SPK.3"))
                .update();

        assertThatThrownBy(() -> admin(() -> salin.salin(pd("SPK.3"), null, 2025, 2026)))
                .isInstanceOf(DataTerkunciException.class)
                .hasMessageContaining("Realisasi tahun 2026 Dinas Uji SPK.3 sudah ditetapkan dan terkunci");
        assertThat(jumlahSasaran("SPK.3", 2026)).isZero();
        assertThat(admin(() -> layanan.baca(kepala, 2026)).perjanjianId()).isNull();
    }

    long sasaranKepala(String pd, long kepala, int tahun) {
        admin(() -> layanan.simpanPihakKedua(kepala, tahun, "H. Bupati Uji", "Bupati Uji"));
        return admin(() -> layanan.simpanSasaran(
                        kepala,
                        tahun,
                        new IsianSasaranPk(
                                null,
                                "K-S1",
                                "Sasaran kepala",
                                sasaranRenstra(pd),
                                List.of(new IsianIndikatorPk(iku(pd), null, null, new BigDecimal("55.5"))))))
                .sasaran()
                .getFirst()
                .id();
    }

    int jumlahSasaran(String pd, int tahun) {
        return jdbc.sql("SELECT COUNT(*) FROM pk_sasaran s JOIN perjanjian_kinerja p ON p.id = s.perjanjian_kinerja_id"
                        + " WHERE p.tenant_id = ? AND p.perangkat_daerah_id = ? AND p.tahun = ?")
                .params(tenant, pd(pd), tahun)
                .query(Integer.class)
                .single();
    }

    <T> T admin(Supplier<T> kerja) {
        return sebagai(Peran.ADMIN_DAERAH, DAERAH, kerja);
    }

    long pd(String kode) {
        return jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = ?")
                .params(tenant, kode)
                .query(Long.class)
                .single();
    }

    long pejabat(String nip, int ke) {
        return jdbc.sql("SELECT id FROM pejabat WHERE tenant_id = ? AND nip = ?")
                .params(tenant, DaerahUjiPk.nip(nip, ke))
                .query(Long.class)
                .single();
    }

    long sasaranRenstra(String pd) {
        return jdbc.sql("SELECT s.id FROM sasaran s JOIN tujuan t ON t.id = s.tujuan_id WHERE s.tenant_id = ?"
                        + " AND t.perangkat_daerah_id = ?")
                .params(tenant, pd(pd))
                .query(Long.class)
                .single();
    }

    long iku(String pd) {
        return jdbc.sql("SELECT id FROM indikator WHERE tenant_id = ? AND perangkat_daerah_id = ? AND kode = 'IKU-1'")
                .params(tenant, pd(pd))
                .query(Long.class)
                .single();
    }
}
