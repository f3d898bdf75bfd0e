package id.pkd.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.database.MulaiDitolakException;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pengukuran.BarisCapaian;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.portal.umum.ValidasiGagalException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Urusan plugin data end to end, on the real plugin jars and MariaDB: the Balangan demo data give
 * the LKIP's figures as realisasi of the matching IKU, bad input is refused at its field with
 * nothing saved, disabling a plugin hides its data and keeps it, tenants never see each other's
 * rows, and broken plugins are refused while the rest keep running.
 */
class DataUrusanTest extends PortalIntegrationTest {

    @Autowired
    DataUrusanService data;

    @Autowired
    PluginDaerahService pluginDaerah;

    @Autowired
    PengukuranKinerjaService pengukuran;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    SumberBagianLaporan bagianLaporan;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path direktori;

    PengukuranKinerja ukurBalangan() {
        return sebagai(
                Peran.PENGAMAT,
                "63.11",
                () -> pengukuran.ukur(perencanaan.daftarPerangkatDaerah().get(0).id(), 2022));
    }

    @Test
    void dataDemoBalanganMenjadiRealisasiIkuDenganCapaianLkip() {
        BigDecimal ppks = sebagai(Peran.PENGAMAT, "63.11", () -> data.hitung("urusan-sosial/ppks-tertangani", 2022)
                .map(h -> h.pembilang().multiply(h.skala()).divide(h.penyebut(), 2, java.math.RoundingMode.HALF_UP))
                .orElseThrow());
        assertThat(ppks).isEqualByComparingTo("68.72");
        var desa = sebagai(Peran.PENGAMAT, "63.11", () -> data.hitung("urusan-pmd/desa-minimal-maju", 2022))
                .orElseThrow();
        assertThat(desa.pembilang()).isEqualByComparingTo("103");
        assertThat(desa.penyebut()).isEqualByComparingTo("154");

        PengukuranKinerja m = ukurBalangan();
        BarisCapaian iku1 = m.iku().get(0);
        assertThat(iku1.indikator().sumberRealisasi()).isEqualTo("urusan-sosial/ppks-tertangani");
        assertThat(iku1.catatan().orElseThrow().diubahOleh()).startsWith("data urusan");
        assertThat(iku1.dariDataUrusan()).isTrue();
        assertThat(iku1.catatan().orElseThrow().pembilang()).isEqualByComparingTo("46958");
        assertThat(iku1.realisasi()).hasValue(new BigDecimal("68.72"));
        assertThat(iku1.capaianTerbulat()).hasValue(new BigDecimal("129.78"));
        // 2021 has no PPKS rows: the realisasi entered by hand still counts.
        assertThat(iku1.realisasiTahunLalu().orElseThrow()).isEqualByComparingTo("54.91");
        BarisCapaian iku7 = m.iku().get(6);
        assertThat(iku7.catatan().orElseThrow().diubahOleh()).startsWith("data urusan");
        assertThat(iku7.realisasi()).hasValue(new BigDecimal("66.88"));
        assertThat(iku7.capaianTerbulat()).hasValue(new BigDecimal("286.06"));
        assertThat(m.iku().get(4).capaianTerbulat()).hasValue(new BigDecimal("75.71"));
        assertThat(m.iku().get(5).capaianTerbulat()).hasValue(new BigDecimal("57.89"));
        assertThat(m.iku().get(5).dariDataUrusan())
                .as("IKU-6 is entered by hand")
                .isFalse();
        assertThat(m.rataRataIkuTerbulat()).hasValue(new BigDecimal("126.21"));
    }

