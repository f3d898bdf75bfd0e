package id.pkd.portal.rpjmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.capaian.VarianRendah;
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
import id.pkd.portal.pertukaran.EksporRencanaService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
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
 * The RPJMD editor's rules on a tenant of its own (18.01, WIB): period, visi and numbered misi; IKU Kepala Daerah
 * with a target per year, each change in the audit trail; a target of a year an agency has submitted is refused; a
 * user of another tenant neither reads nor changes any of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RpjmdServiceTest extends PortalIntegrationTest {

    static final String DAERAH = "18.01";

    @Autowired
    RpjmdService rpjmd;

    @Autowired
    IkuDaerahService iku;

    @Autowired
    JejakAuditService jejak;

    @Autowired
    DaerahService daerah;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EksporRencanaService ekspor;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    ObjectMapper json;

    PeriodeRpjmd periode;

    @BeforeAll
    void siapkan() {
        SebagaiSistem.jalankan(
                Peran.OPERATOR_PORTAL,
                null,
                () -> daerah.daftarkan(new DaerahBaru(
                        DAERAH,
                        "Kabupaten Uji RPJMD",
                        JenisDaerah.KABUPATEN,
                        null,
                        new PenggunaBaru(
                                "admin.uji.rpjmd",
                                "Rahasia-Uji-2024!",
                                "Admin Uji RPJMD",
                                Peran.ADMIN_DAERAH,
                                null,
                                null))));
        periode = admin(() -> rpjmd.simpan(new IsianPeriode(
                null, 2025, 2029, "Daerah yang sejahtera", List.of("Misi satu", "Misi dua", "Misi tiga"))));
    }

    @Test
    void isianSalahDitunjukkanPerIsianDanTidakAdaYangTersimpan() {
        int sebelum = admin(() -> rpjmd.daftarPeriode()).size();
        assertThatThrownBy(() -> admin(() -> rpjmd.simpan(new IsianPeriode(null, 2031, 2032, " ", List.of("ada", "")))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("tahunAkhir", "visi", "misi")
                        .containsEntry("misi", "Misi ke-2 kosong: isi atau hapus butirnya."));
        assertThatThrownBy(() -> admin(() -> rpjmd.simpan(new IsianPeriode(null, 2027, 2031, "v", List.of("m")))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsEntry("tahunAwal", "Periode 2027–2031 bertumpang tindih dengan periode 2025–2029."));
        assertThat(admin(() -> rpjmd.daftarPeriode())).hasSize(sebelum);
    }

    @Test
    void urutanMisiTersimpanDanSetiapPerubahanTercatat() {
        PeriodeRpjmd p = admin(() -> rpjmd.simpan(new IsianPeriode(
                null, 2035, 2039, "Visi uji urutan", List.of("Pertama", "Kedua\nberlanjut", "Ketiga"))));
        assertThat(p.daftarMisi()).containsExactly("Pertama", "Kedua berlanjut", "Ketiga");

        PeriodeRpjmd diubah = admin(() ->
                rpjmd.simpan(new IsianPeriode(p.id(), 2035, 2039, "Visi uji urutan", List.of("Ketiga", "Pertama"))));

        assertThat(admin(() -> rpjmd.periode(p.id())).daftarMisi()).containsExactly("Ketiga", "Pertama");
        List<JejakAudit> riwayat = admin(() -> jejak.riwayat(RpjmdService.JENIS, diubah.id()));
        assertThat(riwayat)
                .extracting(JejakAudit::isian, JejakAudit::nilaiBaru)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("visi", "Visi uji urutan"),
                        org.assertj.core.groups.Tuple.tuple("misi", "Ketiga\nPertama"));
        assertThat(riwayat).filteredOn(j -> j.isian().equals("misi")).hasSize(2);
    }

    @Test
    void ikuDenganTargetPerTahunDanJejaknya() {
        IkuDaerah baru = admin(() -> iku.simpan(new IsianIkuDaerah(
                null,
                periode.id(),
                "IKU-01",
                "Indeks Pembangunan Manusia",
                "indeks",
                Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK,
                VarianRendah.A,
                new BigDecimal("70.10"),
                new BigDecimal("73.5"),
                Map.of(2025, new BigDecimal("71"), 2026, new BigDecimal("71.5")))));
        assertThat(baru.varianRendah())
                .as("only lower-is-better keeps a variant")
                .isNull();
        assertThat(baru.target()).containsEntry(2025, new BigDecimal("71")).containsEntry(2026, new BigDecimal("71.5"));

        admin(() -> iku.simpan(new IsianIkuDaerah(
                baru.id(),
                periode.id(),
                "IKU-01",
                "Indeks Pembangunan Manusia",
                "indeks",
                Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK,
                null,
                new BigDecimal("70.10"),
                new BigDecimal("73.5"),
                Map.of(2025, new BigDecimal("71.25"), 2027, new BigDecimal("72")))));

        assertThat(admin(() -> iku.iku(baru.id())).target())
                .containsOnlyKeys(2025, 2027)
                .containsEntry(2025, new BigDecimal("71.25"));
        assertThat(admin(() -> jejak.riwayat(IkuDaerahService.JENIS, baru.id())))
                .extracting(JejakAudit::isian, JejakAudit::nilaiLama, JejakAudit::nilaiBaru)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("target 2025", "71", "71.25"),
                        org.assertj.core.groups.Tuple.tuple("target 2026", "71.5", null),
                        org.assertj.core.groups.Tuple.tuple("target 2027", null, "72"),
                        org.assertj.core.groups.Tuple.tuple("kondisiAwal", null, "70.1"));
    }

    @Test
    void isianIkuSalahDitunjukkanPerIsian() {
        assertThatThrownBy(() -> admin(() -> iku.simpan(new IsianIkuDaerah(
                        null,
                        periode.id(),
                        "",
                        "Rasio kekerasan",
                        "",
                        Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK,
                        null,
                        null,
                        null,
                        Map.of(2031, BigDecimal.ONE, 2026, new BigDecimal("1.23456"))))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("kode", "satuan", "varianRendah", "target.2031", "target.2026"));
        assertThat(admin(() -> iku.daftar(periode.id())))
                .noneMatch(i -> i.nama().equals("Rasio kekerasan"));
    }

    @Test
    void targetTahunYangSudahDiajukanDitolakTahunLainDiterima() {
        long pd = perangkatDaerahUji();
        jdbc.sql("INSERT INTO persetujuan (tenant_id, perangkat_daerah_id, tahun, status, diubah_oleh, diubah_pada)"
                        + " VALUES (?, ?, 2028, 'DITETAPKAN', 'uji', NOW(3))")
                .params(tenant(DAERAH).value(), pd)
                .update();
        IkuDaerah i = admin(() -> iku.simpan(isianIku("IKU-K", Map.of(2027, BigDecimal.ONE))));

        assertThatThrownBy(() -> admin(() -> iku.simpan(
                        denganId(isianIku("IKU-K", Map.of(2027, BigDecimal.ONE, 2028, BigDecimal.TEN)), i.id()))))
                .isInstanceOf(DataTerkunciException.class)
                .hasMessageContaining("Target IKU Kepala Daerah tahun 2028 tidak dapat diubah.")
                .hasMessageContaining("Realisasi tahun 2028 Dinas Uji RPJMD sudah ditetapkan dan terkunci");
        assertThat(admin(() -> iku.iku(i.id())).target()).containsOnlyKeys(2027);

        admin(() -> iku.simpan(denganId(isianIku("IKU-K", Map.of(2027, BigDecimal.TWO)), i.id())));
        assertThat(admin(() -> iku.iku(i.id())).target()).containsEntry(2027, BigDecimal.TWO);
    }

    @Test
    void penggunaDaerahLainTidakMembacaAtauMengubah() {
        IkuDaerah i = admin(() -> iku.simpan(isianIku("IKU-T", Map.of(2025, BigDecimal.ONE))));
        String kobar = "62.01";

        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, kobar, () -> iku.iku(i.id())))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, kobar, () -> iku.daftar(periode.id())))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> sebagai(
                        Peran.ADMIN_DAERAH, kobar, () -> iku.simpan(denganId(isianIku("IKU-T", Map.of()), i.id()))))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, kobar, () -> {
                    iku.hapus(i.id());
                    return null;
                }))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> sebagai(
                        Peran.ADMIN_DAERAH,
                        kobar,
                        () -> rpjmd.simpan(new IsianPeriode(periode.id(), 2025, 2029, "diambil", List.of("x")))))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThat(admin(() -> iku.iku(i.id())).target()).containsEntry(2025, BigDecimal.ONE);
        assertThat(admin(() -> rpjmd.periode(periode.id())).visi()).isEqualTo("Daerah yang sejahtera");
    }

    @Test
    void hanyaAdminDaerahYangMengubahYangLainMembaca() {
        assertThatThrownBy(() -> sebagai(Peran.OPERATOR, DAERAH, () -> iku.simpan(isianIku("IKU-O", Map.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sebagai(Peran.PENGAMAT, DAERAH, () -> rpjmd.daftarPeriode())).isNotEmpty();
    }

    @Test
    void hapusIkuMenghapusTargetnyaDanTercatat() {
        IkuDaerah i = admin(() -> iku.simpan(isianIku("IKU-H", Map.of(2026, BigDecimal.ONE))));
        admin(() -> {
            iku.hapus(i.id());
            return null;
        });
        assertThat(admin(() -> iku.daftar(periode.id())))
                .noneMatch(x -> x.kode().equals("IKU-H"));
        assertThat(admin(() -> jejak.riwayat(IkuDaerahService.JENIS, i.id())))
                .extracting(JejakAudit::isian)
                .contains("target 2026", "dihapus");
    }

    @Test
    void ikuDaerahIkutEksporDanImporRencanaBolakBalik() throws Exception {
        perangkatDaerahUji();
        IkuDaerah i = admin(() -> iku.simpan(new IsianIkuDaerah(
                null,
                periode.id(),
                "IKU-X",
                "Rasio kekerasan terhadap anak",
                "rasio per 10.000",
                Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK,
                VarianRendah.A,
                new BigDecimal("2.5"),
                new BigDecimal("1.5"),
                Map.of(2026, new BigDecimal("1.9")))));
        ObjectNode berkas = json.valueToTree(admin(() -> ekspor.ekspor(2026)));
        JsonNode ikuBerkas = java.util.stream.StreamSupport.stream(
                        berkas.at("/rpjmd/ikuDaerah").spliterator(), false)
                .filter(n -> n.path("kode").asText().equals("IKU-X"))
                .findFirst()
                .orElseThrow();
        assertThat(ikuBerkas.path("varianRendah").asText()).isEqualTo("A");
        assertThat(ikuBerkas.path("kondisiAwal").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(ikuBerkas.at("/target/2026").decimalValue()).isEqualByComparingTo("1.9");

        assertThat(admin(() -> impor.impor(bytes(berkas))).perubahan())
                .as("the file as exported changes nothing")
                .isZero();

        ((ObjectNode) ikuBerkas)
                .with("target")
                .put("2026", new BigDecimal("1.75"))
                .put("2027", 1.6);
        ((ObjectNode) ikuBerkas).put("satuan", "per 10.000 anak");
        admin(() -> impor.impor(bytes(berkas)));

        IkuDaerah sesudah = admin(() -> iku.iku(i.id()));
        assertThat(sesudah.satuan()).isEqualTo("per 10.000 anak");
        assertThat(sesudah.target())
                .containsEntry(2026, new BigDecimal("1.75"))
                .containsEntry(2027, new BigDecimal("1.6"));
        assertThat(admin(() -> jejak.riwayat(IkuDaerahService.JENIS, i.id())))
                .extracting(JejakAudit::isian, JejakAudit::nilaiLama, JejakAudit::nilaiBaru)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("target 2026", "1.9", "1.75"),
                        org.assertj.core.groups.Tuple.tuple("satuan", "rasio per 10.000", "per 10.000 anak"));

        // a file from before the list existed leaves the region's indicators alone
        ((ObjectNode) berkas.get("rpjmd")).remove("ikuDaerah");
        admin(() -> impor.impor(bytes(berkas)));
        assertThat(admin(() -> iku.iku(i.id())).target()).containsOnlyKeys(2026, 2027);
    }

    byte[] bytes(JsonNode berkas) {
        try {
            return json.writeValueAsBytes(berkas);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static IsianIkuDaerah denganId(IsianIkuDaerah x, long id) {
        return new IsianIkuDaerah(
                id,
                x.periodeId(),
                x.kode(),
                x.nama(),
                x.satuan(),
                x.polaritas(),
                x.varianRendah(),
                x.kondisiAwal(),
                x.kondisiAkhir(),
                x.target());
    }

    IsianIkuDaerah isianIku(String kode, Map<Integer, BigDecimal> target) {
        return new IsianIkuDaerah(
                null,
                periode.id(),
                kode,
                "Persentase " + kode,
                "%",
                Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK,
                VarianRendah.B,
                null,
                null,
                target);
    }

    long perangkatDaerahUji() {
        long t = tenant(DAERAH).value();
        jdbc.sql("INSERT IGNORE INTO perangkat_daerah (tenant_id, kode, nama) VALUES (?, 'PD-UJI', 'Dinas Uji RPJMD')")
                .param(t)
                .update();
        return jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = 'PD-UJI'")
                .param(t)
                .query(Long.class)
                .single();
    }

    <T> T admin(Supplier<T> kerja) {
        return sebagai(Peran.ADMIN_DAERAH, DAERAH, kerja);
    }
}
