package id.pkd.portal.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pertukaran.EksporRencanaService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.ValidasiGagalException;
import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The plan import: all or nothing, every error with its path; and the write path it shares. */
class ImporRencanaTest extends PortalIntegrationTest {

    @Autowired
    ImporRencanaService impor;

    @Autowired
    EksporRencanaService ekspor;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    ObjectNode rencanaBalangan() throws Exception {
        try (var isi = getClass().getResourceAsStream("/demo/balangan-2022.json")) {
            return (ObjectNode) json.readTree(isi);
        }
    }

    long jumlahBaris() {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM indikator) + (SELECT COUNT(*) FROM program_kegiatan)"
                        + " + (SELECT COUNT(*) FROM realisasi_indikator) + (SELECT COUNT(*) FROM pejabat)")
                .query(Long.class)
                .single();
    }

    ValidasiGagalException imporDitolak(Consumer<ObjectNode> rusak) throws Exception {
        ObjectNode doc = rencanaBalangan();
        rusak.accept(doc);
        long sebelum = jumlahBaris();
        byte[] isi = json.writeValueAsBytes(doc);
        ValidasiGagalException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> sebagai(Peran.ADMIN_DAERAH, "63.11", () -> impor.impor(isi)), ValidasiGagalException.class);
        assertThat(e).as("impor seharusnya ditolak").isNotNull();
        assertThat(jumlahBaris()).as("tidak ada yang tersimpan").isEqualTo(sebelum);
        return e;
    }

    static ObjectNode pd(ObjectNode doc) {
        return (ObjectNode) doc.withArray("perangkatDaerah").get(0);
    }

    @Test
    void imporUlangBerkasYangSamaTidakMengubahApaPun() throws Exception {
        long sebelum = jumlahBaris();
        byte[] isi = json.writeValueAsBytes(rencanaBalangan());
        var hasil = sebagai(Peran.ADMIN_DAERAH, "63.11", () -> impor.impor(isi));
        assertThat(hasil.subKegiatan()).isEqualTo(65);
        assertThat(jumlahBaris()).isEqualTo(sebelum);
    }

    @Test
    void eksporDapatDiimporKembaliDanMenghasilkanEksporYangSama() throws Exception {
        var pertama = sebagai(Peran.PENGAMAT, "63.11", () -> ekspor.ekspor(2022));
        byte[] isi = json.writeValueAsBytes(pertama);
        sebagai(Peran.ADMIN_DAERAH, "63.11", () -> impor.impor(isi));
        var kedua = sebagai(Peran.PENGAMAT, "63.11", () -> ekspor.ekspor(2022));
        assertThat(json.valueToTree(kedua).toString())
                .isEqualTo(json.valueToTree(pertama).toString());
        assertThat(pertama.perangkatDaerah().get(0).program()).hasSize(15);
    }

    @Test
    void berkasYangSebagianSalahDitolakSeluruhnyaDenganSetiapKesalahanDanPathnya() throws Exception {
        ValidasiGagalException e = imporDitolak(doc -> {
            ObjectNode pd = pd(doc);
            ((ObjectNode) pd.withArray("pejabat").get(0)).put("nip", "197302301993111001");
            ObjectNode ikuPertama = (ObjectNode) pd.with("renstra")
                    .withArray("tujuan")
                    .get(0)
                    .withArray("sasaran")
                    .get(0)
                    .withArray("indikator")
                    .get(0);
            ikuPertama.with("target").put("2027", 80);
            ObjectNode sub = (ObjectNode) pd.withArray("program")
                    .get(1)
                    .withArray("kegiatan")
                    .get(0)
                    .withArray("subKegiatan")
                    .get(0);
            sub.put("anggaran", -1000);
            ((ObjectNode) pd.withArray("realisasi").get(0)).put("indikator", "IKU-99");
        });
        assertThat(e.kesalahan())
                .extracting(Kesalahan::path)
                .contains(
                        "perangkatDaerah[0].pejabat[0].nip",
                        "perangkatDaerah[0].renstra.tujuan[0].sasaran[0].indikator[0].target.2027",
                        "perangkatDaerah[0].program[1].kegiatan[0].subKegiatan[0].anggaran",
                        "perangkatDaerah[0].realisasi[0].indikator");
        assertThat(e.kesalahan())
                .filteredOn(k -> k.path().endsWith("pejabat[0].nip"))
                .extracting(Kesalahan::pesan)
                .singleElement()
                .asString()
                .contains("tanggal lahir");
        assertThat(e.kesalahan())
                .filteredOn(k -> k.path().endsWith("target.2027"))
                .extracting(Kesalahan::pesan)
                .singleElement()
                .asString()
                .contains("di luar periode RPJMD 2021–2026");
    }

    @Test
    void jsonYangRusakAtauKunciTakDikenalDitolakDenganPath() throws Exception {
        ValidasiGagalException e = imporDitolak(doc -> pd(doc).put("anggaranTotal", 1));
        assertThat(e.kesalahan()).singleElement().satisfies(k -> {
            assertThat(k.path()).isEqualTo("perangkatDaerah[0].anggaranTotal");
            assertThat(k.pesan()).contains("anggaranTotal");
        });
        ValidasiGagalException jenis = imporDitolak(doc -> ((ObjectNode) pd(doc).withArray("program")
                        .get(0)
                        .withArray("kegiatan")
                        .get(0)
                        .withArray("subKegiatan")
                        .get(0))
                .put("anggaran", "delapan puluh juta"));
        assertThat(jenis.kesalahan())
                .singleElement()
                .extracting(Kesalahan::path)
                .isEqualTo("perangkatDaerah[0].program[0].kegiatan[0].subKegiatan[0].anggaran");
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, "63.11", () -> impor.impor("{\"format\": ".getBytes())))
                .isInstanceOf(ValidasiGagalException.class)
                .hasMessageContaining("tidak ada yang disimpan");
    }

    @Test
    void realisasiMelebihiAnggaranDiterimaDenganPeringatan() throws Exception {
        ObjectNode doc = rencanaBalangan();
        ObjectNode sub = (ObjectNode) pd(doc).withArray("program")
                .get(5)
                .withArray("kegiatan")
                .get(0)
                .withArray("subKegiatan")
                .get(0);
        BigDecimal asli = sub.get("realisasi").decimalValue();
        sub.put("realisasi", sub.get("anggaran").decimalValue().add(BigDecimal.ONE));
        var hasil = sebagai(Peran.ADMIN_DAERAH, "63.11", () -> impor.impor(tulis(doc)));
        assertThat(hasil.peringatan()).singleElement().satisfies(k -> assertThat(k.pesan())
                .contains("melebihi anggaran"));
        sub.put("realisasi", asli);
        sebagai(Peran.ADMIN_DAERAH, "63.11", () -> impor.impor(tulis(doc)));
    }

    byte[] tulis(ObjectNode doc) {
        try {
            return json.writeValueAsBytes(doc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void buktiYangIsinyaBukanSepertiNamanyaDitolak() {
        long id = realisasiIku("IKU-2");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        assertThatThrownBy(() -> sebagai(Peran.OPERATOR, "63.11", () -> realisasi.unggahBukti(id, "laporan.pdf", png)))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .extractingByKey("bukti")
                        .asString()
                        .contains("adalah PNG, bukan PDF"));
        assertThatThrownBy(() -> sebagai(Peran.OPERATOR, "63.11", () -> realisasi.unggahBukti(id, "skrip.exe", png)))
                .isInstanceOf(IsianTidakSahException.class);
        var bukti = sebagai(Peran.OPERATOR, "63.11", () -> realisasi.unggahBukti(id, "foto.png", png));
        assertThat(sebagai(Peran.PENGAMAT, "63.11", () -> realisasi.isiBukti(bukti.id())))
                .isEqualTo(png);
        assertThatThrownBy(() -> sebagai(Peran.PENGAMAT, "62.01", () -> realisasi.isiBukti(bukti.id())))
                .isInstanceOf(DataTidakDitemukanException.class);
    }

    @Test
    void penggunaDaerahLainTidakDapatMembacaAtauMengubahRealisasiBalangan() {
        long indikatorBalangan = sebagai(Peran.PENGAMAT, "63.11", () -> perencanaan
                .rencana(perencanaan.daftarPerangkatDaerah().get(0).id(), 2022)
                .indikator()
                .get(0)
                .id());
        assertThatThrownBy(() -> sebagai(Peran.PENGAMAT, "62.01", () -> perencanaan.indikator(indikatorBalangan)))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> sebagai(
                        Peran.OPERATOR,
                        "62.01",
                        () -> realisasi.simpan(new IsianRealisasi(
                                indikatorBalangan, 2022, 0, BigDecimal.ONE, null, null, null, null, null, null))))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThat(sebagai(Peran.PENGAMAT, "62.01", () -> perencanaan.daftarPerangkatDaerah()))
                .extracting(PerangkatDaerah::nama)
                .noneMatch(n -> n.contains("Pemberdayaan Masyarakat dan Desa"));
    }

    @Test
    void targetTahunDiLuarPeriodeDanRealisasiTanpaNilaiDitolakDiIsiannya() {
        long id = sebagai(Peran.PENGAMAT, "63.11", () -> perencanaan
                .rencana(perencanaan.daftarPerangkatDaerah().get(0).id(), 2022)
                .indikator()
                .get(0)
                .id());
        assertThatThrownBy(() -> sebagai(
                        Peran.OPERATOR,
                        "63.11",
                        () -> realisasi.simpan(
                                new IsianRealisasi(id, 2030, 0, BigDecimal.ONE, null, null, null, null, null, null))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsKey("tahun"));
        assertThatThrownBy(() -> sebagai(
                        Peran.OPERATOR,
                        "63.11",
                        () -> realisasi.simpan(
                                new IsianRealisasi(id, 2022, 0, null, null, null, null, null, null, null))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsKey("nilai"));
    }

    long realisasiIku(String kode) {
        return sebagai(Peran.PENGAMAT, "63.11", () -> {
            RencanaTahunan r = perencanaan.rencana(
                    perencanaan.daftarPerangkatDaerah().get(0).id(), 2022);
            Indikator i = r.indikator().stream()
                    .filter(x -> x.kode().equals(kode))
                    .findFirst()
                    .orElseThrow();
            return r.realisasi(i.id(), 2022, 0).orElseThrow().id();
        });
    }
}
