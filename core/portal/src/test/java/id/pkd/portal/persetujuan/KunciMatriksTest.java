package id.pkd.portal.persetujuan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.anggaran.AnggaranService;
import id.pkd.portal.anggaran.ImporAnggaranService;
import id.pkd.portal.anggaran.IsianSubKegiatan;
import id.pkd.portal.capaian.AmbangKategori;
import id.pkd.portal.capaian.AturanCapaian;
import id.pkd.portal.dokumen.TeksDokumenService;
import id.pkd.portal.dokumentasi.FotoDokumentasi.Kandidat;
import id.pkd.portal.dokumentasi.FotoDokumentasi.Pilihan;
import id.pkd.portal.dokumentasi.FotoDokumentasiService;
import id.pkd.portal.kepaladaerah.IsianKepalaDaerah;
import id.pkd.portal.kepaladaerah.KepalaDaerahService;
import id.pkd.portal.kepaladaerah.StatusKepalaDaerah;
import id.pkd.portal.organisasi.IsianBidang;
import id.pkd.portal.organisasi.IsianPenugasan;
import id.pkd.portal.organisasi.IsianPerangkatDaerah;
import id.pkd.portal.organisasi.PenugasanService;
import id.pkd.portal.organisasi.PerangkatDaerahService;
import id.pkd.portal.pembanding.PembandingIndikator;
import id.pkd.portal.pembanding.PembandingIndikatorService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pengukuran.PembekuanPengukuran;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.IsianRealisasi;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.perencanaan.SumberDana;
import id.pkd.portal.perjanjiankinerja.IsianSasaranPk;
import id.pkd.portal.perjanjiankinerja.PerjanjianKinerjaService;
import id.pkd.portal.plugin.BerkasXlsxUji;
import id.pkd.portal.plugin.DataUrusanService;
import id.pkd.portal.plugin.XlsxDataUrusanService;
import id.pkd.portal.renstra.BarisRenstra;
import id.pkd.portal.renstra.IsianBaris;
import id.pkd.portal.renstra.JenisBaris;
import id.pkd.portal.renstra.RenstraService;
import id.pkd.portal.rpjmd.IkuDaerah;
import id.pkd.portal.rpjmd.IkuDaerahService;
import id.pkd.portal.rpjmd.IsianIkuDaerah;
import id.pkd.portal.rpjmd.IsianPeriode;
import id.pkd.portal.rpjmd.RealisasiIkuDaerahService;
import id.pkd.portal.rpjmd.RpjmdService;
import id.pkd.portal.sdm.KategoriSdm;
import id.pkd.portal.sdm.KomposisiSdmService;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The project's central proof of issue 10's lock: every write path, one row of {@link #jalur()},
 * against a year of Balangan's Dinas Sosial that is Ditetapkan (2024) and one still in Draf (2025).
 * A path that changes one agency-year is refused on the locked year with the Bahasa Indonesia
 * reason and changes nothing, and accepted on the open year. A path that changes rules for every
 * year (capaian settings, realisasi source) is accepted, and the locked year's figures stay exactly
 * the frozen ones while the open year follows the change.
 *
 * <p>The test owns its years: no other test uses Balangan 2024 or 2025, and it removes the rows it
 * wrote (the audit trail keeps its entries).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KunciMatriksTest extends PortalIntegrationTest {

    static final String BALANGAN = "63.11";
    static final String TOKEN_BALANGAN = "pkd_demo_balangan_00000000000000000000000000";
    static final int TERKUNCI = 2024;
    static final int TERBUKA = 2025;
    static final String PROGRAM_UJI = "1.06.99";
    static final String KEGIATAN_UJI = "1.06.99.1.01";
    static final String SUB_KEGIATAN_UJI = "1.06.99.1.01.0001";
    /** A program of the nomenclature the budget editor's path adds. */
    static final String PROGRAM_NOMENKLATUR = "1.06.07";
    /** The program the budget spreadsheet's path imports. */
    static final String PROGRAM_XLSX = "1.06.03";

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    AnggaranService anggaran;

    @Autowired
    ImporAnggaranService imporAnggaran;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    PengukuranKinerjaService pengukuran;

    @Autowired
    PembekuanPengukuran pembekuan;

    @Autowired
    DataUrusanService dataUrusan;

    @Autowired
    XlsxDataUrusanService xlsx;

    @Autowired
    RenstraService renstra;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RpjmdService rpjmd;

    @Autowired
    IkuDaerahService ikuDaerah;

    @Autowired
    KepalaDaerahService kepalaDaerah;

    /** The Plt. the Kepala Daerah path records for a month of the year; removed again by {@link #pulihkan()}. */
    static final String KEPALA_UJI = "Uji Matriks Kunci";

    /**
     * The Plt. for August of each test year the removal path deletes; written straight into the tables (a term of the
     * locked year cannot be added through the service) and again by {@link #pulihkan()}.
     */
    static final String KEPALA_HAPUS_UJI = "Uji Matriks Kunci Hapus";

    @Autowired
    RealisasiIkuDaerahService realisasiIkuDaerah;

    @Autowired
    PerangkatDaerahService organisasi;

    @Autowired
    PenugasanService penugasan;

    @Autowired
    PerjanjianKinerjaService perjanjian;

    @Autowired
    KomposisiSdmService sdm;

    @Autowired
    PembandingIndikatorService pembanding;

    @Autowired
    FotoDokumentasiService foto;

    /** Per year, an evidence image uploaded before the lock, for the photo path. */
    final Map<Integer, Long> gambarUji = new HashMap<>();

    @Autowired
    TeksDokumenService teksDokumen;

    static final String KODE_PK_UJI = "UJI-KUNCI-PK";

    /** The year of the demo's agreements, the source the PK copy path copies from. */
    static final int TAHUN_PK_DEMO = 2022;

    @Autowired
    id.pkd.portal.perjanjiankinerja.SalinPerjanjianService salinPk;

    @Autowired
    id.pkd.portal.anggaran.SalinTahunService salinAnggaran;

    @Autowired
    id.pkd.portal.renstra.SalinTargetRenstraService salinTarget;

    @Autowired
    id.pkd.portal.daerah.DaerahService daerahService;

    @Autowired
    id.pkd.portal.pertukaran.ImporRencanaService imporRencana;

    @Autowired
    id.pkd.portal.rpjmd.SasaranRpjmdService sasaranRpjmd;

    @Autowired
    id.pkd.portal.rpjmd.TautanSasaranRpjmdService tautanSasaranRpjmd;

    /** Per year, a sasaran RPJMD whose only IKU has a target in that year alone (of {@link #ikuUrut}). */
    final Map<Integer, Long> sasaranRpjmdUji = new HashMap<>();

    long tujuanRpjmdUji;

    /**
     * Per year, a tujuan RPJMD under a misi of its own (the number, in {@link #misiUji}) whose one sasaran shows in that
     * year's LKjIP alone, through an IKU of its own ({@link #ikuMisiUji}): the misi-order path moves only that misi.
     */
    final Map<Integer, Long> tujuanMisiUji = new HashMap<>();

    final Map<Integer, Integer> misiUji = new HashMap<>();
    final Map<Integer, Long> ikuMisiUji = new HashMap<>();

    /** The period's misi before the test added its own, put back at the end. */
    String misiAsli;

    static final String KODE_IKU_UJI = "IKU-KUNCI";
    static final String JABATAN_UJI = "Kepala Uji Kunci";

    /** The region's own indicator the IKU paths change, and what the other new paths put back. */
    long ikuUji;

    long periodeUji;

    /** IKU with a target only in that year (key), and one without targets between them, for the order path. */
    Map<Integer, Long> ikuUrut = new HashMap<>();

    /** The order of the period's IKU before the order path, put back after it. */
    Map<Long, Integer> urutanIkuAsli = new HashMap<>();

    String visiAsli;
    String namaPdAsli;
    long pejabatUji;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    long tenant;
    long pd;
    String kodePd;
    /** Indicators entered by hand, one per path so the paths never meet. */
    List<Long> manual;

    List<String> kodeManual;

    long ikuPpks;

    /** The name the Renstra editor's path changes, put back after it. */
    String namaManual1;

    /** The open year's target the plan-import path changes, put back at the end. */
    BigDecimal targetTerbukaAsli;

    /**
     * One write path: {@code tulis} writes something new into the year; {@code baca} reads back what
     * that path changes, as a user would see it. {@code untukSemuaTahun}: the path is not per year
     * (settings, source), so it is accepted and must leave the locked year's figures frozen.
     */
    record Jalur(String nama, boolean untukSemuaTahun, Tulis tulis, Baca baca) {
        @Override
        public String toString() {
            return nama;
        }
    }

    interface Tulis {
        void ke(int tahun) throws Exception;
    }

    interface Baca {
        Object dari(int tahun);
    }

    Stream<Jalur> jalur() {
        return Stream.of(
                new Jalur(
                        "realisasi lewat layanan",
                        false,
                        th -> sebagai(
                                Peran.OPERATOR,
                                () -> realisasi.simpan(new IsianRealisasi(
                                        manual.get(0),
                                        th,
                                        0,
                                        new BigDecimal("77.5"),
                                        null,
                                        null,
                                        null,
                                        "u",
                                        "h",
                                        "r"))),
                        th -> nilaiRealisasi(manual.get(0), th)),
                new Jalur(
                        "realisasi lewat PUT /api/v1/realisasi",
                        false,
                        th -> {
                            int status = put(
                                    "/api/v1/realisasi/" + th + "/" + kodePd + "/" + kodeManual.get(1),
                                    "{\"nilai\": 61.25, \"upaya\": \"lewat API\"}");
                            if (status == 409) {
                                throw new DataTerkunciException(pesanApi);
                            }
                            assertThat(status).isEqualTo(200);
                        },
                        th -> nilaiRealisasi(manual.get(1), th)),
                new Jalur(
                        "realisasi anggaran",
                        false,
                        th -> sebagai(
                                Peran.OPERATOR,
                                () -> realisasi.simpanRealisasiAnggaran(subKegiatan(th), new BigDecimal("1234.50"))),
                        th -> jdbc.sql("SELECT realisasi FROM program_kegiatan WHERE id = ?")
                                .param(subKegiatan(th))
                                .query(BigDecimal.class)
                                .single()),
                new Jalur(
                        "pagu sub kegiatan lewat editor anggaran",
                        false,
                        th -> sebagai(
                                Peran.OPERATOR,
                                () -> anggaran.simpanSubKegiatan(
                                        pd,
                                        th,
                                        new IsianSubKegiatan(
                                                subKegiatan(th),
                                                new BigDecimal("7000000"),
                                                SumberDana.APBD_KABUPATEN_KOTA,
                                                Map.of(),
                                                List.of()))),
                        th -> jdbc.sql("SELECT anggaran FROM program_kegiatan WHERE id = ?")
                                .param(subKegiatan(th))
                                .query(BigDecimal.class)
                                .single()),
                new Jalur(
                        "program baru lewat editor anggaran",
                        false,
                        th -> sebagai(Peran.ADMIN_DAERAH, () -> anggaran.tambah(pd, th, null, PROGRAM_NOMENKLATUR)),
                        th -> jdbc.sql("SELECT COUNT(*) FROM program_kegiatan WHERE tenant_id = ? AND tahun = ?"
                                        + " AND kode = ?")
                                .params(tenant, th, PROGRAM_NOMENKLATUR)
                                .query(Integer.class)
                                .single()),
                new Jalur(
                        "impor XLSX program dan anggaran",
                        false,
                        th -> sebagai(
                                Peran.OPERATOR,
                                () -> imporAnggaran.impor(pd, th, "anggaran.xlsx", berkasAnggaran(PROGRAM_XLSX))),
                        th -> jdbc.sql("SELECT COUNT(*) FROM program_kegiatan WHERE tenant_id = ? AND tahun = ?"
                                        + " AND kode = ?")
                                .params(tenant, th, PROGRAM_XLSX)
                                .query(Integer.class)
                                .single()),
                new Jalur(
                        "unggah bukti",
                        false,
                        th -> sebagai(
                                Peran.OPERATOR,
                                () -> realisasi.unggahBukti(
                                        realisasiId(manual.get(2), th),
                                        "bukti.pdf",
                                        "%PDF-1.4 bukti uji kunci".getBytes(StandardCharsets.US_ASCII))),
                        th -> jdbc.sql("SELECT COUNT(*) FROM bukti_realisasi WHERE realisasi_id = ?")
                                .param(realisasiId(manual.get(2), th))
                                .query(Integer.class)
                                .single()),
                new Jalur(
                        "komposisi SDM",
                        false,
                        th -> sebagai(
                                Peran.OPERATOR,
                                () -> sdm.simpan(pd, th, Map.of(KategoriSdm.PNS, 40, KategoriSdm.NON_ASN, 9))),
                        th -> sebagai(Peran.PENGAMAT, () -> sdm.baca(pd, th)).jumlah()),
                new Jalur(
                        "pembanding nasional/provinsi",
                        false,
                        th -> sebagai(
                                Peran.OPERATOR,
                                () -> pembanding.simpan(
                                        manual.get(1),
                                        th,
                                        new PembandingIndikator.Isian(
                                                PembandingIndikator.Tingkat.PROVINSI,
                                                PembandingIndikator.Jenis.REALISASI,
                                                "Provinsi Uji Kunci",
                                                new BigDecimal("77.7"),
                                                "uji kunci"))),
                        th -> sebagai(Peran.PENGAMAT, () -> pembanding.daftar(manual.get(1), th))
                                .size()),
                new Jalur(
                        "foto dokumentasi LKIP",
                        false,
                        th -> sebagai(Peran.OPERATOR, () -> {
                            foto.simpan(pd, th, List.of(new Pilihan(gambarUji.get(th), "Foto uji kunci")));
                            return null;
                        }),
                        th -> sebagai(Peran.PENGAMAT, () -> foto.kandidat(pd, th)).stream()
                                .filter(Kandidat::terpilih)
                                .count()),
                new Jalur(
                        "unggah bukti lewat POST /api/v1/realisasi/…/bukti",
                        false,
                        th -> {
                            int status = unggah(
                                    "/api/v1/realisasi/" + th + "/" + kodePd + "/" + kodeManual.get(2) + "/bukti",
                                    "bukti-api.pdf",
                                    "%PDF-1.4 bukti uji kunci lewat API".getBytes(StandardCharsets.US_ASCII));
                            if (status == 409) {
                                throw new DataTerkunciException(pesanApi);
                            }
                            assertThat(status).as(badanApi).isEqualTo(201);
                        },
                        th -> jdbc.sql("SELECT COUNT(*) FROM bukti_realisasi WHERE realisasi_id = ?")
                                .param(realisasiId(manual.get(2), th))
                                .query(Integer.class)
                                .single()),
                new Jalur(
                        "teks dokumen LKIP lewat layar Teks Dokumen",
                        false,
                        th -> sebagai(Peran.ADMIN_DAERAH, () -> {
                            teksDokumen.simpan(pd, th, "PENUTUP", "Penutup uji kunci " + th);
                            return null;
                        }),
                        th -> jdbc.sql("SELECT isi FROM teks_dokumen WHERE tenant_id = ? AND perangkat_daerah_id = ?"
                                        + " AND tahun = ? AND bagian = 'PENUTUP'")
                                .params(tenant, pd, th)
                                .query(String.class)
                                .optional()
                                .orElse("-")),
                new Jalur(
                        "baris formulir urusan (PPKS)",
                        false,
                        th -> sebagai(
                                Peran.OPERATOR,
                                () -> dataUrusan.simpan(
                                        "urusan-sosial", "ppks", th, dataUrusan.baris("urusan-sosial", "ppks", 2022))),
                        th -> List.of(
                                jumlahBarisUrusan("urusan-sosial", "ppks", th),
                                capaian(th, ikuPpks)
                                        .realisasi()
                                        .map(BigDecimal::toPlainString)
                                        .orElse("-"))),
                new Jalur(
                        "impor XLSX data urusan (IDM)",
                        false,
                        th -> sebagai(
                                Peran.OPERATOR,
                                () -> xlsx.impor(
                                        "urusan-pmd", "idm", th, "idm.xlsx", BerkasXlsxUji.idmBalangan2022(-1, null))),
                        th -> jumlahBarisUrusan("urusan-pmd", "idm", th)),
                new Jalur(
                        "target lewat impor rencana (PUT /api/v1/rencana)",
                        false,
                        th -> {
                            ObjectNode rencana = (ObjectNode) json.readTree(get("/api/v1/rencana/" + th));
                            targetDalamBerkas(rencana, kodeManual.get(0)).put(Integer.toString(th), 42.5);
                            int status = put("/api/v1/rencana", json.writeValueAsString(rencana));
                            if (status == 422 && badanApi.contains("terkunci")) {
                                throw new DataTerkunciException(json.readTree(badanApi)
                                        .at("/kesalahan/0/pesan")
                                        .asText());
                            }
                            assertThat(status).as(badanApi).isEqualTo(200);
                        },
                        th -> target(manual.get(0), th)),
                new Jalur(
                        "target lewat editor Renstra",
                        false,
                        th -> sebagai(
                                Peran.ADMIN_DAERAH,
                                () -> renstra.simpan(
                                        pd,
                                        periodeRenstra(),
                                        IsianBaris.dari(barisRenstra(manual.get(0)))
                                                .denganTarget(th, new BigDecimal("43.25")))),
                        th -> target(manual.get(0), th)),
                new Jalur(
                        "nama indikator lewat editor Renstra",
                        true,
                        th -> sebagai(
                                Peran.ADMIN_DAERAH,
                                () -> renstra.simpan(
                                        pd,
                                        periodeRenstra(),
                                        IsianBaris.dari(barisRenstra(manual.get(1)))
                                                .denganUraian("Nama uji kunci editor Renstra"))),
                        th -> capaian(th, manual.get(1)).indikator().nama()),
                new Jalur(
                        "sumber realisasi indikator",
                        true,
                        th -> sebagai(
                                Peran.ADMIN_DAERAH, () -> perencanaan.aturSumberRealisasi(ikuPpks, null, s -> true)),
                        th -> Objects.toString(capaian(th, ikuPpks).indikator().sumberRealisasi()) + " "
                                + capaian(th, ikuPpks).realisasi().orElse(null)),
                new Jalur(
                        "target IKU Kepala Daerah lewat layar RPJMD",
                        false,
                        th -> sebagai(Peran.ADMIN_DAERAH, () -> {
                            IkuDaerah i = ikuDaerah.iku(ikuUji);
                            Map<Integer, BigDecimal> target = new HashMap<>(i.target());
                            target.put(th, new BigDecimal("42.5"));
                            return ikuDaerah.simpan(new IsianIkuDaerah(
                                    i.id(),
                                    i.periodeId(),
                                    i.kode(),
                                    i.nama(),
                                    i.satuan(),
                                    i.polaritas(),
                                    i.varianRendah(),
                                    i.kondisiAwal(),
                                    i.kondisiAkhir(),
                                    target));
                        }),
                        th -> targetIku(th)),
                new Jalur(
                        "realisasi IKU Kepala Daerah lewat layar RPJMD",
                        false,
                        th -> sebagai(Peran.ADMIN_DAERAH, () -> {
                            realisasiIkuDaerah.simpan(ikuUji, th, new BigDecimal("47.5"));
                            return null;
                        }),
                        th -> realisasiIku(th)),
                new Jalur(
                        "kepala daerah (penanda tangan LKJIP dan PK) lewat layar Kepala Daerah",
                        false,
                        th -> sebagai(
                                Peran.ADMIN_DAERAH,
                                () -> kepalaDaerah.simpan(new IsianKepalaDaerah(
                                        null,
                                        StatusKepalaDaerah.PLT,
                                        "Bupati Balangan",
                                        KEPALA_UJI,
                                        null,
                                        LocalDate.of(th, 6, 1),
                                        LocalDate.of(th, 6, 30),
                                        null))),
                        th -> jdbc.sql("SELECT COUNT(*) FROM kepala_daerah WHERE tenant_id = ? AND nama = ?"
                                        + " AND YEAR(mulai) = ?")
                                .params(tenant, KEPALA_UJI, th)
                                .query(Long.class)
                                .single()),
                new Jalur(
                        "kepala daerah dihapus (Plt. untuk Agustus) lewat layar Kepala Daerah",
                        false,
                        th -> sebagai(Peran.ADMIN_DAERAH, () -> {
                            kepalaDaerah.hapus(kepalaHapusUji(th));
                            return null;
                        }),
                        th -> jdbc.sql("SELECT COUNT(*) FROM kepala_daerah WHERE tenant_id = ? AND nama = ?"
                                        + " AND YEAR(mulai) = ?")
                                .params(tenant, KEPALA_HAPUS_UJI, th)
                                .query(Long.class)
                                .single()),
                new Jalur(
                        "target IKU Kepala Daerah lewat impor rencana",
                        false,
                        th -> {
                            ObjectNode rencana = (ObjectNode) json.readTree(get("/api/v1/rencana/" + th));
                            for (JsonNode i : rencana.path("rpjmd").path("ikuDaerah")) {
                                if (i.path("kode").asText().equals(KODE_IKU_UJI)) {
                                    ((ObjectNode) i).with("target").put(Integer.toString(th), 43.25);
                                }
                            }
                            int status = put("/api/v1/rencana", json.writeValueAsString(rencana));
                            if (status == 422 && badanApi.contains("terkunci")) {
                                throw new DataTerkunciException(json.readTree(badanApi)
                                        .at("/kesalahan/0/pesan")
                                        .asText());
                            }
                            assertThat(status).as(badanApi).isEqualTo(200);
                        },
                        th -> targetIku(th)),
                new Jalur(
                        "visi RPJMD",
                        true,
                        th -> sebagai(Peran.ADMIN_DAERAH, () -> {
                            PeriodeRpjmd p = rpjmd.periode(periodeUji);
                            return rpjmd.simpan(new IsianPeriode(
                                    p.id(), p.tahunAwal(), p.tahunAkhir(), "Visi uji kunci " + th, p.daftarMisi()));
                        }),
                        th -> ukur(th).rencana().periode().visi()),
                new Jalur(
                        "nomor misi tujuan RPJMD lewat urutan misi di layar RPJMD",
                        false,
                        // the year's own misi trades places with a new one: its tujuan follows it to the new number
                        th -> sebagai(Peran.ADMIN_DAERAH, () -> {
                            PeriodeRpjmd p = rpjmd.periode(periodeUji);
                            List<String> misi = new ArrayList<>(p.daftarMisi());
                            List<Integer> asal = new ArrayList<>();
                            for (int i = 1; i <= misi.size(); i++) {
                                asal.add(i);
                            }
                            int ke = misiUji.get(th);
                            misi.add(misi.get(ke - 1));
                            asal.add(ke);
                            misi.set(ke - 1, "Misi uji kunci pengganti " + th);
                            asal.set(ke - 1, null);
                            return rpjmd.simpan(
                                    new IsianPeriode(p.id(), p.tahunAwal(), p.tahunAkhir(), p.visi(), misi, asal));
                        }),
                        th -> jdbc.sql("SELECT misi_ke FROM tujuan_rpjmd WHERE tenant_id = ? AND id = ?")
                                .params(tenant, tujuanMisiUji.get(th))
                                .query(Integer.class)
                                .single()),
                new Jalur(
                        "nama perangkat daerah",
                        true,
                        th -> sebagai(
                                Peran.ADMIN_DAERAH,
                                () -> organisasi.simpan(new IsianPerangkatDaerah(
                                        pd,
                                        kodePd,
                                        "Dinas Uji Kunci " + th,
                                        organisasi.perangkatDaerah(pd).singkatan(),
                                        organisasi.urusan(pd)))),
                        th -> ukur(th).rencana().perangkatDaerah().nama()),
                new Jalur(
                        "bidang perangkat daerah",
                        true,
                        th -> sebagai(
                                Peran.ADMIN_DAERAH,
                                () -> organisasi.simpanBidang(
                                        new IsianBidang(null, pd, "UJI-" + th, "Bidang Uji Kunci"))),
                        th -> ukur(th).rencana().bidang().size()),
                new Jalur(
                        "penugasan Plt",
                        true,
                        th -> sebagai(
                                Peran.ADMIN_DAERAH,
                                () -> penugasan.simpan(new IsianPenugasan(
                                        null,
                                        pejabatUji,
                                        "PLT",
                                        JABATAN_UJI,
                                        LocalDate.of(th, 1, 1),
                                        LocalDate.of(th, 12, 31)))),
                        th -> ukur(th).rencana().pelaksana().size()),
                new Jalur(
                        "sasaran lewat editor Perjanjian Kinerja",
                        false,
                        th -> sebagai(Peran.ADMIN_DAERAH, () -> {
                            perjanjian.simpanPihakKedua(pejabatUji, th, "Bupati Uji Kunci", "Bupati Balangan");
                            return perjanjian.simpanSasaran(
                                    pejabatUji,
                                    th,
                                    new IsianSasaranPk(
                                            null,
                                            KODE_PK_UJI,
                                            "Sasaran uji kunci",
                                            jdbc.sql("SELECT sasaran_id FROM indikator WHERE id = ?")
                                                    .param(manual.get(0))
                                                    .query(Long.class)
                                                    .single(),
                                            List.of(new IsianSasaranPk.IsianIndikatorPk(
                                                    manual.get(0), null, null, new BigDecimal("12.5")))));
                        }),
                        th -> jdbc.sql("SELECT COUNT(*) FROM pk_sasaran s JOIN perjanjian_kinerja p ON p.id ="
                                        + " s.perjanjian_kinerja_id WHERE p.tenant_id = ? AND p.pejabat_id = ?"
                                        + " AND p.tahun = ?")
                                .params(tenant, pejabatUji, th)
                                .query(Integer.class)
                                .single()),
                new Jalur(
                        "pengaturan capaian",
                        true,
                        th -> sebagai(Peran.ADMIN_DAERAH, () -> {
                            pengukuran.ubahAturan(
                                    new AmbangKategori(
                                            new BigDecimal("99"),
                                            new BigDecimal("80"),
                                            new BigDecimal("70"),
                                            new BigDecimal("60")),
                                    AturanCapaian.BAKU.pembulatan());
                            return null;
                        }),
                        th -> ukur(th).aturan()),
                new Jalur(
                        "urutan IKU Kepala Daerah lewat layar RPJMD",
                        false,
                        // the year's own IKU trades places with one without targets: only that year's LKjIP moves
                        th -> sebagai(Peran.ADMIN_DAERAH, () -> ikuDaerah.geser(ikuUrut.get(th), th == TERBUKA)),
                        th -> sebagai(Peran.PENGAMAT, () -> ikuDaerah.daftar(periodeUji)).stream()
                                .map(IkuDaerah::id)
                                .toList()
                                .indexOf(ikuUrut.get(th))),
                new Jalur(
                        "uraian sasaran RPJMD lewat layar RPJMD",
                        false,
                        // the sasaran shows in the LKjIP of the one year its IKU has a target in
                        th -> sebagai(
                                Peran.ADMIN_DAERAH,
                                () -> sasaranRpjmd.simpanSasaran(
                                        periodeUji,
                                        new id.pkd.portal.rpjmd.IsianSasaranRpjmd(
                                                sasaranRpjmdUji.get(th),
                                                tujuanRpjmdUji,
                                                "SR-KUNCI-" + th,
                                                "Sasaran uji kunci diubah " + th))),
                        th -> jdbc.sql("SELECT uraian FROM sasaran_rpjmd WHERE id = ?")
                                .param(sasaranRpjmdUji.get(th))
                                .query(String.class)
                                .single()),
                new Jalur(
                        "uraian sasaran RPJMD lewat impor rencana (PUT /api/v1/rencana)",
                        false,
                        // the JSON path asks the guard for the same years the RPJMD screen does (issue 13)
                        th -> {
                            ObjectNode rencana = (ObjectNode) json.readTree(get("/api/v1/rencana/" + th));
                            sasaranRpjmdDalamBerkas(rencana, "SR-KUNCI-" + th)
                                    .put("uraian", "Sasaran uji kunci lewat impor " + th);
                            int status = put("/api/v1/rencana", json.writeValueAsString(rencana));
                            if (status == 422 && badanApi.contains("terkunci")) {
                                throw new DataTerkunciException(json.readTree(badanApi)
                                        .at("/kesalahan/0/pesan")
                                        .asText());
                            }
                            assertThat(status).as(badanApi).isEqualTo(200);
                        },
                        th -> jdbc.sql("SELECT uraian FROM sasaran_rpjmd WHERE id = ?")
                                .param(sasaranRpjmdUji.get(th))
                                .query(String.class)
                                .single()),
                new Jalur(
                        "salin Perjanjian Kinerja dari tahun lain",
                        false,
                        th -> sebagai(Peran.ADMIN_DAERAH, () -> salinPk.salin(pd, pejabatUji, TAHUN_PK_DEMO, th)),
                        th -> jdbc.sql("SELECT COUNT(*) FROM pk_sasaran s JOIN perjanjian_kinerja p ON p.id ="
                                        + " s.perjanjian_kinerja_id WHERE p.tenant_id = ? AND p.pejabat_id = ?"
                                        + " AND p.tahun = ?")
                                .params(tenant, pejabatUji, th)
                                .query(Integer.class)
                                .single()));
    }

    /**
     * The copies into a year (budget, Perjanjian Kinerja, Renstra targets) on an agency-year that is locked and still empty, so the
     * lock and not the "only into an empty year" rule is what refuses; once reopened the same copies go in. A region
     * of its own (75.03): Balangan has no empty year both copies could use.
     */
    @org.junit.jupiter.api.Test
    void salinanKeTahunKosongYangTerkunciDitolakSetelahDibukaDiterima() {
        String daerah = "75.03";
        long t = id.pkd.portal.perjanjiankinerja.DaerahUjiPk.pastikan(
                        daerahService, imporRencana, jdbc, daerah, "admin.uji7503", "SALIN.1")
                .value();
        long pdSalin = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = 'SALIN.1'")
                .param(t)
                .query(Long.class)
                .single();
        long kepala = jdbc.sql("SELECT id FROM pejabat WHERE tenant_id = ? AND atasan_id IS NULL")
                .param(t)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO program_kegiatan (tenant_id, perangkat_daerah_id, tahun, tingkat, urutan, kode, nama)"
                        + " VALUES (?, ?, 2025, 'PROGRAM', 1, '1.06.02', 'Program Rehabilitasi Sosial')")
                .params(t, pdSalin)
                .update();
        long sasaranRenstra = jdbc.sql("SELECT s.id FROM sasaran s JOIN tujuan j ON j.id = s.tujuan_id"
                        + " WHERE s.tenant_id = ? AND j.perangkat_daerah_id = ?")
                .params(t, pdSalin)
                .query(Long.class)
                .single();
        long ikuSalin = jdbc.sql(
                        "SELECT id FROM indikator WHERE tenant_id = ? AND perangkat_daerah_id = ? AND kode = 'IKU-1'")
                .params(t, pdSalin)
                .query(Long.class)
                .single();
        sebagai(Peran.ADMIN_DAERAH, daerah, () -> {
            perjanjian.simpanPihakKedua(kepala, 2025, "Bupati Uji Salin", "Bupati");
            return perjanjian.simpanSasaran(
                    kepala,
                    2025,
                    new IsianSasaranPk(
                            null,
                            "K-S1",
                            "Sasaran kepala",
                            sasaranRenstra,
                            List.of(new IsianSasaranPk.IsianIndikatorPk(ikuSalin, null, null, BigDecimal.TEN))));
        });
        long periodeSalin = jdbc.sql("SELECT id FROM periode_rpjmd WHERE tenant_id = ?")
                .param(t)
                .query(Long.class)
                .single();
        // the Renstra's 2026 target left empty, for the copy of targets to fill
        jdbc.sql("DELETE FROM target_indikator WHERE tenant_id = ? AND tahun = 2026")
                .param(t)
                .update();
        jdbc.sql("INSERT INTO persetujuan (tenant_id, perangkat_daerah_id, tahun, status, diubah_oleh, diubah_pada)"
                        + " VALUES (?, ?, 2026, 'DITETAPKAN', 'uji', NOW(3))")
                .params(t, pdSalin)
                .update();
        Supplier<List<Integer>> isi2026 = () -> List.of(
                jdbc.sql("SELECT COUNT(*) FROM target_indikator WHERE tenant_id = ? AND tahun = 2026")
                        .param(t)
                        .query(Integer.class)
                        .single(),
                jdbc.sql("SELECT COUNT(*) FROM program_kegiatan WHERE tenant_id = ? AND tahun = 2026")
                        .param(t)
                        .query(Integer.class)
                        .single(),
                jdbc.sql("SELECT COUNT(*) FROM perjanjian_kinerja WHERE tenant_id = ? AND tahun = 2026")
                        .param(t)
                        .query(Integer.class)
                        .single());
        assertThat(isi2026.get()).containsExactly(0, 0, 0);

        for (Tulis salinan : List.<Tulis>of(
                th -> sebagai(Peran.OPERATOR, daerah, () -> salinAnggaran.salin(pdSalin, th - 1)),
                th -> sebagai(Peran.ADMIN_DAERAH, daerah, () -> salinPk.salin(pdSalin, null, th - 1, th)),
                th -> sebagai(
                        Peran.ADMIN_DAERAH, daerah, () -> salinTarget.salin(pdSalin, periodeSalin, th - 1, th)))) {
            assertThatThrownBy(() -> salinan.ke(2026))
                    .isInstanceOf(DataTerkunciException.class)
                    .hasMessageContaining("Realisasi tahun 2026")
                    .hasMessageContaining("sudah ditetapkan dan terkunci; minta Admin Daerah membukanya kembali");
            assertThat(isi2026.get()).as("nothing copied").containsExactly(0, 0, 0);
        }

        jdbc.sql("DELETE FROM persetujuan WHERE tenant_id = ? AND tahun = 2026")
                .param(t)
                .update();
        sebagai(Peran.OPERATOR, daerah, () -> salinAnggaran.salin(pdSalin, 2025));
        sebagai(Peran.ADMIN_DAERAH, daerah, () -> salinPk.salin(pdSalin, null, 2025, 2026));
        sebagai(Peran.ADMIN_DAERAH, daerah, () -> salinTarget.salin(pdSalin, periodeSalin, 2025, 2026));
        assertThat(isi2026.get()).as("the same copies into the reopened year").containsExactly(1, 1, 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jalur")
    void tahunTerkunciMenolakAtauTetapBekuTahunTerbukaMenerima(Jalur j) throws Exception {
        PengukuranKinerja bekuSebelum = ukur(TERKUNCI);
        Object terkunciSebelum = j.baca().dari(TERKUNCI);
        Object terbukaSebelum = j.baca().dari(TERBUKA);
        try {
            if (j.untukSemuaTahun()) {
                j.tulis().ke(TERKUNCI);
                assertThat(j.baca().dari(TERKUNCI)).isEqualTo(terkunciSebelum);
            } else {
                assertThatThrownBy(() -> j.tulis().ke(TERKUNCI))
                        .isInstanceOf(DataTerkunciException.class)
                        .hasMessageContaining("Realisasi tahun " + TERKUNCI)
                        .hasMessageContaining("sudah ditetapkan dan terkunci; minta Admin Daerah membukanya kembali");
                assertThat(j.baca().dari(TERKUNCI)).as("nothing changed").isEqualTo(terkunciSebelum);
            }
            assertThat(ukur(TERKUNCI)).as("frozen figures").isEqualTo(bekuSebelum);

            j.tulis().ke(TERBUKA);
            assertThat(j.baca().dari(TERBUKA)).as("visible in the open year").isNotEqualTo(terbukaSebelum);
        } finally {
            pulihkan();
        }
    }

    @BeforeAll
    void siapkan() {
        tenant = tenant(BALANGAN).value();
        pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? ORDER BY id LIMIT 1")
                .param(tenant)
                .query(Long.class)
                .single();
        kodePd = jdbc.sql("SELECT kode FROM perangkat_daerah WHERE id = ?")
                .param(pd)
                .query(String.class)
                .single();
        manual = jdbc.sql("SELECT id FROM indikator WHERE tenant_id = ? AND perangkat_daerah_id = ?"
                        + " AND sasaran_id IS NOT NULL AND sumber_realisasi IS NULL ORDER BY id LIMIT 3")
                .param(tenant)
                .param(pd)
                .query(Long.class)
                .list();
        kodeManual = manual.stream()
                .map(id -> jdbc.sql("SELECT kode FROM indikator WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .toList();
        ikuPpks = jdbc.sql("SELECT id FROM indikator WHERE tenant_id = ? AND sumber_realisasi = ?")
                .param(tenant)
                .param("urusan-sosial/ppks-tertangani")
                .query(Long.class)
                .single();
        for (int th : new int[] {TERKUNCI, TERBUKA}) {
            // A whole program → kegiatan → sub kegiatan chain with Permendagri 90/2019 codes, so the
            // year's plan exports and imports back like any other.
            Long induk = null;
            for (String[] baris : new String[][] {
                {"PROGRAM", PROGRAM_UJI, "Program uji kunci"},
                {"KEGIATAN", KEGIATAN_UJI, "Kegiatan uji kunci"},
                {"SUB_KEGIATAN", SUB_KEGIATAN_UJI, "Sub kegiatan uji kunci"}
            }) {
                boolean sub = baris[0].equals("SUB_KEGIATAN");
                jdbc.sql(
                                "INSERT INTO program_kegiatan (tenant_id, perangkat_daerah_id, tahun, tingkat, induk_id, urutan,"
                                        + " kode, nama, sumber_dana, anggaran, realisasi) VALUES (?, ?, ?, ?, ?, 999, ?, ?, ?, ?, ?)")
                        .params(
                                tenant,
                                pd,
                                th,
                                baris[0],
                                induk,
                                baris[1],
                                baris[2],
                                sub ? "APBD_KABUPATEN_KOTA" : null,
                                sub ? new BigDecimal("5000000") : null,
                                sub ? BigDecimal.ZERO : null)
                        .update();
                induk = jdbc.sql("SELECT id FROM program_kegiatan WHERE tenant_id = ? AND tahun = ? AND kode = ?")
                        .params(tenant, th, baris[1])
                        .query(Long.class)
                        .single();
            }
            int tahun = th;
            sebagai(
                    Peran.OPERATOR,
                    () -> realisasi.simpan(new IsianRealisasi(
                            manual.get(2), tahun, 0, new BigDecimal("10"), null, null, null, null, null, null)));
            gambarUji.put(
                    tahun,
                    sebagai(
                                    Peran.OPERATOR,
                                    () -> realisasi.unggahBukti(
                                            realisasiId(manual.get(2), tahun), "foto-" + tahun + ".png", pngUji(tahun)))
                            .id());
        }
        targetTerbukaAsli = target(manual.get(0), TERBUKA);
        namaManual1 = jdbc.sql("SELECT nama FROM indikator WHERE id = ?")
                .param(manual.get(1))
                .query(String.class)
                .single();
        periodeUji = jdbc.sql(
                        "SELECT id FROM periode_rpjmd WHERE tenant_id = ? AND ? BETWEEN tahun_awal AND tahun_akhir")
                .params(tenant, TERKUNCI)
                .query(Long.class)
                .single();
        visiAsli = jdbc.sql("SELECT visi FROM periode_rpjmd WHERE id = ?")
                .param(periodeUji)
                .query(String.class)
                .single();
        namaPdAsli = jdbc.sql("SELECT nama FROM perangkat_daerah WHERE id = ?")
                .param(pd)
                .query(String.class)
                .single();
        pejabatUji = jdbc.sql(
                        "SELECT id FROM pejabat WHERE tenant_id = ? AND perangkat_daerah_id = ? ORDER BY id LIMIT 1")
                .params(tenant, pd)
                .query(Long.class)
                .single();
        ikuUji = sebagai(
                        Peran.ADMIN_DAERAH,
                        () -> ikuDaerah.simpan(new IsianIkuDaerah(
                                null,
                                periodeUji,
                                KODE_IKU_UJI,
                                "Indikator uji kunci daerah",
                                "%",
                                id.pkd.plugin.api.Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK,
                                null,
                                null,
                                null,
                                Map.of(TERKUNCI, BigDecimal.TEN, TERBUKA, BigDecimal.TEN))))
                .id();
        for (Integer th : new Integer[] {TERKUNCI, null, TERBUKA}) {
            long nomor = sebagai(
                            Peran.ADMIN_DAERAH,
                            () -> ikuDaerah.simpan(new IsianIkuDaerah(
                                    null,
                                    periodeUji,
                                    KODE_IKU_UJI + "-URUT-" + (th == null ? "KOSONG" : th),
                                    "Indikator uji urutan",
                                    "%",
                                    id.pkd.plugin.api.Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK,
                                    null,
                                    null,
                                    null,
                                    th == null ? Map.of() : Map.of(th, BigDecimal.ONE))))
                    .id();
            ikuUrut.put(th == null ? 0 : th, nomor);
        }
        jdbc.sql("SELECT id, urutan FROM iku_daerah WHERE tenant_id = ? AND periode_id = ?")
                .params(tenant, periodeUji)
                .query(rs -> {
                    urutanIkuAsli.put(rs.getLong(1), rs.getInt(2));
                });
        sebagai(Peran.ADMIN_DAERAH, () -> {
            tujuanRpjmdUji = sasaranRpjmd
                    .simpanTujuan(new id.pkd.portal.rpjmd.IsianTujuanRpjmd(
                            null, periodeUji, 1, "TR-KUNCI", "Tujuan uji kunci"))
                    .id();
            for (int th : new int[] {TERKUNCI, TERBUKA}) {
                long s = sasaranRpjmd
                        .simpanSasaran(
                                periodeUji,
                                new id.pkd.portal.rpjmd.IsianSasaranRpjmd(
                                        null, tujuanRpjmdUji, "SR-KUNCI-" + th, "Sasaran uji kunci " + th))
                        .id();
                tautanSasaranRpjmd.tautkanIku(ikuUrut.get(th), s);
                sasaranRpjmdUji.put(th, s);
            }
            siapkanMisiUji();
            return null;
        });
        pastikanKepalaHapusUji();
        sebagai(Peran.OPERATOR, () -> persetujuan.ajukan(pd, TERKUNCI));
        sebagai(Peran.VERIFIKATOR, () -> persetujuan.verifikasi(pd, TERKUNCI));
        sebagai(Peran.PIMPINAN, () -> persetujuan.tetapkan(pd, TERKUNCI));
        assertThat(sebagai(Peran.PENGAMAT, () -> pembekuan.aktif(pd, TERKUNCI))).isPresent();
    }

    /** A misi per year, appended to the period, with a tujuan, a sasaran and an IKU whose target is that year's. */
    void siapkanMisiUji() {
        PeriodeRpjmd p = rpjmd.periode(periodeUji);
        misiAsli = p.misi();
        List<String> misi = new ArrayList<>(p.daftarMisi());
        for (int th : new int[] {TERKUNCI, TERBUKA}) {
            misi.add("Misi uji kunci " + th);
            misiUji.put(th, misi.size());
        }
        rpjmd.simpan(new IsianPeriode(p.id(), p.tahunAwal(), p.tahunAkhir(), p.visi(), misi));
        for (int th : new int[] {TERKUNCI, TERBUKA}) {
            long tujuan = sasaranRpjmd
                    .simpanTujuan(new id.pkd.portal.rpjmd.IsianTujuanRpjmd(
                            null, periodeUji, misiUji.get(th), "TR-MISI-" + th, "Tujuan uji nomor misi " + th))
                    .id();
            long s = sasaranRpjmd
                    .simpanSasaran(
                            periodeUji,
                            new id.pkd.portal.rpjmd.IsianSasaranRpjmd(
                                    null, tujuan, "SR-MISI-" + th, "Sasaran uji nomor misi " + th))
                    .id();
            long iku = ikuDaerah
                    .simpan(new IsianIkuDaerah(
                            null,
                            periodeUji,
                            KODE_IKU_UJI + "-MISI-" + th,
                            "Indikator uji nomor misi",
                            "%",
                            id.pkd.plugin.api.Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK,
                            null,
                            null,
                            null,
                            Map.of(th, BigDecimal.ONE)))
                    .id();
            tautanSasaranRpjmd.tautkanIku(iku, s);
            tujuanMisiUji.put(th, tujuan);
            ikuMisiUji.put(th, iku);
        }
    }

    @AfterAll
    void bersihkan() {
        List<Long> pejabatHapusUji = jdbc.sql("SELECT pejabat_id FROM kepala_daerah WHERE tenant_id = ? AND nama = ?")
                .params(tenant, KEPALA_HAPUS_UJI)
                .query(Long.class)
                .list();
        jdbc.sql("DELETE FROM kepala_daerah WHERE tenant_id = ? AND nama = ?")
                .params(tenant, KEPALA_HAPUS_UJI)
                .update();
        pejabatHapusUji.forEach(id -> jdbc.sql("DELETE FROM pejabat WHERE tenant_id = ? AND id = ?")
                .params(tenant, id)
                .update());
        if (targetTerbukaAsli == null) {
            jdbc.sql("DELETE FROM target_indikator WHERE tenant_id = ? AND indikator_id = ? AND tahun = ?")
                    .params(tenant, manual.get(0), TERBUKA)
                    .update();
        } else {
            jdbc.sql("UPDATE target_indikator SET nilai = ? WHERE tenant_id = ? AND indikator_id = ? AND tahun = ?")
                    .params(targetTerbukaAsli, tenant, manual.get(0), TERBUKA)
                    .update();
        }
        sebagai(Peran.ADMIN_DAERAH, () -> persetujuan.bukaKembali(pd, TERKUNCI, "uji matriks kunci selesai"));
        jdbc.sql("DELETE FROM persetujuan WHERE tenant_id = ? AND perangkat_daerah_id = ? AND tahun IN (?, ?)")
                .params(tenant, pd, TERKUNCI, TERBUKA)
                .update();
        jdbc.sql("DELETE FROM foto_dokumentasi WHERE tenant_id = ? AND tahun IN (?, ?)")
                .params(tenant, TERKUNCI, TERBUKA)
                .update();
        jdbc.sql("DELETE b FROM bukti_realisasi b JOIN realisasi_indikator r ON r.id = b.realisasi_id"
                        + " WHERE r.tenant_id = ? AND r.tahun IN (?, ?)")
                .params(tenant, TERKUNCI, TERBUKA)
                .update();
        jdbc.sql("DELETE FROM teks_dokumen WHERE tenant_id = ? AND tahun IN (?, ?)")
                .params(tenant, TERKUNCI, TERBUKA)
                .update();
        jdbc.sql("DELETE FROM realisasi_indikator WHERE tenant_id = ? AND tahun IN (?, ?)")
                .params(tenant, TERKUNCI, TERBUKA)
                .update();
        // the demo's own 2022 plan has this program too: only the test's years go
        jdbc.sql("DELETE FROM program_kegiatan WHERE tenant_id = ? AND kode = ? AND tahun IN (?, ?)")
                .params(tenant, PROGRAM_NOMENKLATUR, TERKUNCI, TERBUKA)
                .update();
        jdbc.sql("DELETE FROM program_kegiatan WHERE tenant_id = ? AND kode = ? AND tahun IN (?, ?)")
                .params(tenant, PROGRAM_XLSX, TERKUNCI, TERBUKA)
                .update();
        for (String kode : List.of(SUB_KEGIATAN_UJI, KEGIATAN_UJI, PROGRAM_UJI)) {
            jdbc.sql("DELETE FROM program_kegiatan WHERE tenant_id = ? AND kode = ?")
                    .params(tenant, kode)
                    .update();
        }
        jdbc.sql("DELETE FROM nomenklatur_tahun WHERE tenant_id = ? AND tahun IN (?, ?)")
                .params(tenant, TERKUNCI, TERBUKA)
                .update();
        jdbc.sql("DELETE FROM data_urusan WHERE tenant_id = ? AND tahun IN (?, ?)")
                .params(tenant, TERKUNCI, TERBUKA)
                .update();
        jdbc.sql("DELETE FROM komposisi_sdm WHERE tenant_id = ? AND tahun IN (?, ?)")
                .params(tenant, TERKUNCI, TERBUKA)
                .update();
        jdbc.sql("DELETE FROM pembanding_indikator WHERE tenant_id = ? AND tahun IN (?, ?)")
                .params(tenant, TERKUNCI, TERBUKA)
                .update();
        jdbc.sql("DELETE FROM realisasi_iku_daerah WHERE tenant_id = ? AND iku_daerah_id = ?")
                .params(tenant, ikuUji)
                .update();
        for (long id : ikuUrut.values()) {
            jdbc.sql("DELETE FROM target_iku_daerah WHERE tenant_id = ? AND iku_daerah_id = ?")
                    .params(tenant, id)
                    .update();
            jdbc.sql("DELETE FROM iku_daerah WHERE tenant_id = ? AND id = ?")
                    .params(tenant, id)
                    .update();
        }
        jdbc.sql("DELETE FROM target_iku_daerah WHERE tenant_id = ? AND iku_daerah_id = ?")
                .params(tenant, ikuUji)
                .update();
        jdbc.sql("DELETE FROM iku_daerah WHERE tenant_id = ? AND id = ?")
                .params(tenant, ikuUji)
                .update();
        for (long id : ikuMisiUji.values()) {
            jdbc.sql("DELETE FROM target_iku_daerah WHERE tenant_id = ? AND iku_daerah_id = ?")
                    .params(tenant, id)
                    .update();
            jdbc.sql("DELETE FROM iku_daerah WHERE tenant_id = ? AND id = ?")
                    .params(tenant, id)
                    .update();
        }
        List<Long> tujuanUji = new ArrayList<>(tujuanMisiUji.values());
        tujuanUji.add(tujuanRpjmdUji);
        for (long id : tujuanUji) {
            jdbc.sql("DELETE FROM sasaran_rpjmd WHERE tenant_id = ? AND tujuan_id = ?")
                    .params(tenant, id)
                    .update();
            jdbc.sql("DELETE FROM tujuan_rpjmd WHERE tenant_id = ? AND id = ?")
                    .params(tenant, id)
                    .update();
        }
        if (misiAsli != null) {
            jdbc.sql("UPDATE periode_rpjmd SET misi = ? WHERE tenant_id = ? AND id = ?")
                    .params(misiAsli, tenant, periodeUji)
                    .update();
        }
    }

    /** The period's misi as {@link #siapkanMisiUji} left them. */
    String misiDenganUji() {
        return String.join("\n", misiAsli, "Misi uji kunci " + TERKUNCI, "Misi uji kunci " + TERBUKA);
    }

    BigDecimal realisasiIku(int tahun) {
        return jdbc.sql(
                        "SELECT nilai FROM realisasi_iku_daerah WHERE tenant_id = ? AND iku_daerah_id = ? AND tahun = ?")
                .params(tenant, ikuUji, tahun)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    BigDecimal targetIku(int tahun) {
        return jdbc.sql("SELECT nilai FROM target_iku_daerah WHERE tenant_id = ? AND iku_daerah_id = ? AND tahun = ?")
                .params(tenant, ikuUji, tahun)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    /** The id of the removal path's Plt. in {@code tahun}. */
    long kepalaHapusUji(int tahun) {
        return jdbc.sql("SELECT id FROM kepala_daerah WHERE tenant_id = ? AND nama = ? AND YEAR(mulai) = ?")
                .params(tenant, KEPALA_HAPUS_UJI, tahun)
                .query(Long.class)
                .single();
    }

    /** The removal path's Plt. for August of both test years, each with its own signing row, where missing. */
    void pastikanKepalaHapusUji() {
        for (int th : new int[] {TERKUNCI, TERBUKA}) {
            long ada = jdbc.sql(
                            "SELECT COUNT(*) FROM kepala_daerah WHERE tenant_id = ? AND nama = ? AND YEAR(mulai) = ?")
                    .params(tenant, KEPALA_HAPUS_UJI, th)
                    .query(Long.class)
                    .single();
            if (ada > 0) {
                continue;
            }
            var kunciPejabat = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("INSERT INTO pejabat (tenant_id, nama, jabatan) VALUES (?, ?, 'Plt. Bupati Balangan')")
                    .params(tenant, KEPALA_HAPUS_UJI)
                    .update(kunciPejabat, "id");
            jdbc.sql("INSERT INTO kepala_daerah (tenant_id, pejabat_id, status, jabatan, nama, mulai, selesai)"
                            + " VALUES (?, ?, 'PLT', 'Bupati Balangan', ?, ?, ?)")
                    .params(
                            tenant,
                            kunciPejabat.getKey().longValue(),
                            KEPALA_HAPUS_UJI,
                            LocalDate.of(th, 8, 1),
                            LocalDate.of(th, 8, 31))
                    .update();
        }
    }

    /** Puts back what the rules-for-every-year paths and the open year's writes changed. */
    void pulihkan() {
        pastikanKepalaHapusUji();
        List<Long> pejabatKepalaUji = jdbc.sql("SELECT pejabat_id FROM kepala_daerah WHERE tenant_id = ? AND nama = ?")
                .params(tenant, KEPALA_UJI)
                .query(Long.class)
                .list();
        jdbc.sql("DELETE FROM kepala_daerah WHERE tenant_id = ? AND nama = ?")
                .params(tenant, KEPALA_UJI)
                .update();
        pejabatKepalaUji.forEach(id -> jdbc.sql("DELETE FROM pejabat WHERE tenant_id = ? AND id = ?")
                .params(tenant, id)
                .update());
        urutanIkuAsli.forEach((id, urutan) -> jdbc.sql("UPDATE iku_daerah SET urutan = ? WHERE id = ?")
                .params(urutan, id)
                .update());
        jdbc.sql("UPDATE periode_rpjmd SET visi = ? WHERE id = ?")
                .params(visiAsli, periodeUji)
                .update();
        // the misi-order path's new misi goes, and the year's tujuan is back under its own
        if (!misiUji.isEmpty()) {
            jdbc.sql("UPDATE periode_rpjmd SET misi = ? WHERE id = ?")
                    .params(misiDenganUji(), periodeUji)
                    .update();
            misiUji.forEach((th, ke) -> jdbc.sql("UPDATE tujuan_rpjmd SET misi_ke = ? WHERE id = ?")
                    .params(ke, tujuanMisiUji.get(th))
                    .update());
        }
        jdbc.sql("UPDATE perangkat_daerah SET nama = ? WHERE id = ?")
                .params(namaPdAsli, pd)
                .update();
        jdbc.sql("DELETE FROM bidang WHERE tenant_id = ? AND perangkat_daerah_id = ? AND nama = 'Bidang Uji Kunci'")
                .params(tenant, pd)
                .update();
        jdbc.sql("DELETE FROM pelaksana WHERE tenant_id = ? AND jabatan = ?")
                .params(tenant, JABATAN_UJI)
                .update();
        jdbc.sql("DELETE i FROM pk_indikator i JOIN pk_sasaran s ON s.id = i.pk_sasaran_id"
                        + " WHERE s.tenant_id = ? AND s.kode = ?")
                .params(tenant, KODE_PK_UJI)
                .update();
        jdbc.sql("DELETE FROM pk_sasaran WHERE tenant_id = ? AND kode = ?")
                .params(tenant, KODE_PK_UJI)
                .update();
        // the PK copy path's sasaran carry the demo's codes: everything of the official's agreements of the two years
        jdbc.sql("DELETE i FROM pk_indikator i JOIN pk_sasaran s ON s.id = i.pk_sasaran_id JOIN perjanjian_kinerja p"
                        + " ON p.id = s.perjanjian_kinerja_id WHERE p.tenant_id = ? AND p.pejabat_id = ?"
                        + " AND p.tahun IN (?, ?)")
                .params(tenant, pejabatUji, TERKUNCI, TERBUKA)
                .update();
        jdbc.sql("DELETE s FROM pk_sasaran s JOIN perjanjian_kinerja p ON p.id = s.perjanjian_kinerja_id"
                        + " WHERE p.tenant_id = ? AND p.pejabat_id = ? AND p.tahun IN (?, ?)")
                .params(tenant, pejabatUji, TERKUNCI, TERBUKA)
                .update();
        jdbc.sql("DELETE FROM perjanjian_kinerja WHERE tenant_id = ? AND pejabat_id = ? AND tahun IN (?, ?)")
                .params(tenant, pejabatUji, TERKUNCI, TERBUKA)
                .update();
        sebagai(Peran.ADMIN_DAERAH, () -> {
            BarisRenstra nama = barisRenstra(manual.get(1));
            if (!nama.uraian().equals(namaManual1)) {
                renstra.simpan(pd, periodeRenstra(), IsianBaris.dari(nama).denganUraian(namaManual1));
            }
            perencanaan.aturSumberRealisasi(ikuPpks, "urusan-sosial/ppks-tertangani", s -> true);
            pengukuran.ubahAturan(AturanCapaian.BAKU.ambang(), AturanCapaian.BAKU.pembulatan());
            return null;
        });
    }

    /** The Balangan period the locked and open years belong to. */
    long periodeRenstra() {
        return jdbc.sql("SELECT id FROM periode_rpjmd WHERE tenant_id = ? AND ? BETWEEN tahun_awal AND tahun_akhir")
                .params(tenant, TERKUNCI)
                .query(Long.class)
                .single();
    }

    BarisRenstra barisRenstra(long indikatorId) {
        return sebagai(Peran.PENGAMAT, () -> renstra.pohon(pd, periodeRenstra())).baris().stream()
                .filter(b -> b.jenis() == JenisBaris.INDIKATOR && b.id() == indikatorId)
                .findFirst()
                .orElseThrow();
    }

    <T> T sebagai(Peran peran, Supplier<T> kerja) {
        return sebagai(peran, BALANGAN, kerja);
    }

    PengukuranKinerja ukur(int tahun) {
        return sebagai(Peran.PENGAMAT, () -> pengukuran.ukur(pd, tahun));
    }

    id.pkd.portal.pengukuran.BarisCapaian capaian(int tahun, long indikatorId) {
        return ukur(tahun).semuaIndikator().stream()
                .filter(b -> b.indikator().id() == indikatorId)
                .findFirst()
                .orElseThrow();
    }

    BigDecimal nilaiRealisasi(long indikatorId, int tahun) {
        return jdbc.sql("SELECT nilai FROM realisasi_indikator WHERE tenant_id = ? AND indikator_id = ? AND tahun = ?"
                        + " AND triwulan = 0")
                .params(tenant, indikatorId, tahun)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    long realisasiId(long indikatorId, int tahun) {
        return jdbc.sql("SELECT id FROM realisasi_indikator WHERE tenant_id = ? AND indikator_id = ? AND tahun = ?"
                        + " AND triwulan = 0")
                .params(tenant, indikatorId, tahun)
                .query(Long.class)
                .single();
    }

    long subKegiatan(int tahun) {
        return jdbc.sql("SELECT id FROM program_kegiatan WHERE tenant_id = ? AND tahun = ? AND kode = ?")
                .params(tenant, tahun, SUB_KEGIATAN_UJI)
                .query(Long.class)
                .single();
    }

    int jumlahBarisUrusan(String plugin, String formulir, int tahun) {
        return jdbc.sql("SELECT COUNT(*) FROM data_urusan WHERE tenant_id = ? AND plugin_id = ? AND formulir = ?"
                        + " AND tahun = ?")
                .params(tenant, plugin, formulir, tahun)
                .query(Integer.class)
                .single();
    }

    String pesanApi;

    /** The whole body of the last API answer. */
    String badanApi;

    BigDecimal target(long indikatorId, int tahun) {
        return jdbc.sql("SELECT nilai FROM target_indikator WHERE tenant_id = ? AND indikator_id = ? AND tahun = ?")
                .params(tenant, indikatorId, tahun)
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    /** The yearly targets of a Renstra indicator of this agency in an exported plan. */
    /** The sasaran RPJMD of that code in a plan file, to change in place. */
    static ObjectNode sasaranRpjmdDalamBerkas(ObjectNode rencana, String kode) {
        for (JsonNode t : rencana.path("rpjmd").path("tujuan")) {
            for (JsonNode s : t.path("sasaran")) {
                if (s.path("kode").asText().equals(kode)) {
                    return (ObjectNode) s;
                }
            }
        }
        throw new IllegalStateException("sasaran RPJMD " + kode + " tidak ada di berkas rencana");
    }

    ObjectNode targetDalamBerkas(ObjectNode rencana, String kodeIndikator) {
        for (JsonNode pdBerkas : rencana.withArray("perangkatDaerah")) {
            if (!pdBerkas.path("kode").asText().equals(kodePd)) {
                continue;
            }
            for (JsonNode t : pdBerkas.path("renstra").path("tujuan")) {
                for (JsonNode s : t.path("sasaran")) {
                    for (JsonNode i : s.path("indikator")) {
                        if (i.path("kode").asText().equals(kodeIndikator)) {
                            return ((ObjectNode) i).with("target");
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("indikator " + kodeIndikator + " tidak ada di berkas rencana");
    }

    String get(String path) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .build()
                .get()
                .uri(path)
                .headers(h -> h.setBearerAuth(TOKEN_BALANGAN))
                .retrieve()
                .body(String.class);
    }

    int put(String path, String isi) {
        return kirim(HttpMethod.PUT, path, MediaType.APPLICATION_JSON, isi);
    }

    /**
     * Sends a body with the region's token and keeps the answer's body and its "pesan" for the assertions; the answer's
     * status is returned.
     */
    private int kirim(HttpMethod metode, String path, MediaType jenis, Object isi) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .build()
                .method(metode)
                .uri(path)
                .headers(h -> h.setBearerAuth(TOKEN_BALANGAN))
                .contentType(jenis)
                .body(isi)
                .exchange((req, res) -> {
                    String teks = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    badanApi = teks;
                    pesanApi = teks.isEmpty()
                            ? null
                            : Objects.toString(json.readTree(teks).path("pesan").asText(null), teks);
                    return res.getStatusCode().value();
                });
    }

    /** A small PNG, different per year so each year's upload is its own file. */
    static byte[] pngUji(int tahun) {
        java.awt.image.BufferedImage g =
                new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        g.setRGB(0, 0, tahun);
        try (java.io.ByteArrayOutputStream keluar = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(g, "png", keluar);
            return keluar.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Posts one file as the multipart part "bukti", as a data integration attaches evidence. */
    int unggah(String path, String nama, byte[] isi) {
        org.springframework.util.LinkedMultiValueMap<String, Object> bagian =
                new org.springframework.util.LinkedMultiValueMap<>();
        bagian.add("bukti", new org.springframework.core.io.ByteArrayResource(isi) {
            @Override
            public String getFilename() {
                return nama;
            }
        });
        return kirim(HttpMethod.POST, path, MediaType.MULTIPART_FORM_DATA, bagian);
    }

    /** A budget spreadsheet with one program row. */
    static byte[] berkasAnggaran(String kodeProgram) {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook buku = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream keluar = new java.io.ByteArrayOutputStream()) {
            var lembar = buku.createSheet();
            var judul = lembar.createRow(0);
            judul.createCell(0).setCellValue("Kode");
            judul.createCell(1).setCellValue("Pagu");
            lembar.createRow(1).createCell(0).setCellValue(kodeProgram);
            buku.write(keluar);
            return keluar.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
