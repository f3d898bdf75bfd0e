package id.pkd.portal.renstra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.capaian.VarianRendah;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.jejak.JejakAudit;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.IsianRealisasi;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.pertukaran.EksporRencanaService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
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
 * The Renstra editor's service on tenants of its own (18.10, and 18.11 for isolation): building the tree, moving,
 * reading what depends on a row and removing it, the messages at the fields, the lock, the audit trail. Each test
 * writes rows under codes of its own, so the tests run in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenstraServiceTest extends PortalIntegrationTest {

    static final String DAERAH = "18.10";
    static final String LAIN = "18.11";

    @Autowired
    RenstraService renstra;

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    JejakAuditService jejak;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EksporRencanaService ekspor;

    @Autowired
    ObjectMapper json;

    long pd;
    /** An agency whose year 2026 is under review, for the lock test alone. */
    long pdTerkunci;

    long periode;

    @BeforeAll
    void siapkan() {
        DaerahUjiRenstra.pastikan(daerah, impor, jdbc, DAERAH, "admin.uji1810", "UJI.1", "UJI.2");
        DaerahUjiRenstra.pastikan(daerah, impor, jdbc, LAIN, "admin.uji1811", "LAIN.1");
        long tenant = tenant(DAERAH).value();
        pd = idPd(tenant, "UJI.1");
        pdTerkunci = idPd(tenant, "UJI.2");
        periode = jdbc.sql("SELECT id FROM periode_rpjmd WHERE tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
    }

    long idPd(long tenant, String kode) {
        return jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = ?")
                .params(tenant, kode)
                .query(Long.class)
                .single();
    }

    <T> T admin(Supplier<T> kerja) {
        return sebagai(Peran.ADMIN_DAERAH, DAERAH, kerja);
    }

    static Map<Integer, BigDecimal> target(String... nilai) {
        Map<Integer, BigDecimal> t = new HashMap<>();
        for (int i = 0; i < nilai.length; i++) {
            t.put(DaerahUjiRenstra.AWAL + i, new BigDecimal(nilai[i]));
        }
        return t;
    }

    static IsianBaris indikator(Long id, long sasaran, String kode, Map<Integer, BigDecimal> target) {
        return new IsianBaris(
                JenisBaris.INDIKATOR,
                id,
                sasaran,
                kode,
                "Persentase PPKS yang tertangani " + kode,
                null,
                "%",
                Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK,
                null,
                new BigDecimal("40"),
                new BigDecimal("70"),
                "Dinas Sosial",
                null,
                target);
    }

    /** A tujuan with one sasaran under it, in {@code pdId}; returns the sasaran. */
    BarisRenstra tujuanDanSasaran(long pdId, String awalan) {
        return admin(() -> {
            BarisRenstra t = renstra.simpan(
                    pdId,
                    periode,
                    IsianBaris.struktur(JenisBaris.TUJUAN, null, null, awalan, "Tujuan " + awalan, null));
            return renstra.simpan(
                    pdId,
                    periode,
                    IsianBaris.struktur(JenisBaris.SASARAN, null, t.id(), awalan + ".1", "Sasaran " + awalan, "1.06"));
        });
    }

    List<JejakAudit> riwayat(String jenis, long id) {
        return sebagai(Peran.PENGAMAT, DAERAH, () -> jejak.riwayat(jenis, id));
    }

    @Test
    void pohonDibangunDenganTargetPerTahunDanSetiapPerubahanDicatat() {
        BarisRenstra s = tujuanDanSasaran(pd, "T1");
        BarisRenstra i = admin(() ->
                renstra.simpan(pd, periode, indikator(null, s.id(), "IK1", target("50", "55", "60", "65", "70"))));
        BarisRenstra j = admin(() -> renstra.simpan(
                pd,
                periode,
                new IsianBaris(
                        JenisBaris.INDIKATOR,
                        null,
                        s.id(),
                        "IK1b",
                        "Rasio kekerasan terhadap anak per 10.000",
                        null,
                        "rasio per 10.000",
                        Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK,
                        VarianRendah.A,
                        new BigDecimal("2.7"),
                        new BigDecimal("1.5"),
                        null,
                        null,
                        target("2.5", "2.2", "2", "1.8", "1.5"))));

        PohonRenstra pohon = sebagai(Peran.PENGAMAT, DAERAH, () -> renstra.pohon(pd, periode));
        List<BarisRenstra> milikT1 = pohon.baris().stream()
                .filter(b -> b.kode().startsWith("T1") || b.kode().startsWith("IK1"))
                .toList();
        assertThat(milikT1).extracting(BarisRenstra::kode).containsExactly("T1", "T1.1", "IK1", "IK1b");
        assertThat(pohon.tahun()).containsExactly(2025, 2026, 2027, 2028, 2029);
        assertThat(i.target()).containsEntry(2027, new BigDecimal("60.0000"));
        assertThat(j.varianRendah()).isEqualTo(VarianRendah.A);
        assertThat(j.satuan()).isEqualTo("rasio per 10.000");

        admin(() -> renstra.simpan(pd, periode, IsianBaris.dari(i).denganTarget(2026, new BigDecimal("56.5"))));
        assertThat(riwayat("indikator", i.id()))
                .extracting(JejakAudit::isian, JejakAudit::nilaiLama, JejakAudit::nilaiBaru)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("dibuat", null, "IK1"),
                        org.assertj.core.groups.Tuple.tuple("target 2025", null, "50"),
                        org.assertj.core.groups.Tuple.tuple("target 2026", "55", "56.5"));
        assertThat(riwayat("tujuan", pohon.baris().getFirst().id()))
                .extracting(JejakAudit::isian)
                .contains("dibuat");
    }

    @Test
    void setiapIsianSalahDilaporkanDiIsiannyaDanTidakAdaYangTersimpan() {
        BarisRenstra s = tujuanDanSasaran(pd, "T2");
        admin(() -> renstra.simpan(pd, periode, indikator(null, s.id(), "IK2", target("1", "2", "3", "4", "5"))));
        long sebelum =
                jdbc.sql("SELECT COUNT(*) FROM indikator").query(Long.class).single();
        Map<Integer, BigDecimal> kurang = target("1", "2", "3", "4", "5");
        kurang.remove(2026);
        kurang.put(2031, BigDecimal.ONE);
        IsianTidakSahException e = catchThrowableOfType(
                () -> admin(() -> renstra.simpan(
                        pd,
                        periode,
                        new IsianBaris(
                                JenisBaris.INDIKATOR,
                                null,
                                s.id(),
                                "IK2",
                                " ",
                                null,
                                "",
                                Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK,
                                null,
                                new BigDecimal("12345678901234567"),
                                null,
                                null,
                                "urusan-tidak-ada/apa",
                                kurang))),
                IsianTidakSahException.class);
        assertThat(e.pesanPerIsian())
                .containsEntry("kode", "Kode IK2 sudah dipakai indikator lain perangkat daerah ini pada periode ini.")
                .containsEntry("uraian", "Nama indikator wajib diisi.")
                .containsEntry("satuan", "Satuan wajib diisi, misalnya %, orang atau indeks.")
                .containsEntry("varianRendah", "Pilih rumus capaian untuk indikator semakin rendah semakin baik.")
                .containsEntry("target.2026", "Target tahun 2026 wajib diisi.")
                .containsEntry("target.2031", "Tahun 2031 di luar periode RPJMD 2025–2029.")
                .containsKeys("kondisiAwal", "sumberRealisasi");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indikator").query(Long.class).single())
                .isEqualTo(sebelum);

        IsianTidakSahException tujuan = catchThrowableOfType(
                () -> admin(() -> renstra.simpan(
                        pd, periode, IsianBaris.struktur(JenisBaris.TUJUAN, null, null, "T2", "Tujuan kembar", null))),
                IsianTidakSahException.class);
        assertThat(tujuan.pesanPerIsian())
                .containsEntry("kode", "Kode T2 sudah dipakai tujuan lain perangkat daerah ini pada periode ini.");
        IsianTidakSahException sasaran = catchThrowableOfType(
                () -> admin(() -> renstra.simpan(
                        pd,
                        periode,
                        IsianBaris.struktur(JenisBaris.SASARAN, null, 999_999_999L, "", "Sasaran", "1.6"))),
                IsianTidakSahException.class);
        assertThat(sasaran.pesanPerIsian())
                .containsEntry("kode", "Kode wajib diisi.")
                .containsEntry(
                        "induk", "Sasaran harus berada di bawah tujuan Renstra perangkat daerah dan periode ini.")
                .containsEntry("urusan", "Kode urusan ditulis seperti \"1.06\".");
    }

    @Test
    void indikatorDipindahkanKeSasaranLainDanDicatat() {
        BarisRenstra s = tujuanDanSasaran(pd, "T3");
        BarisRenstra lain = admin(() -> renstra.simpan(
                pd,
                periode,
                IsianBaris.struktur(JenisBaris.SASARAN, null, s.indukId(), "T3.2", "Sasaran kedua", null)));
        BarisRenstra i = admin(
                () -> renstra.simpan(pd, periode, indikator(null, s.id(), "IK3", target("1", "2", "3", "4", "5"))));

        BarisRenstra pindah = admin(() -> renstra.pindah(pd, periode, JenisBaris.INDIKATOR, i.id(), lain.id()));

        assertThat(pindah.indukId()).isEqualTo(lain.id());
        assertThat(pindah.target()).isEqualTo(i.target());
        assertThat(riwayat("indikator", i.id()))
                .extracting(JejakAudit::isian, JejakAudit::nilaiLama, JejakAudit::nilaiBaru)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "sasaranId", Long.toString(s.id()), Long.toString(lain.id())));
        // a sasaran of another agency is not a parent in this Renstra
        BarisRenstra diLuar = tujuanDanSasaran(pdTerkunci, "T3x");
        IsianTidakSahException keLuar = catchThrowableOfType(
                () -> admin(() -> renstra.pindah(pd, periode, JenisBaris.INDIKATOR, i.id(), diLuar.id())),
                IsianTidakSahException.class);
        assertThat(keLuar.pesanPerIsian())
                .containsEntry(
                        "induk", "Indikator harus berada di bawah sasaran Renstra perangkat daerah dan periode ini.");
    }

    @Test
    void yangBergantungDibacaSebelumHapusDanRealisasiMenolaknya() {
        BarisRenstra s = tujuanDanSasaran(pd, "T4");
        BarisRenstra berealisasi = admin(
                () -> renstra.simpan(pd, periode, indikator(null, s.id(), "IK4", target("1", "2", "3", "4", "5"))));
        admin(() -> renstra.simpan(pd, periode, indikator(null, s.id(), "IK4b", target("1", "2", "3", "4", "5"))));
        sebagai(
                Peran.OPERATOR,
                DAERAH,
                () -> realisasi.simpan(new IsianRealisasi(
                        berealisasi.id(), 2025, 0, new BigDecimal("1.5"), null, null, null, null, null, null)));

        Ketergantungan tujuan = sebagai(
                Peran.PENGAMAT, DAERAH, () -> renstra.ketergantungan(pd, periode, JenisBaris.TUJUAN, s.indukId()));
        assertThat(tujuan.sasaran()).containsExactly("T4.1 \"Sasaran T4\"");
        assertThat(tujuan.indikator()).hasSize(2);
        assertThat(tujuan.target()).isEqualTo(10);
        assertThat(tujuan.realisasi()).isEqualTo(1);
        assertThat(tujuan.bolehDihapus()).isFalse();
        assertThat(tujuan.uraian()).contains("1 catatan realisasi merujuk indikatornya.");
        assertThatThrownBy(() -> admin(() -> {
                    renstra.hapus(pd, periode, JenisBaris.INDIKATOR, berealisasi.id());
                    return null;
                }))
                .isInstanceOf(IsianTidakSahException.class)
                .hasMessageContaining("tidak dapat dihapus karena sudah dirujuk realisasi");

        BarisRenstra kedua = admin(() -> renstra.simpan(
                pd,
                periode,
                IsianBaris.struktur(JenisBaris.SASARAN, null, s.indukId(), "T4.2", "Sasaran lepas", null)));
        BarisRenstra ik = admin(() ->
                renstra.simpan(pd, periode, indikator(null, kedua.id(), "IK4c", target("1", "2", "3", "4", "5"))));
        Ketergantungan k = sebagai(
                Peran.PENGAMAT, DAERAH, () -> renstra.ketergantungan(pd, periode, JenisBaris.SASARAN, kedua.id()));
        assertThat(k.bolehDihapus()).isTrue();
        assertThat(k.uraian())
                .containsExactly(
                        "Indikator IK4c \"Persentase PPKS yang tertangani IK4c\" ikut terhapus.",
                        "5 target tahunan ikut terhapus.");
        admin(() -> {
            renstra.hapus(pd, periode, JenisBaris.SASARAN, kedua.id());
            return null;
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM indikator WHERE id = ?")
                        .param(ik.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(riwayat("indikator", ik.id()))
                .extracting(JejakAudit::isian, JejakAudit::nilaiLama, JejakAudit::nilaiBaru)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("target 2029", "5", null),
                        org.assertj.core.groups.Tuple.tuple("dihapus", "IK4c", null));
        assertThat(riwayat("sasaran", kedua.id())).extracting(JejakAudit::isian).contains("dihapus");
    }

    @Test
    void targetTahunTerkunciDitolakDanTahunLainTetapBisaDiubah() {
        BarisRenstra s = tujuanDanSasaran(pdTerkunci, "T5");
        BarisRenstra i = admin(() ->
                renstra.simpan(pdTerkunci, periode, indikator(null, s.id(), "IK5", target("1", "2", "3", "4", "5"))));
        admin(() -> persetujuan.ajukan(pdTerkunci, 2026));

        PohonRenstra pohon = sebagai(Peran.PENGAMAT, DAERAH, () -> renstra.pohon(pdTerkunci, periode));
        assertThat(pohon.tahunTerkunci()).containsExactly(2026);
        assertThatThrownBy(() -> admin(() -> renstra.simpan(
                        pdTerkunci, periode, IsianBaris.dari(i).denganTarget(2026, new BigDecimal("9")))))
                .isInstanceOf(DataTerkunciException.class)
                .hasMessageContaining("Realisasi tahun 2026")
                .hasMessageContaining("sedang dalam proses persetujuan");
        assertThat(jdbc.sql("SELECT nilai FROM target_indikator WHERE indikator_id = ? AND tahun = 2026")
                        .param(i.id())
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("2");

        BarisRenstra ubah = admin(() -> renstra.simpan(
                pdTerkunci,
                periode,
                IsianBaris.dari(i).denganTarget(2027, new BigDecimal("3.5")).denganUraian("Nama baru IK5")));
        assertThat(ubah.target()).containsEntry(2027, new BigDecimal("3.5000"));
        assertThat(ubah.uraian()).isEqualTo("Nama baru IK5");
        // a new indicator needs no target in the locked year, and cannot set one
        BarisRenstra baru = admin(() -> {
            Map<Integer, BigDecimal> t = target("1", "2", "3", "4", "5");
            t.remove(2026);
            return renstra.simpan(pdTerkunci, periode, indikator(null, s.id(), "IK5b", t));
        });
        assertThat(baru.target()).doesNotContainKey(2026);
        assertThatThrownBy(() -> admin(() -> {
                    renstra.hapus(pdTerkunci, periode, JenisBaris.INDIKATOR, i.id());
                    return null;
                }))
                .isInstanceOf(DataTerkunciException.class);
    }

    /**
     * A row moved up keeps its place through the plan export and import: the file lists rows in the editor's order,
     * a fresh region (18.14) gets them in that order, and importing the file back changes nothing.
     */
    @Test
    void urutanYangDigeserBertahanDalamEksporDanImporRencana() throws Exception {
        String sumber = "18.13";
        DaerahUjiRenstra.pastikan(daerah, impor, jdbc, sumber, "admin.uji1813", "URUT.1");
        DaerahUjiRenstra.pastikan(daerah, impor, jdbc, "18.14", "admin.uji1814");
        long tenant = tenant(sumber).value();
        long pdUrut = idPd(tenant, "URUT.1");
        long per = jdbc.sql("SELECT id FROM periode_rpjmd WHERE tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
        List<String> kode = sebagai(Peran.ADMIN_DAERAH, sumber, () -> {
            BarisRenstra t = renstra.simpan(
                    pdUrut, per, IsianBaris.struktur(JenisBaris.TUJUAN, null, null, "U1", "Tujuan urut", null));
            BarisRenstra s1 = renstra.simpan(
                    pdUrut, per, IsianBaris.struktur(JenisBaris.SASARAN, null, t.id(), "U1.1", "Sasaran satu", null));
            BarisRenstra s2 = renstra.simpan(
                    pdUrut, per, IsianBaris.struktur(JenisBaris.SASARAN, null, t.id(), "U1.2", "Sasaran dua", null));
            renstra.simpan(pdUrut, per, indikator(null, s1.id(), "UI1", target("1", "2", "3", "4", "5")));
            BarisRenstra i2 =
                    renstra.simpan(pdUrut, per, indikator(null, s1.id(), "UI2", target("1", "2", "3", "4", "5")));
            renstra.simpan(pdUrut, per, indikator(null, s2.id(), "UI3", target("1", "2", "3", "4", "5")));
            renstra.geser(pdUrut, per, JenisBaris.SASARAN, s2.id(), true);
            renstra.geser(pdUrut, per, JenisBaris.INDIKATOR, i2.id(), true);
            assertThatThrownBy(() -> renstra.geser(pdUrut, per, JenisBaris.SASARAN, s2.id(), true))
                    .isInstanceOf(IsianTidakSahException.class)
                    .hasMessage("Sasaran U1.2 \"Sasaran dua\" sudah di urutan teratas.");
            return renstra.pohon(pdUrut, per).baris().stream()
                    .map(BarisRenstra::kode)
                    .toList();
        });
        assertThat(kode).containsExactly("U1", "U1.2", "UI3", "U1.1", "UI2", "UI1");

        byte[] berkas = json.writeValueAsBytes(sebagai(Peran.PENGAMAT, sumber, () -> ekspor.ekspor(2025)));
        var tujuan = json.readTree(berkas).at("/perangkatDaerah/0/renstra/tujuan/0");
        assertThat(tujuan.at("/sasaran/0/kode").asText()).isEqualTo("U1.2");
        assertThat(tujuan.at("/sasaran/1/indikator/0/kode").asText()).isEqualTo("UI2");

        sebagai(Peran.ADMIN_DAERAH, "18.14", () -> impor.impor(berkas));
        long pdTujuan = idPd(tenant("18.14").value(), "URUT.1");
        long perTujuan = jdbc.sql("SELECT id FROM periode_rpjmd WHERE tenant_id = ?")
                .param(tenant("18.14").value())
                .query(Long.class)
                .single();
        assertThat(sebagai(Peran.PENGAMAT, "18.14", () -> renstra.pohon(pdTujuan, perTujuan))
                        .baris())
                .extracting(BarisRenstra::kode)
                .containsExactlyElementsOf(kode);
        assertThat(sebagai(Peran.ADMIN_DAERAH, sumber, () -> impor.impor(berkas))
                        .perubahan())
                .isZero();
    }

    @Test
    void daerahLainTidakMelihatAtauMengubahDanHanyaAdminYangMenulis() {
        BarisRenstra s = tujuanDanSasaran(pd, "T6");
        long periodeLain = jdbc.sql("SELECT id FROM periode_rpjmd WHERE tenant_id = ?")
                .param(tenant(LAIN).value())
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, LAIN, () -> renstra.pohon(pd, periode)))
                .isInstanceOf(DataTidakDitemukanException.class);
        long pdLain = idPd(tenant(LAIN).value(), "LAIN.1");
        assertThatThrownBy(() -> sebagai(
                        Peran.ADMIN_DAERAH,
                        LAIN,
                        () -> renstra.pindah(pdLain, periodeLain, JenisBaris.SASARAN, s.id(), s.indukId())))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThat(sebagai(Peran.ADMIN_DAERAH, LAIN, () -> renstra.pohon(pdLain, periodeLain))
                        .baris())
                .isEmpty();
        assertThatThrownBy(() -> sebagai(
                        Peran.OPERATOR,
                        DAERAH,
                        () -> renstra.simpan(
                                pd,
                                periode,
                                IsianBaris.struktur(JenisBaris.TUJUAN, null, null, "T6b", "Tujuan operator", null))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