    @Test
    void jumlahDesaMenurutStatus2017Sampai2022SamaDenganTabelLkip() {
        Map<Integer, List<Integer>> lkip = new LinkedHashMap<>();
        // Mandiri, Maju, Berkembang, Tertinggal, Sangat Tertinggal as printed in the LKIP.
        lkip.put(2017, List.of(0, 0, 18, 109, 27));
        lkip.put(2018, List.of(0, 3, 51, 92, 7));
        lkip.put(2019, List.of(0, 9, 116, 28, 0));
        lkip.put(2020, List.of(0, 12, 127, 14, 1));
        lkip.put(2021, List.of(0, 26, 126, 1, 1));
        lkip.put(2022, List.of(7, 96, 50, 0, 1));
        List<String> status = List.of("MANDIRI", "MAJU", "BERKEMBANG", "TERTINGGAL", "SANGAT_TERTINGGAL");
        sebagai(Peran.PENGAMAT, "63.11", () -> {
            lkip.forEach((tahun, jumlah) -> {
                Map<String, String> rekap = data.baris("urusan-pmd", "rekap-status", tahun).stream()
                        .collect(Collectors.toMap(
                                BarisUrusan::rincian, b -> b.nilai().getOrDefault("jumlah_desa", "")));
                assertThat(status.stream()
                                .map(s -> Integer.valueOf(rekap.get(s)))
                                .toList())
                        .as("rekap %d", tahun)
                        .isEqualTo(jumlah);
            });
            Map<String, Long> dariDesa = data.baris("urusan-pmd", "idm", 2022).stream()
                    .collect(Collectors.groupingBy(b -> b.nilai().get("status"), Collectors.counting()));
            assertThat(status.stream()
                            .map(s -> dariDesa.getOrDefault(s, 0L).intValue())
                            .toList())
                    .isEqualTo(lkip.get(2022));
            assertThat(data.pilihanRujukan("urusan-pmd", "desa")).hasSize(154);
            return null;
        });
    }

