package id.pkd.portal.demo;

import id.pkd.portal.api.ApiTokenService;
import id.pkd.portal.api.HakToken;
import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.database.DatabaseMode;
import id.pkd.portal.dokumen.TeksDokumenService;
import id.pkd.portal.duafaktor.DuaFaktorDemo;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pembanding.PembandingIndikator;
import id.pkd.portal.pembanding.PembandingIndikatorService;
import id.pkd.portal.pengguna.KebijakanKataSandi;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.plugin.DataUrusanService;
import id.pkd.portal.plugin.PluginDaerahService;
import id.pkd.portal.sdm.KategoriSdm;
import id.pkd.portal.sdm.KomposisiSdmService;
import id.pkd.portal.tandatangan.KunciDemo;
import id.pkd.portal.umum.PengaturanPkd;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo tenants on the embedded database (or on an external one when {@code
 * pkd.demo.seed=true}). It goes through the same secured services as the UI, and only once: a
 * tenant that exists already is left as it is.
 */
@Component
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    /**
     * The documented demo password; shorter than the password policy allows, so the seeding below runs inside
     * {@link KebijakanKataSandi#izinkanSandiDemo}, the only place where this exact password is accepted.
     */
    static final String KATA_SANDI_DEMO = KebijakanKataSandi.SANDI_DEMO;
    // Fixed demo API tokens (read and write), documented in the README; demo data only.
    static final String TOKEN_DEMO_BALANGAN = "pkd_demo_balangan_00000000000000000000000000";

    /** Passphrase of the demo officials' PKCS#12 (README); demo data only. */
    static final String PASSPHRASE_DEMO = "ttd-demo-2022";
    /** The demo officials who get a demo PKCS#12: Balangan's and Kotawaringin Barat's heads of agency. */
    private static final Map<String, String> PENANDA_TANGAN_DEMO =
            Map.of("63.11", "197305011993111001", "62.01", "196907121994031004");

    static final String TOKEN_DEMO_KOBAR = "pkd_demo_kobar_00000000000000000000000000000";
    private static final Map<String, String> TOKEN_DEMO =
            Map.of("63.11", TOKEN_DEMO_BALANGAN, "62.01", TOKEN_DEMO_KOBAR);

    /**
     * Balangan's agency whose plan comes from its LKIP 2022; the other Balangan agencies are the illustrative ones
     * of {@code balangan-2022-ilustratif.json}, which get no LKIP texts.
     */
    static final String KODE_PD_BALANGAN = "1.06.2.08.2.13.0.00.01.0000";

    private final boolean aktif;
    private final DaerahService daerah;
    private final PenggunaService pengguna;
    private final PluginDaerahService plugins;
    private final ImporRencanaService imporRencana;
    private final ApiTokenService tokens;
    private final KunciDemo kunciDemo;
    private final DataUrusanService dataUrusan;
    private final PerencanaanService perencanaan;
    private final TeksDokumenService teks;
    private final DuaFaktorDemo duaFaktorDemo;
    private final KomposisiSdmService sdm;
    private final PembandingIndikatorService pembanding;
    private final RencanaIlustratif ilustratif;
    private final KepalaDaerahDemo kepalaDaerahDemo;

    DemoDataSeeder(
            DatabaseMode mode,
            PengaturanPkd pengaturan,
            DaerahService daerah,
            PenggunaService pengguna,
            PluginDaerahService plugins,
            ImporRencanaService imporRencana,
            ApiTokenService tokens,
            KunciDemo kunciDemo,
            DataUrusanService dataUrusan,
            PerencanaanService perencanaan,
            TeksDokumenService teks,
            DuaFaktorDemo duaFaktorDemo,
            KomposisiSdmService sdm,
            PembandingIndikatorService pembanding,
            RencanaIlustratif ilustratif,
            KepalaDaerahDemo kepalaDaerahDemo) {
        this.duaFaktorDemo = duaFaktorDemo;
        this.sdm = sdm;
        this.pembanding = pembanding;
        this.ilustratif = ilustratif;
        this.kepalaDaerahDemo = kepalaDaerahDemo;
        this.dataUrusan = dataUrusan;
        this.aktif = mode.isEmbedded() || pengaturan.demo().seed();
        this.daerah = daerah;
        this.pengguna = pengguna;
        this.plugins = plugins;
        this.imporRencana = imporRencana;
        this.tokens = tokens;
        this.kunciDemo = kunciDemo;
        this.perencanaan = perencanaan;
        this.teks = teks;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!aktif) {
            return;
        }
        KebijakanKataSandi.izinkanSandiDemo(() -> {
            semai();
            return null;
        });
    }

    private void semai() {
        pengguna.pastikanOperatorPortal("operator.portal", KATA_SANDI_DEMO, "Operator Portal Kinerja Daerah");
        List<String> terdaftar = SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> daerah.semua().stream()
                .map(Daerah::kodeWilayah)
                .toList());
        if (!terdaftar.contains("63.11")) {
            demoDaerah(
                    new DemoDaerah("63.11", "Kabupaten Balangan", "Paringin", "balangan"),
                    new PenggunaBaru(
                            "pimpinan.balangan",
                            KATA_SANDI_DEMO,
                            "Drs. Urai Nur Iskandar, MM",
                            Peran.PIMPINAN,
                            "19730501 199311 1 001",
                            "Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak serta"
                                    + " Pemberdayaan Masyarakat dan Desa"),
                    List.of("urusan-sosial", "urusan-pppa", "urusan-pmd"));
        }
        if (!terdaftar.contains("62.01")) {
            demoDaerah(
                    new DemoDaerah("62.01", "Kabupaten Kotawaringin Barat", "Pangkalan Bun", "kobar"),
                    new PenggunaBaru(
                            "pimpinan.kobar",
                            KATA_SANDI_DEMO,
                            "Hj. Siti Rahmah, S.Sos., M.Si.",
                            Peran.PIMPINAN,
                            "19780312 200312 2 004",
                            "Kepala Dinas Sosial"),
                    List.of("urusan-sosial"));
        }
        // After the source-backed plan, so that agency keeps the lowest id; also on a demo database made before.
        SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> daerah.semua()).stream()
                .filter(d -> d.kodeWilayah().equals("63.11"))
                .findFirst()
                .ifPresent(d -> ilustratif.muat(d.tenantId(), "balangan-2022-ilustratif"));
        pasangTokenDemo();
        pasangKunciDemo();
        kepalaDaerahDemo.pasang();
        teksLkipDemo("63.11", "balangan", 2022);
        sdmDemo();
        pembandingDemo();
        // Last of the data: a submitted year refuses the region-wide writes above (the Kepala Daerah's term) for 2022.
        SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> daerah.semua()).stream()
                .filter(d -> d.kodeWilayah().equals("63.11"))
                .findFirst()
                .ifPresent(d -> ilustratif.ajukanRealisasi(d.tenantId()));
        // Also on a demo database made before the second factor existed.
        duaFaktorDemo.pasang();
    }

    /** Also on a demo database made before signing keys existed; an uploaded key is never replaced. */
    private void pasangKunciDemo() {
        List<Daerah> semua = SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, daerah::semua);
        for (Daerah d : semua) {
            String nip = PENANDA_TANGAN_DEMO.get(d.kodeWilayah());
            if (nip != null) {
                SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, d.tenantId(), () -> {
                    kunciDemo.pastikan(nip, PASSPHRASE_DEMO.toCharArray());
                    return null;
                });
            }
        }
    }

    /**
     * The LKIP's free texts (adapted from Balangan's LKIP 2022), also on a demo database made
     * before they existed; a part someone already wrote is kept.
     */
    private void teksLkipDemo(String kodeWilayah, String akhiran, int tahun) {
        SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> daerah.semua()).stream()
                .filter(d -> d.kodeWilayah().equals(kodeWilayah))
                .findFirst()
                .ifPresent(d -> SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, d.tenantId(), () -> {
                    for (PerangkatDaerah pd : perencanaan.daftarPerangkatDaerah()) {
                        if (!pd.kode().equals(KODE_PD_BALANGAN)) {
                            // the texts are that agency's own LKIP's: an illustrative agency's report stays bare
                            continue;
                        }
                        for (String bagian : List.of(
                                "KATA_PENGANTAR",
                                "PENDAHULUAN",
                                "LANDASAN_HUKUM",
                                "MAKSUD_TUJUAN",
                                "TUGAS_POKOK",
                                "ISU_STRATEGIS",
                                "PENGHARGAAN",
                                "INOVASI",
                                "PENUTUP")) {
                            teks.isiBilaKosong(pd.id(), tahun, bagian, teksDemo(akhiran, tahun, bagian));
                        }
                        // The RKPD chapter's texts of the urusan the agency holds (from Balangan's RKPD 2022).
                        boolean sosial = perencanaan.rencana(pd.id(), tahun).sasaran().stream()
                                .anyMatch(s -> "1.06".equals(s.urusan()));
                        for (String bagian : List.of("RKPD_KEBERHASILAN", "RKPD_PERMASALAHAN", "RKPD_SOLUSI")) {
                            if (sosial) {
                                teks.isiBilaKosong(
                                        pd.id(), tahun, bagian, "1.06", teksDemo(akhiran, tahun, bagian + "-1.06"));
                            }
                        }
                    }
                    return null;
                }));
    }

    /** Balangan's Dinas Sosial in the demo plan: the agency of the seed's SDM table. */
    static final String KODE_DINSOS_BALANGAN = "1.06.2.08.2.13.0.00.01.0000";

    /**
     * The staff composition of Balangan's LKIP 2022 (its table "JABATAN/ESELON": 145 people), also on a demo
     * database made before it existed; figures already entered are kept. The status split follows from that table
     * (the 92 honor staff are non-ASN, the other 53 civil servants); the seed gives no golongan or education
     * figures, so none are made up.
     */
    private void sdmDemo() {
        SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> daerah.semua()).stream()
                .filter(d -> d.kodeWilayah().equals("63.11"))
                .findFirst()
                .ifPresent(d -> SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, d.tenantId(), () -> {
                    for (PerangkatDaerah pd : perencanaan.daftarPerangkatDaerah()) {
                        if (!pd.kode().equals(KODE_DINSOS_BALANGAN)) {
                            continue;
                        }
                        try {
                            sdm.isiBilaKosong(
                                    pd.id(),
                                    2022,
                                    Map.of(
                                            KategoriSdm.ESELON_II, 1,
                                            KategoriSdm.ESELON_III, 6,
                                            KategoriSdm.ESELON_IV, 3,
                                            KategoriSdm.FUNGSIONAL_PENYETARAAN, 12,
                                            KategoriSdm.PELAKSANA, 31,
                                            KategoriSdm.HONOR, 92,
                                            KategoriSdm.PNS, 53,
                                            KategoriSdm.NON_ASN, 92));
                        } catch (DataTerkunciException e) {
                            // a demo year someone already locked keeps what it has
                            log.info("Komposisi SDM demo {} 2022 tidak diisi: {}", pd.kode(), e.getMessage());
                        }
                    }
                    return null;
                }));
    }

    /**
     * The seed's one national/provincial comparison: Kalimantan Selatan's IPG 2022 (88,86) beside Balangan's IKU-2
     * (92,33). Only when nothing is recorded for it, so figures someone entered are kept.
     */
    private void pembandingDemo() {
        SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> daerah.semua()).stream()
                .filter(d -> d.kodeWilayah().equals("63.11"))
                .findFirst()
                .ifPresent(d -> SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, d.tenantId(), () -> {
                    for (PerangkatDaerah pd : perencanaan.daftarPerangkatDaerah()) {
                        if (!pd.kode().equals(KODE_DINSOS_BALANGAN)) {
                            continue;
                        }
                        perencanaan.rencana(pd.id(), 2022).indikator().stream()
                                .filter(i -> i.kode().equals("IKU-2"))
                                .filter(i -> pembanding.daftar(i.id(), 2022).isEmpty())
                                .forEach(i -> {
                                    try {
                                        pembanding.simpan(
                                                i.id(),
                                                2022,
                                                new PembandingIndikator.Isian(
                                                        PembandingIndikator.Tingkat.PROVINSI,
                                                        PembandingIndikator.Jenis.REALISASI,
                                                        "Provinsi Kalimantan Selatan",
                                                        new java.math.BigDecimal("88.86"),
                                                        "BPS Provinsi Kalimantan Selatan, dikutip LKIP 2022"));
                                    } catch (DataTerkunciException e) {
                                        log.info("Pembanding demo {} 2022 tidak diisi: {}", i.kode(), e.getMessage());
                                    }
                                });
                    }
                    return null;
                }));
    }

    private static String teksDemo(String akhiran, int tahun, String bagian) {
        String nama = "/demo/teks/" + akhiran + "-" + tahun + "/" + bagian + ".txt";
        try (var isi = DemoDataSeeder.class.getResourceAsStream(nama)) {
            return new String(isi.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("Teks demo " + nama + " tidak terbaca", e);
        }
    }

    /** Also on a demo database made before API tokens existed; a token already there is kept as is. */
    private void pasangTokenDemo() {
        SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> {
            for (Daerah d : daerah.semua()) {
                String token = TOKEN_DEMO.get(d.kodeWilayah());
                if (token != null) {
                    tokens.pasangTokenDemo(d.tenantId(), "Token demo", token, HakToken.BACA_TULIS);
                }
            }
            return null;
        });
    }

    /** The demo plan goes in through the same import as any tenant's file. */
    static byte[] rencanaDemo(String nama) {
        try (var isi = DemoDataSeeder.class.getResourceAsStream("/demo/" + nama + ".json")) {
            return isi.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("Rencana demo " + nama + " tidak terbaca", e);
        }
    }

    private record DemoDaerah(String kode, String nama, String ibuKota, String akhiranAkun) {}

    private void demoDaerah(DemoDaerah demo, PenggunaBaru pimpinan, List<String> pluginAktif) {
        Daerah d = SebagaiSistem.jalankan(
                Peran.OPERATOR_PORTAL,
                null,
                () -> daerah.daftarkan(new DaerahBaru(
                        demo.kode(),
                        demo.nama(),
                        JenisDaerah.KABUPATEN,
                        demo.ibuKota(),
                        new PenggunaBaru(
                                "admin." + demo.akhiranAkun(),
                                KATA_SANDI_DEMO,
                                "Admin " + demo.nama(),
                                Peran.ADMIN_DAERAH,
                                null,
                                "Admin Daerah"))));
        SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, d.tenantId(), () -> {
            pengguna.tambah(new PenggunaBaru(
                    "operator." + demo.akhiranAkun(),
                    KATA_SANDI_DEMO,
                    "Operator " + demo.nama(),
                    Peran.OPERATOR,
                    null,
                    "Operator Data Kinerja"));
            pengguna.tambah(new PenggunaBaru(
                    "verifikator." + demo.akhiranAkun(),
                    KATA_SANDI_DEMO,
                    "Verifikator " + demo.nama(),
                    Peran.VERIFIKATOR,
                    null,
                    "Verifikator Kinerja"));
            pengguna.tambah(new PenggunaBaru(
                    "pengamat." + demo.akhiranAkun(),
                    KATA_SANDI_DEMO,
                    "Pengamat " + demo.nama(),
                    Peran.PENGAMAT,
                    null,
                    "Inspektorat"));
            pengguna.tambah(pimpinan);
            plugins.daftar().stream()
                    .map(s -> s.plugin().id())
                    .filter(pluginAktif::contains)
                    .forEach(id -> plugins.atur(id, true));
            imporRencana.impor(rencanaDemo(demo.akhiranAkun() + "-2022"));
            // The urusan data go in through the same validation as the forms.
            int baris = dataUrusan.muatDataContoh(demo.kode());
            log.info("Data urusan demo {}: {} baris", demo.kode(), baris);
            return null;
        });
        log.info("Daerah demo {} {} dibuat", demo.kode(), demo.nama());
    }
}
