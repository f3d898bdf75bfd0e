package id.pkd.portal.perjanjiankinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.jejak.JejakAudit;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perjanjiankinerja.IsianSasaranPk.IsianIndikatorPk;
import id.pkd.portal.persetujuan.PersetujuanService;
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
 * The PK editor's service on a tenant of its own (12.01): the cascade from the head of agency's Renstra sasaran down
 * to a JF, the messages at the fields, a loop in the cascade refused, the lock of a submitted year, removal while a
 * subordinate still cascades. Each test has its own agency or year, so the tests run in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerjanjianKinerjaServiceTest extends PortalIntegrationTest {

    static final String DAERAH = "12.01";

    @Autowired
    PerjanjianKinerjaService layanan;

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    JejakAuditService jejak;

    @Autowired
    JdbcClient jdbc;

    long tenant;

    @BeforeAll
    void siapkan() {
        tenant = DaerahUjiPk.pastikan(daerah, impor, jdbc, DAERAH, "admin.uji1201", "PK.1", "PK.2", "PK.3", "PK.4")
                .value();
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

    static IsianSasaranPk sasaran(Long id, String kode, Long atasan, IsianIndikatorPk... indikator) {
        return new IsianSasaranPk(id, kode, "Sasaran " + kode, atasan, List.of(indikator));
    }

    static IsianIndikatorPk baru(String nama, String satuan, String target) {
        return new IsianIndikatorPk(null, nama, satuan, target == null ? null : new BigDecimal(target));
    }

    /** The head's agreement with one sasaran on the Renstra; returns that sasaran's id. */
    long sasaranKepala(String pd, int ke, int tahun, String kode) {
        long kepala = pejabat(DaerahUjiPk.NIP_KEPALA, ke);
        admin(() -> layanan.simpanPihakKedua(kepala, tahun, "H. Bupati Uji", "Bupati Uji"));
        PerjanjianPejabat pk = admin(() -> layanan.simpanSasaran(
                kepala,
                tahun,
                sasaran(
                        null,
                        kode,
                        sasaranRenstra(pd),
                        new IsianIndikatorPk(iku(pd), null, null, new BigDecimal("55")))));
        return pk.sasaran().getFirst().id();
    }

    @Test
    void jenjangDariRenstraKeKepalaBidangLaluJf() {
        long kepala = pejabat(DaerahUjiPk.NIP_KEPALA, 0);
        long kabid = pejabat(DaerahUjiPk.NIP_KABID, 0);
        long jf = pejabat(DaerahUjiPk.NIP_JF, 0);
        long renstra = sasaranRenstra("PK.1");

        // the head names the outside pihak kedua before the first sasaran
        IsianTidakSahException tanpaPihakKedua = catchThrowableOfType(
                IsianTidakSahException.class,
                () -> admin(() -> layanan.simpanSasaran(
                        kepala,
                        2026,
                        sasaran(
                                null,
                                "K-S1",
                                renstra,
                                new IsianIndikatorPk(iku("PK.1"), null, null, BigDecimal.TEN)))));
        assertThat(tanpaPihakKedua.pesanPerIsian()).containsKey("pihakKeduaNama");

        long sKepala = sasaranKepala("PK.1", 0, 2026, "K-S1");
        PerjanjianPejabat pkKepala = admin(() -> layanan.baca(kepala, 2026));
        assertThat(pkKepala.kepala()).isTrue();
        assertThat(pkKepala.pihakKeduaJabatan()).isEqualTo("Bupati Uji");
        assertThat(pkKepala.sasaran().getFirst().atasanLabel()).isEqualTo("Renstra S1 – Meningkatnya penanganan PPKS");
        assertThat(pkKepala.sasaran().getFirst().indikator().getFirst().targetDenganSatuan())
                .isEqualTo("55 %");

        // the JF's superior has no agreement for the year yet
        IsianTidakSahException atasanBelumPk = catchThrowableOfType(
                IsianTidakSahException.class,
                () -> admin(() -> layanan.simpanSasaran(
                        jf, 2026, sasaran(null, "JF-S1", null, baru("Jumlah PPKS dibina", "orang", "30")))));
        assertThat(atasanBelumPk.pesanPerIsian().get("atasan"))
                .isEqualTo(
                        "Kabid PK.1 (atasan) belum memiliki Perjanjian Kinerja tahun 2026: susun PK atasan lebih dulu.");

        // every wrong field at once; a Renstra sasaran is not the superior's sasaran
        IsianTidakSahException salah = catchThrowableOfType(
                IsianTidakSahException.class,
                () -> admin(() -> layanan.simpanSasaran(
                        kabid, 2026, new IsianSasaranPk(null, " ", "", renstra, List.of(baru("Dokumen", " ", null))))));
        assertThat(salah.pesanPerIsian())
                .containsEntry("kode", "Kode sasaran wajib diisi.")
                .containsEntry("uraian", "Uraian sasaran wajib diisi.")
                .containsEntry("atasan", "Sasaran harus sasaran Perjanjian Kinerja Kepala PK.1 tahun 2026.")
                .containsEntry("indikator[0].satuan", "Satuan wajib diisi (mis. %, orang, dokumen).")
                .containsEntry("indikator[0].target", "Target wajib diisi.");
        assertThat(admin(() -> layanan.baca(kabid, 2026)).perjanjianId())
                .as("nothing saved")
                .isNull();

        PerjanjianPejabat pkKabid = admin(() -> layanan.simpanSasaran(
                kabid, 2026, sasaran(null, "KB-S1", sKepala, baru("Persentase PPKS direhabilitasi", "%", "67.5"))));
        assertThat(pkKabid.pihakKeduaNama()).isEqualTo("Kepala PK.1");
        long sKabid = pkKabid.sasaran().getFirst().id();
        assertThat(pkKabid.sasaran().getFirst().atasanLabel()).isEqualTo("K-S1 – Sasaran K-S1");
        assertThat(pkKabid.sasaran().getFirst().indikator().getFirst().kode()).isEqualTo("KB-S1-1");

        PerjanjianPejabat pkJf = admin(() -> layanan.simpanSasaran(
                jf, 2026, sasaran(null, "JF-S1", sKabid, baru("Jumlah PPKS dibina", "orang", "30"))));
        assertThat(pkJf.sasaran().getFirst().indikator().getFirst().targetDenganSatuan())
                .isEqualTo("30 orang");
        assertThat(admin(() -> layanan.pejabat(pd("PK.1"), 2026)))
                .extracting(p -> p.pejabat().id(), PejabatPk::adaPerjanjian)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(kepala, true),
                        org.assertj.core.groups.Tuple.tuple(kabid, true),
                        org.assertj.core.groups.Tuple.tuple(jf, true));

        // a change of target is audited on the sasaran
        long idLama = pkJf.sasaran().getFirst().indikator().getFirst().indikatorId();
        admin(() -> layanan.simpanSasaran(
                jf,
                2026,
                sasaran(
                        pkJf.sasaran().getFirst().id(),
                        "JF-S1",
                        sKabid,
                        new IsianIndikatorPk(idLama, "Jumlah PPKS dibina", "orang", new BigDecimal("35")))));
        List<JejakAudit> riwayat = admin(
                () -> jejak.riwayat("pk_sasaran", pkJf.sasaran().getFirst().id()));
        assertThat(riwayat).anySatisfy(j -> {
            assertThat(j.isian()).isEqualTo("target JF-S1-1");
            assertThat(j.nilaiLama()).isEqualTo("30");
            assertThat(j.nilaiBaru()).isEqualTo("35");
        });
    }

    @Test
    void jenjangMelingkarDitolak() {
        long kepala = pejabat(DaerahUjiPk.NIP_KEPALA, 2);
        long kabid = pejabat(DaerahUjiPk.NIP_KABID, 2);
        long sKepala = sasaranKepala("PK.3", 2, 2027, "L-S1");
        long sKabid = admin(() -> layanan.simpanSasaran(
                        kabid, 2027, sasaran(null, "LB-S1", sKepala, baru("Rapat koordinasi", "kali", "4"))))
                .sasaran()
                .getFirst()
                .id();
        // an import may leave two officials each other's superior; the cascade must still not close a loop
        jdbc.sql("UPDATE pejabat SET atasan_id = ? WHERE id = ?")
                .params(kabid, kepala)
                .update();
        try {
            IsianTidakSahException e = catchThrowableOfType(
                    IsianTidakSahException.class,
                    () -> admin(() -> layanan.simpanSasaran(
                            kepala,
                            2027,
                            sasaran(
                                    sKepala,
                                    "L-S1",
                                    sKabid,
                                    new IsianIndikatorPk(iku("PK.3"), null, null, BigDecimal.ONE)))));
            assertThat(e.pesanPerIsian().get("atasan")).startsWith("Jenjang melingkar");
            assertThat(AturanPk.melingkar(sKepala, sKabid, java.util.Map.of(sKabid, sKepala)))
                    .isTrue();
        } finally {
            jdbc.sql("UPDATE pejabat SET atasan_id = NULL WHERE id = ?")
                    .param(kepala)
                    .update();
        }
    }

    @Test
    void tahunDiajukanMenolakPerubahanTahunLainMenerima() {
        long kepala = pejabat(DaerahUjiPk.NIP_KEPALA, 1);
        long sasaranId = sasaranKepala("PK.2", 1, 2026, "T-S1");
        admin(() -> persetujuan.ajukan(pd("PK.2"), 2026));
        assertThat(admin(() -> layanan.baca(kepala, 2026)).terkunci()).isTrue();
        assertThatThrownBy(() -> admin(() -> layanan.simpanSasaran(
                        kepala,
                        2026,
                        sasaran(
                                null,
                                "T-S2",
                                sasaranRenstra("PK.2"),
                                new IsianIndikatorPk(null, "Lain", "%", BigDecimal.ONE)))))
                .isInstanceOf(DataTerkunciException.class);
        assertThatThrownBy(() -> admin(() -> layanan.hapusSasaran(kepala, 2026, sasaranId)))
                .isInstanceOf(DataTerkunciException.class);
        assertThatThrownBy(() -> admin(() -> layanan.simpanPihakKedua(kepala, 2026, "Orang Lain", "Bupati Uji")))
                .isInstanceOf(DataTerkunciException.class);
        assertThat(admin(() -> layanan.baca(kepala, 2026)).sasaran())
                .extracting(PerjanjianPejabat.SasaranPk::kode)
                .containsExactly("T-S1");
        assertThat(sasaranKepala("PK.2", 1, 2027, "T-S1")).isPositive();
    }

    @Test
    void hapusDitolakSelamaBawahanMenjenjangDanIndikatorPkIkutHilang() {
        long kepala = pejabat(DaerahUjiPk.NIP_KEPALA, 3);
        long kabid = pejabat(DaerahUjiPk.NIP_KABID, 3);
        long sKepala = sasaranKepala("PK.4", 3, 2025, "H-S1");
        PerjanjianPejabat pkKabid = admin(() -> layanan.simpanSasaran(
                kabid, 2025, sasaran(null, "HB-S1", sKepala, baru("Laporan tersusun", "dokumen", "2"))));
        long indikator = pkKabid.sasaran().getFirst().indikator().getFirst().indikatorId();

        IsianTidakSahException e = catchThrowableOfType(
                IsianTidakSahException.class, () -> admin(() -> layanan.hapusSasaran(kepala, 2025, sKepala)));
        assertThat(e.pesanPerIsian().get("hapus"))
                .isEqualTo("Sasaran H-S1 menjadi acuan sasaran bawahan HB-S1: ubah atau hapus sasaran itu lebih dulu.");
        assertThatThrownBy(() -> sebagai(
                        Peran.PENGAMAT,
                        DAERAH,
                        () -> layanan.hapusSasaran(
                                kabid, 2025, pkKabid.sasaran().getFirst().id())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(admin(() -> layanan.hapusSasaran(
                                kabid, 2025, pkKabid.sasaran().getFirst().id()))
                        .sasaran())
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indikator WHERE id = ?")
                        .param(indikator)
                        .query(Integer.class)
                        .single())
                .as("the PK indicator made for the sasaran goes with it")
                .isZero();
        assertThat(admin(() -> layanan.hapusSasaran(kepala, 2025, sKepala)).sasaran())
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indikator WHERE id = ?")
                        .param(iku("PK.4"))
                        .query(Integer.class)
                        .single())
                .as("a Renstra indicator stays")
                .isOne();
    }
}
