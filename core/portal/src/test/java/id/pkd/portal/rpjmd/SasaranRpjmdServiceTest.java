package id.pkd.portal.rpjmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import id.pkd.portal.pertukaran.EksporRencanaService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.renstra.BarisRenstra;
import id.pkd.portal.renstra.IsianBaris;
import id.pkd.portal.renstra.JenisBaris;
import id.pkd.portal.renstra.RenstraService;
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
 * The region's tujuan and sasaran RPJMD on a tenant of its own (14.01): misi → tujuan → sasaran with order, field
 * errors, the audit trail; IKU Kepala Daerah and an agency's Renstra sasaran linked to a sasaran; what depends on a
 * sasaran read before it goes; a sasaran an LKjIP of a locked year shows is refused; another tenant sees nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SasaranRpjmdServiceTest extends PortalIntegrationTest {

    static final String DAERAH = "14.01";

    @Autowired
    RpjmdService rpjmd;

    @Autowired
    SasaranRpjmdService sasaran;

    @Autowired
    TautanSasaranRpjmdService tautan;

    @Autowired
    RenstraService renstra;

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
    long pd;

    @BeforeAll
    void siapkan() {
        SebagaiSistem.jalankan(
                Peran.OPERATOR_PORTAL,
                null,
                () -> daerah.daftarkan(new DaerahBaru(
                        DAERAH,
                        "Kabupaten Uji Sasaran RPJMD",
                        JenisDaerah.KABUPATEN,
                        null,
                        new PenggunaBaru(
                                "admin.uji.sasaranrpjmd",
                                "Rahasia-Uji-2024!",
                                "Admin Uji Sasaran RPJMD",
                                Peran.ADMIN_DAERAH,
                                null,
                                null))));
        periode = admin(() -> rpjmd.simpan(new IsianPeriode(
                null, 2025, 2029, "Daerah yang sejahtera", List.of("Misi satu", "Misi dua", "Misi tiga"))));
        long t = tenant(DAERAH).value();
        jdbc.sql("INSERT INTO perangkat_daerah (tenant_id, kode, nama) VALUES (?, 'PD-SR', 'Dinas Uji Sasaran')")
                .param(t)
                .update();
        pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = 'PD-SR'")
                .param(t)
                .query(Long.class)
                .single();
    }

    @Test
    void tujuanDanSasaranTersusunUrutDanTercatat() {
        TujuanRpjmd t1 =
                admin(() -> sasaran.simpanTujuan(new IsianTujuanRpjmd(null, periode.id(), 2, "T-U1", "Tujuan satu")));
        TujuanRpjmd t2 =
                admin(() -> sasaran.simpanTujuan(new IsianTujuanRpjmd(null, periode.id(), 2, "T-U2", "Tujuan dua")));
        SasaranRpjmd a = admin(
                () -> sasaran.simpanSasaran(periode.id(), new IsianSasaranRpjmd(null, t1.id(), "S-U1.1", "Sasaran a")));
        SasaranRpjmd b = admin(
                () -> sasaran.simpanSasaran(periode.id(), new IsianSasaranRpjmd(null, t1.id(), "S-U1.2", "Sasaran b")));

        admin(() -> {
            sasaran.geser(periode.id(), false, b.id(), true);
            sasaran.geser(periode.id(), true, t2.id(), true);
            return null;
        });

        List<TujuanRpjmd> pohon = admin(() -> sasaran.pohon(periode.id()));
        assertThat(pohon).extracting(TujuanRpjmd::kode).containsSubsequence("T-U2", "T-U1");
        assertThat(SasaranRpjmdService.tujuan(pohon, t1.id()).sasaran())
                .extracting(SasaranRpjmd::kode)
                .containsExactly("S-U1.2", "S-U1.1");

        admin(() -> sasaran.simpanSasaran(
                periode.id(), new IsianSasaranRpjmd(a.id(), t2.id(), "S-U1.1", "Sasaran a dipindah")));
        assertThat(SasaranRpjmdService.tujuan(admin(() -> sasaran.pohon(periode.id())), t2.id())
                        .sasaran())
                .extracting(SasaranRpjmd::uraian)
                .containsExactly("Sasaran a dipindah");
        assertThat(admin(() -> jejak.riwayat(SasaranRpjmdService.JENIS_SASARAN, a.id())))
                .extracting(JejakAudit::isian, JejakAudit::nilaiLama, JejakAudit::nilaiBaru)
                .contains(
                        tuple("dibuat", null, "S-U1.1"),
                        tuple("uraian", "Sasaran a", "Sasaran a dipindah"),
                        tuple("tujuanId", Long.toString(t1.id()), Long.toString(t2.id())));
        assertThat(admin(() -> jejak.riwayat(SasaranRpjmdService.JENIS_SASARAN, b.id())))
                .extracting(JejakAudit::isian)
                .contains("urutan");
    }

    @Test
    void isianSalahDitunjukkanPerIsianDanMisiBerisiTidakDapatDihapus() {
        TujuanRpjmd t = admin(
                () -> sasaran.simpanTujuan(new IsianTujuanRpjmd(null, periode.id(), 3, "T-M3", "Tujuan misi tiga")));
        assertThatThrownBy(() ->
                        admin(() -> sasaran.simpanTujuan(new IsianTujuanRpjmd(null, periode.id(), 9, "T-M3", " "))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("kode", "uraian", "misiKe")
                        .containsEntry("kode", "Kode T-M3 sudah dipakai tujuan lain periode ini."));
        assertThatThrownBy(() ->
                        admin(() -> sasaran.simpanSasaran(periode.id(), new IsianSasaranRpjmd(null, null, "", "x"))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("tujuanId", "kode"));

        assertThatThrownBy(() -> admin(() -> rpjmd.simpan(
                        new IsianPeriode(periode.id(), 2025, 2029, periode.visi(), List.of("Misi satu", "Misi dua")))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsEntry(
                                "misi", "Misi ke-3 masih menaungi tujuan T-M3: pindahkan atau hapus tujuan itu dulu."));
        admin(() -> {
            sasaran.hapus(periode.id(), true, t.id());
            return null;
        });
        assertThat(admin(() -> sasaran.pohon(periode.id())))
                .noneMatch(x -> x.kode().equals("T-M3"));
    }

    @Test
    void ikuDanSasaranRenstraTertautDanKehilanganTautanSaatSasaranDihapus() {
        TujuanRpjmd t =
                admin(() -> sasaran.simpanTujuan(new IsianTujuanRpjmd(null, periode.id(), 1, "T-L", "Tujuan tautan")));
        SasaranRpjmd s = admin(() ->
                sasaran.simpanSasaran(periode.id(), new IsianSasaranRpjmd(null, t.id(), "S-L", "Sasaran tautan")));
        IkuDaerah i = admin(() -> tautan.simpanIku(isianIku("IKU-L", Map.of(2026, BigDecimal.ONE)), s.id()));
        BarisRenstra tujuanPd = admin(() -> renstra.simpan(
                pd, periode.id(), IsianBaris.struktur(JenisBaris.TUJUAN, null, null, "TPD-L", "Tujuan dinas", null)));
        BarisRenstra sasaranPd = admin(() -> renstra.simpan(
                pd,
                periode.id(),
                IsianBaris.struktur(JenisBaris.SASARAN, null, tujuanPd.id(), "SPD-L", "Sasaran dinas", null)));
        admin(() -> {
            tautan.tautkanSasaranRenstra(sasaranPd.id(), s.id());
            return null;
        });

        assertThat(admin(() -> tautan.sasaranIku(periode.id()))).containsEntry(i.id(), s.id());
        assertThat(admin(() -> tautan.sasaranRenstra(periode.id())))
                .filteredOn(r -> r.sasaranId() == sasaranPd.id())
                .extracting(TautanSasaranRenstra::namaPerangkatDaerah, TautanSasaranRenstra::sasaranRpjmdId)
                .containsExactly(tuple("Dinas Uji Sasaran", s.id()));
        KetergantunganRpjmd k = admin(() -> sasaran.ketergantungan(periode.id(), false, s.id()));
        assertThat(k.iku()).containsExactly("IKU-L Indikator IKU-L");
        assertThat(k.sasaranRenstra()).containsExactly("Dinas Uji Sasaran SPD-L");
        assertThat(admin(() -> sasaran.ketergantungan(periode.id(), true, t.id()))
                        .sasaranIkutTerhapus())
                .containsExactly("S-L Sasaran tautan");

        admin(() -> {
            sasaran.hapus(periode.id(), false, s.id());
            return null;
        });
        assertThat(admin(() -> tautan.sasaranIku(periode.id()))).doesNotContainKey(i.id());
        assertThat(admin(() -> tautan.sasaranRenstra(periode.id())))
                .filteredOn(r -> r.sasaranId() == sasaranPd.id())
                .extracting(TautanSasaranRenstra::sasaranRpjmdId)
                .containsOnlyNulls();
        assertThat(admin(() -> jejak.riwayat(IkuDaerahService.JENIS, i.id())))
                .extracting(JejakAudit::isian, JejakAudit::nilaiLama, JejakAudit::nilaiBaru)
                .contains(tuple("sasaranRpjmd", null, "S-L"), tuple("sasaranRpjmd", "S-L", null));
        assertThat(admin(() -> jejak.riwayat("sasaran", sasaranPd.id())))
                .extracting(JejakAudit::isian, JejakAudit::nilaiBaru)
                .contains(tuple("sasaranRpjmd", "S-L"));
    }

    @Test
    void sasaranYangTampilDiLkjipTahunTerkunciDitolakYangLainDiterima() {
        long t0 = tenant(DAERAH).value();
        TujuanRpjmd t =
                admin(() -> sasaran.simpanTujuan(new IsianTujuanRpjmd(null, periode.id(), 1, "T-K", "Tujuan kunci")));
        SasaranRpjmd kunci = admin(
                () -> sasaran.simpanSasaran(periode.id(), new IsianSasaranRpjmd(null, t.id(), "S-K1", "Terkunci")));
        SasaranRpjmd bebas = admin(
                () -> sasaran.simpanSasaran(periode.id(), new IsianSasaranRpjmd(null, t.id(), "S-K2", "Terbuka")));
        IkuDaerah ikuKunci =
                admin(() -> tautan.simpanIku(isianIku("IKU-K1", Map.of(2028, BigDecimal.TEN)), kunci.id()));
        IkuDaerah ikuBebas =
                admin(() -> tautan.simpanIku(isianIku("IKU-K2", Map.of(2027, BigDecimal.TEN)), bebas.id()));
        jdbc.sql("INSERT INTO persetujuan (tenant_id, perangkat_daerah_id, tahun, status, diubah_oleh, diubah_pada)"
                        + " VALUES (?, ?, 2028, 'DITETAPKAN', 'uji', NOW(3))")
                .params(t0, pd)
                .update();
        try {
            assertThatThrownBy(() -> admin(() -> sasaran.simpanSasaran(
                            periode.id(), new IsianSasaranRpjmd(kunci.id(), t.id(), "S-K1", "Diubah"))))
                    .isInstanceOf(DataTerkunciException.class)
                    .hasMessageContaining("tampil di LKjIP tahun 2028")
                    .hasMessageContaining("Realisasi tahun 2028 Dinas Uji Sasaran sudah ditetapkan dan terkunci");
            assertThatThrownBy(() -> admin(() -> {
                        tautan.tautkanIku(ikuKunci.id(), bebas.id());
                        return null;
                    }))
                    .isInstanceOf(DataTerkunciException.class);
            assertThatThrownBy(() -> admin(() -> {
                        sasaran.hapus(periode.id(), true, t.id());
                        return null;
                    }))
                    .isInstanceOf(DataTerkunciException.class);
            assertThat(SasaranRpjmdService.sasaran(admin(() -> sasaran.pohon(periode.id())), kunci.id())
                            .uraian())
                    .isEqualTo("Terkunci");
            assertThat(admin(() -> tautan.sasaranIku(periode.id()))).containsEntry(ikuKunci.id(), kunci.id());

            admin(() ->
                    sasaran.simpanSasaran(periode.id(), new IsianSasaranRpjmd(bebas.id(), t.id(), "S-K2", "Diubah")));
            admin(() -> {
                tautan.tautkanIku(ikuBebas.id(), null);
                return null;
            });
            assertThat(SasaranRpjmdService.sasaran(admin(() -> sasaran.pohon(periode.id())), bebas.id())
                            .uraian())
                    .isEqualTo("Diubah");
        } finally {
            jdbc.sql("DELETE FROM persetujuan WHERE tenant_id = ? AND tahun = 2028")
                    .param(t0)
                    .update();
        }
    }

    @Test
    void daerahLainTidakMembacaDanSelainAdminTidakMengubah() {
        TujuanRpjmd t =
                admin(() -> sasaran.simpanTujuan(new IsianTujuanRpjmd(null, periode.id(), 1, "T-A", "Tujuan akses")));
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, "62.01", () -> sasaran.pohon(periode.id())))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, "62.01", () -> {
                    sasaran.hapus(periode.id(), true, t.id());
                    return null;
                }))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> sebagai(
                        Peran.OPERATOR,
                        DAERAH,
                        () -> sasaran.simpanTujuan(
                                new IsianTujuanRpjmd(null, periode.id(), 1, "T-O", "Tujuan operator"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(sebagai(Peran.PENGAMAT, DAERAH, () -> sasaran.pohon(periode.id())))
                .extracting(TujuanRpjmd::kode)
                .contains("T-A");
    }

    @Test
    void tautanIkutEksporDanImporRencanaBolakBalik() throws Exception {
        TujuanRpjmd t =
                admin(() -> sasaran.simpanTujuan(new IsianTujuanRpjmd(null, periode.id(), 2, "T-X", "Tujuan tukar")));
        SasaranRpjmd s = admin(() ->
                sasaran.simpanSasaran(periode.id(), new IsianSasaranRpjmd(null, t.id(), "S-X1", "Sasaran tukar")));
        IkuDaerah i = admin(() -> tautan.simpanIku(isianIku("IKU-X", Map.of(2026, BigDecimal.ONE)), s.id()));
        BarisRenstra tujuanPd = admin(() -> renstra.simpan(
                pd,
                periode.id(),
                IsianBaris.struktur(JenisBaris.TUJUAN, null, null, "TPD-X", "Tujuan dinas tukar", null)));
        BarisRenstra sasaranPd = admin(() -> renstra.simpan(
                pd,
                periode.id(),
                IsianBaris.struktur(JenisBaris.SASARAN, null, tujuanPd.id(), "SPD-X", "Sasaran dinas tukar", null)));
        admin(() -> {
            tautan.tautkanSasaranRenstra(sasaranPd.id(), s.id());
            return null;
        });

        ObjectNode berkas = json.valueToTree(admin(() -> ekspor.ekspor(2026)));
        JsonNode tujuanBerkas = cari(berkas.at("/rpjmd/tujuan"), "T-X");
        assertThat(tujuanBerkas.path("misi").asInt()).isEqualTo(2);
        assertThat(tujuanBerkas.at("/sasaran/0/kode").asText()).isEqualTo("S-X1");
        ObjectNode ikuBerkas = (ObjectNode) cari(berkas.at("/rpjmd/ikuDaerah"), "IKU-X");
        assertThat(ikuBerkas.path("sasaranRpjmd").asText()).isEqualTo("S-X1");
        JsonNode sasaranPdBerkas = cari(
                cari(berkas.at("/perangkatDaerah/0/renstra/tujuan"), "TPD-X").path("sasaran"), "SPD-X");
        assertThat(sasaranPdBerkas.path("sasaranRpjmd").asText()).isEqualTo("S-X1");

        ((ObjectNode) tujuanBerkas.at("/sasaran/0")).put("uraian", "Sasaran tukar diubah lewat berkas");
        ikuBerkas.remove("sasaranRpjmd");
        admin(() -> impor.impor(bytes(berkas)));
        assertThat(SasaranRpjmdService.sasaran(admin(() -> sasaran.pohon(periode.id())), s.id())
                        .uraian())
                .isEqualTo("Sasaran tukar diubah lewat berkas");
        assertThat(admin(() -> tautan.sasaranIku(periode.id()))).doesNotContainKey(i.id());
        assertThat(admin(() -> tautan.sasaranRenstra(periode.id())))
                .filteredOn(r -> r.sasaranId() == sasaranPd.id())
                .extracting(TautanSasaranRenstra::sasaranRpjmdId)
                .containsExactly(s.id());

        // a file from before the list existed leaves the sasaran and every link alone
        ((ObjectNode) berkas.get("rpjmd")).remove("tujuan");
        ((ObjectNode) sasaranPdBerkas).remove("sasaranRpjmd");
        admin(() -> impor.impor(bytes(berkas)));
        assertThat(admin(() -> tautan.sasaranRenstra(periode.id())))
                .filteredOn(r -> r.sasaranId() == sasaranPd.id())
                .extracting(TautanSasaranRenstra::sasaranRpjmdId)
                .containsExactly(s.id());
        assertThat(admin(() -> sasaran.pohon(periode.id())))
                .extracting(TujuanRpjmd::kode)
                .contains("T-X");
    }

    byte[] bytes(JsonNode berkas) {
        try {
            return json.writeValueAsBytes(berkas);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode cari(JsonNode daftar, String kode) {
        return java.util.stream.StreamSupport.stream(daftar.spliterator(), false)
                .filter(n -> n.path("kode").asText().equals(kode))
                .findFirst()
                .orElseThrow();
    }

    IsianIkuDaerah isianIku(String kode, Map<Integer, BigDecimal> target) {
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

    <T> T admin(Supplier<T> kerja) {
        return sebagai(Peran.ADMIN_DAERAH, DAERAH, kerja);
    }
}