    @Test
    void isianBurukDitolakDiIsiannyaDanTidakAdaYangTersimpan() {
        sebagai(Peran.OPERATOR, "63.11", () -> {
            List<BarisUrusan> sebelum = data.baris("urusan-sosial", "ppks", 2022);
            List<BarisUrusan> baru = List.of(
                    new BarisUrusan("lanjut-usia-terlantar", null, Map.of("populasi", "-5", "tertangani", "1")),
                    new BarisUrusan("fakir-miskin", null, Map.of("populasi", "100", "tertangani", "1.200")),
                    new BarisUrusan("odha", null, Map.of("populasi", "2,5")));
            assertThatThrownBy(() -> data.simpan("urusan-sosial", "ppks", 2022, baru))
                    .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                            .extracting(ValidasiGagalException.Kesalahan::path, ValidasiGagalException.Kesalahan::pesan)
                            .contains(
                                    org.assertj.core.groups.Tuple.tuple("baris[0].populasi", "Tidak boleh negatif."),
                                    org.assertj.core.groups.Tuple.tuple(
                                            "baris[1].tertangani", "PPKS tertangani tidak boleh melebihi jumlah PPKS."),
                                    org.assertj.core.groups.Tuple.tuple(
                                            "baris[2].populasi", "Harus bilangan bulat, bukan 2,5.")));
            assertThat(data.baris("urusan-sosial", "ppks", 2022)).isEqualTo(sebelum);

            List<BarisUrusan> bencanaSebelum = data.baris("urusan-sosial", "bencana", 2022);
            Map<String, String> bencana = new HashMap<>();
            bencana.put("jenis", "banjir");
            bencana.put("desa", "Bata");
            bencana.put("kecamatan", "Juai");
            bencana.put("mulai", "10/03/2022");
            bencana.put("selesai", "08/03/2022");
            bencana.put("kerugian", "tidak diketahui");
            bencana.put("korban_jiwa", "10");
            bencana.put("jiwa_terbantu", "8");
            assertThatThrownBy(() -> data.simpan("urusan-sosial", "bencana", 2022, List.of(BarisUrusan.dari(bencana))))
                    .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                            .containsExactly(new ValidasiGagalException.Kesalahan(
                                    "baris[0].selesai", "Tanggal selesai tidak boleh sebelum tanggal mulai.")));
            assertThat(data.baris("urusan-sosial", "bencana", 2022)).isEqualTo(bencanaSebelum);

            List<BarisUrusan> idm = data.baris("urusan-pmd", "idm", 2022);
            List<BarisUrusan> denganDesaAsing = new java.util.ArrayList<>(idm);
            denganDesaAsing.add(BarisUrusan.dari(Map.of("kode_desa", "63.11.99.9999", "status", "MAJU")));
            assertThatThrownBy(() -> data.simpan("urusan-pmd", "idm", 2022, denganDesaAsing))
                    .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                            .containsExactly(new ValidasiGagalException.Kesalahan(
                                    "baris[154].kode_desa", "Kode Desa 63.11.99.9999 tidak terdaftar.")));
            assertThat(data.baris("urusan-pmd", "idm", 2022)).hasSize(154);
            return null;
        });
    }

    @Test
    void skorIdmMenurunkanStatusMenurutBatasPermendesa() {
        sebagai(Peran.OPERATOR, "63.11", () -> {
            data.simpan(
                    "urusan-pmd",
                    "idm",
                    2019,
                    List.of(
                            BarisUrusan.dari(
                                    Map.of("kode_desa", "63.11.01.2001", "iks", "0,8", "ike", "0,7", "ikl", "0,65")),
                            BarisUrusan.dari(
                                    Map.of("kode_desa", "63.11.01.2002", "iks", "0,9", "ike", "0,8", "ikl", "0,8"))));
            List<BarisUrusan> baris = data.baris("urusan-pmd", "idm", 2019);
            assertThat(baris.get(0).nilai()).containsEntry("idm", "0.7167").containsEntry("status", "MAJU");
            assertThat(baris.get(1).nilai()).containsEntry("idm", "0.8333").containsEntry("status", "MANDIRI");
            data.simpan("urusan-pmd", "idm", 2019, List.of());
            return null;
        });
    }

    @Test
    void menonaktifkanPluginMenyembunyikanDataDanMengaktifkannyaLagiMenampilkannya() {
        try {
            sebagai(Peran.ADMIN_DAERAH, "63.11", () -> {
                pluginDaerah.atur("urusan-sosial", false);
                return null;
            });
            sebagai(Peran.OPERATOR, "63.11", () -> {
                assertThat(data.formulirAktif()).noneMatch(f -> f.pluginId().equals("urusan-sosial"));
                assertThat(data.indikatorTerhitungAktif())
                        .noneMatch(i -> i.pluginId().equals("urusan-sosial"));
                assertThatThrownBy(() -> data.baris("urusan-sosial", "ppks", 2022))
                        .isInstanceOf(DataTidakDitemukanException.class);
                assertThat(data.hitung("urusan-sosial/ppks-tertangani", 2022)).isEmpty();
                assertThat(bagianLaporan.bagian(BagianLaporanUrusan.Tempat.LKIP_CAPAIAN, dinasSosial(), 2022))
                        .noneMatch(b -> b.pluginId().equals("urusan-sosial"));
                return null;
            });
            // The plan falls back to the realisasi entered by hand (46.958 / 68.334 in the demo plan).
            assertThat(ukurBalangan().iku().get(0).catatan().orElseThrow().diubahOleh())
                    .doesNotStartWith("data urusan");
        } finally {
            sebagai(Peran.ADMIN_DAERAH, "63.11", () -> {
                pluginDaerah.atur("urusan-sosial", true);
                return null;
            });
        }
        sebagai(Peran.OPERATOR, "63.11", () -> {
            assertThat(data.baris("urusan-sosial", "ppks", 2022))
                    .filteredOn(b -> !b.nilai().isEmpty())
                    .hasSize(9);
            assertThat(data.hitung("urusan-sosial/ppks-tertangani", 2022)).isPresent();
            List<BagianLaporanUrusan> bagian =
                    bagianLaporan.bagian(BagianLaporanUrusan.Tempat.LKIP_CAPAIAN, dinasSosial(), 2022);
            assertThat(bagian).anySatisfy(b -> {
                assertThat(b.pluginId()).isEqualTo("urusan-sosial");
                assertThat(b.baris()).hasSize(9);
                assertThat(b.baris())
                        .anySatisfy(r -> assertThat(r.get("populasi")).isEqualTo("60.585"));
                assertThat(b.templat()).isNotNull();
            });
            return null;
        });
        assertThat(ukurBalangan().iku().get(0).catatan().orElseThrow().diubahOleh())
                .startsWith("data urusan");
    }

    @Test
    void bagianRiwayatStatusDesaDariBarisTersimpanSampaiTahunLaporan() {
        BagianLaporanUrusan b = sebagai(
                Peran.PENGAMAT,
                "63.11",
                () -> bagianLaporan.bagian(BagianLaporanUrusan.Tempat.LKIP_CAPAIAN, dinasSosial(), 2019).stream()
                        .filter(x -> x.pluginId().equals("urusan-pmd"))
                        .findFirst()
                        .orElseThrow());
        // Only the years up to the report's year, oldest first; 2019's figures as stored (sum 153).
        assertThat(b.baris().stream().map(r -> (Object) r.get("tahun")).toList())
                .containsExactly("2017", "2018", "2019");
        assertThat(new HashMap<String, Object>(b.baris().get(2)))
                .containsEntry("mandiri", "0")
                .containsEntry("maju", "9")
                .containsEntry("berkembang", "116")
                .containsEntry("tertinggal", "28")
                .containsEntry("sangat_tertinggal", "0")
                .containsEntry("jumlah", "153");
        assertThat(b.parameter()).containsEntry("TAHUN_AWAL", "2017").containsEntry("TAHUN_AKHIR", "2019");
        BagianLaporanUrusan.DataGrafik g = b.grafik().get(0);
        assertThat(g.kategori()).containsExactly("2017", "2018", "2019");
        assertThat(g.seri().keySet())
                .containsExactly("Sangat Tertinggal", "Tertinggal", "Berkembang", "Maju", "Mandiri");
        assertThat(g.seri().get("Tertinggal")).extracting(Number::intValue).containsExactly(109, 92, 28);
        // The same history in the RKPD evaluation; Kobar, without PMD, gets none.
        assertThat(sebagai(
                        Peran.PENGAMAT,
                        "63.11",
                        () -> bagianLaporan.bagian(BagianLaporanUrusan.Tempat.RKPD_EVALUASI, dinasSosial(), 2022)))
                .anySatisfy(x -> assertThat(x.baris()).hasSize(6));
        assertThat(sebagai(
                        Peran.PENGAMAT,
                        "62.01",
                        () -> bagianLaporan.bagian(BagianLaporanUrusan.Tempat.LKIP_CAPAIAN, pdPertama("62.01"), 2022)))
                .noneMatch(x -> x.pluginId().equals("urusan-pmd"));
    }

    @Test
    void daftarDesaPerStatusDanTagihanBpjsDariFormulirPmd() {
        List<BagianLaporanUrusan> pmd = sebagai(
                Peran.PENGAMAT,
                "63.11",
                () -> bagianLaporan.bagian(BagianLaporanUrusan.Tempat.LKIP_CAPAIAN, dinasSosial(), 2022).stream()
                        .filter(x -> x.pluginId().equals("urusan-pmd"))
                        .toList());
        // The history, one list per status a village holds in 2022 (none is Tertinggal), then the BPJS bill.
        assertThat(pmd)
                .extracting(BagianLaporanUrusan::judul, b -> b.baris().size())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Jumlah Desa Berdasarkan Klasifikasi Status Desa Menurut IDM", 6),
                        org.assertj.core.groups.Tuple.tuple("Data Desa dengan Status Desa Berkembang", 50),
                        org.assertj.core.groups.Tuple.tuple("Data Desa dengan Status Desa Maju", 96),
                        org.assertj.core.groups.Tuple.tuple("Data Desa dengan Status Desa Mandiri", 7),
                        org.assertj.core.groups.Tuple.tuple("Data Desa dengan Status Desa Sangat Tertinggal", 1),
                        org.assertj.core.groups.Tuple.tuple("Tagihan Iuran JKN-KIS Kepala Desa dan Perangkat", 1));
        // A village code brings the register row's name and kecamatan.
        assertThat(new HashMap<String, Object>(pmd.get(4).baris().get(0)))
                .containsEntry("kode_desa_nama", "Wonorejo")
                .containsEntry("kode_desa_kecamatan", "Juai")
                .containsEntry("status", "Sangat Tertinggal");
        // "Baruh Panyambaran" is a village of Halong and one of Awayan (see the PMD demo README).
        assertThat(pmd.get(2).baris())
                .allSatisfy(r -> assertThat(r.get("status")).isEqualTo("Maju"))
                .extracting(r -> r.get("kode_desa_nama") + ", " + r.get("kode_desa_kecamatan"))
                .doesNotContain("null, null")
                .doesNotHaveDuplicates();
        // The bill's total is computed from its previous balance and contribution, as the seed prints it.
        assertThat(new HashMap<String, Object>(pmd.get(5).baris().get(0)))
                .containsEntry("saldo_awal", "117.422.600")
                .containsEntry("premi_iuran", "117.306.340")
                .containsEntry("total_tagihan", "234.728.940")
                .containsEntry("jumlah_pegawai", "1.009")
                .containsEntry("tanggal_cetak", "01/09/2022")
                .containsEntry("jatuh_tempo", "10/09/2022");
        assertThat(pmd.get(5).parameter()).containsEntry("JUMLAH_total_tagihan", "234.728.940");
    }

    @Test
    void daerahLainTidakMelihatDataBalangan() {
        sebagai(Peran.OPERATOR, "62.01", () -> {
            // Kobar holds Sosial: it sees its own (empty) PPKS table, never Balangan's rows.
            assertThat(data.baris("urusan-sosial", "ppks", 2022))
                    .allMatch(b -> b.nilai().isEmpty());
            assertThat(data.hitung("urusan-sosial/ppks-tertangani", 2022)).isEmpty();
            // Kobar did not enable PMD: the same answer as for data that does not exist.
            assertThatThrownBy(() -> data.baris("urusan-pmd", "idm", 2022))
                    .isInstanceOf(DataTidakDitemukanException.class);
            assertThatThrownBy(() -> data.simpan("urusan-pmd", "desa", null, List.of()))
                    .isInstanceOf(DataTidakDitemukanException.class);
            return null;
        });
        sebagai(Peran.PENGAMAT, "63.11", () -> {
            assertThat(data.baris("urusan-sosial", "ppks", 2022))
                    .anyMatch(b -> !b.nilai().isEmpty());
            return null;
        });
        // The pengamat reads but never writes.
        assertThatThrownBy(() ->
                        sebagai(Peran.PENGAMAT, "63.11", () -> data.simpan("urusan-sosial", "ppks", 2022, List.of())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void nodeTanpaMigrasiSaatMulaiMenolakSkemaPluginYangTertinggalLaluBerjalanSesudahDimigrasikan() throws Exception {
        Path folder = Files.createDirectories(direktori.resolve("tertinggal"));
        PluginUji.buat(
                folder,
                "urusan-uji-tertinggal",
                "jumlah(uji.nilai)",
                Map.of(
                        "db/urusan/V1__catatan.sql",
                        "CREATE TABLE urusan_uji_tertinggal_catatan (id BIGINT PRIMARY KEY, tenant_id BIGINT NOT NULL);"));
        PengaturanPkd.Migrasi tanpaMigrasi = new PengaturanPkd.Migrasi(false, Duration.ofSeconds(5));

        Throwable ditolak = catchThrowable(() -> new PluginPortal(folder.toString(), dataSource, tanpaMigrasi));
        assertThat(ditolak)
                .isInstanceOf(MulaiDitolakException.class)
                .hasMessageContaining("skema plugin urusan-uji-tertinggal versi (kosong) lebih lama dari arsip plugin,"
                        + " yang membutuhkan versi 1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables"
                                + " WHERE table_name = 'urusan_uji_tertinggal_catatan'")
                        .query(Long.class)
                        .single())
                .isZero();

        // migrated (under the lock, as the migrate command does), the same node now starts with the plugin
        new PluginPortal(folder.toString(), dataSource).hentikan();
        PluginPortal portal = new PluginPortal(folder.toString(), dataSource, tanpaMigrasi);
        try {
            assertThat(PluginUji.id(portal)).containsExactly("urusan-uji-tertinggal");
        } finally {
            portal.hentikan();
        }
    }

    @Test
    void pluginDenganEkspresiTidakSahAtauMigrasiGagalDitolakSementaraLainnyaBerjalan() throws Exception {
        Files.copy(
                PluginPortalTest.PLUGINS.resolve("pkd-plugin-sosial.jar"), direktori.resolve("pkd-plugin-sosial.jar"));
        PluginUji.buat(direktori, "urusan-uji-ekspresi", "jumlah(uji.tidak_ada) * ", Map.of());
        PluginUji.buat(direktori, "urusan-uji-nama", "jumlah(lain.jumlah)", Map.of());
        PluginUji.buat(
                direktori,
                "urusan-uji-migrasi",
                "jumlah(uji.nilai)",
                Map.of(
                        "db/urusan/V1__rusak.sql",
                        "CREATE TABLE urusan_uji_migrasi_catatan (id BIGINT PRIMARY KEY, tenant_id BIGINT NOT NULL);\n"
                                + "INSERT INTO urusan_uji_migrasi_catatan VALUES ('bukan angka', 2);"));
        PluginUji.buat(
                direktori,
                "urusan-uji-asing",
                "jumlah(uji.nilai)",
                Map.of("db/urusan/V1__asing.sql", "DROP TABLE tenant;"));
        // A history section needs a yearly form by reference list; "uji" has rows typed one by one.
        PluginUji.buat(
                direktori,
                "urusan-uji-riwayat",
                "jumlah(uji.nilai)",
                Map.of("laporan/uji.jrxml", "<jasperReport/>"),
                "BagianLaporan.riwayat(\"riwayat\", \"Riwayat uji\", BagianLaporan.Tempat.LKIP_CAPAIAN,"
                        + " \"laporan/uji.jrxml\", \"uji\", \"nilai\")");
        PluginUji.buat(
                direktori,
                "urusan-uji-baik",
                "jumlah(uji.nilai)",
                Map.of(
                        "db/urusan/V1__catatan.sql",
                        "CREATE TABLE urusan_uji_baik_catatan (id BIGINT PRIMARY KEY, tenant_id BIGINT NOT NULL);"));

        PluginPortal portal = new PluginPortal(direktori.toString(), dataSource);
        try {
            assertThat(PluginUji.id(portal)).containsExactlyInAnyOrder("urusan-sosial", "urusan-uji-baik");
            Map<String, String> alasan =
                    portal.gagal().stream().collect(Collectors.toMap(PluginGagal::id, PluginGagal::alasan));
            assertThat(alasan.get("urusan-uji-ekspresi"))
                    .startsWith(
                            "Kontribusi plugin tidak sah: ekspresi indikator terhitung uji-persen (pembilang) tidak sah")
                    .contains("ekspresi berakhir terlalu cepat");
            assertThat(alasan.get("urusan-uji-nama")).contains("formulir 'lain' tidak ada");
            assertThat(alasan.get("urusan-uji-riwayat"))
                    .contains("bagian laporan riwayat: riwayat memerlukan formulir tahunan menurut daftar referensi");
            assertThat(alasan.get("urusan-uji-migrasi"))
                    .startsWith("Migrasi skema plugin ditolak: migrasi skema plugin gagal");
            assertThat(alasan.get("urusan-uji-asing"))
                    .isEqualTo(
                            "Migrasi skema plugin ditolak: skrip migrasi V1__asing.sql menyentuh tabel tenant di luar"
                                    + " namespace plugin (urusan_uji_asing_…)");
            assertThat(jdbc.sql(
                                    "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'urusan_uji_baik_catatan'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1L);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM tenant").query(Long.class).single())
                    .isPositive();
        } finally {
            portal.hentikan();
        }
    }

    /**
     * Balangan's Dinas Sosial, the agency holding the three urusan: a plugin's sections print only in the documents
     * of the agencies holding its urusan (issue 13), so the sections are asked for that agency's LKIP.
     */
    long dinasSosial() {
        return pdPertama("63.11");
    }

    /** The region's first agency, the one of the demo plan's LKIP. */
    long pdPertama(String kodeWilayah) {
        return jdbc.sql("SELECT MIN(id) FROM perangkat_daerah WHERE tenant_id = ?")
                .param(tenant(kodeWilayah).value())
                .query(Long.class)
                .single();
    }
}
