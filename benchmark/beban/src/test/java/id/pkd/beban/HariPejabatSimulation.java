package id.pkd.beban;

import static id.pkd.beban.Uidl.ada;
import static id.pkd.beban.Uidl.buka;
import static id.pkd.beban.Uidl.keluar;
import static id.pkd.beban.Uidl.kirim;
import static id.pkd.beban.Uidl.kirimDenganSesi;
import static id.pkd.beban.Uidl.masuk;
import static id.pkd.beban.Uidl.memuatSalahSatu;
import static id.pkd.beban.Uidl.navigasi;
import static id.pkd.beban.Uidl.ui;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * An official's day on the demo portal, over Vaadin's UIDL protocol: operators (sign in, Beranda, Capaian Kinerja,
 * switch year, Realisasi, open an indicator, save a realisasi with its narrative, a no-op round trip, an urusan form,
 * submit the next year), verifikators (approval queue, open the submitted year, verify) and pimpinan (second factor,
 * draft an LKIP and wait for it, reject a verified year so the cycle goes on). Think times 2–5 s. Operators and
 * verifikators ramp as concurrent users from {@code beban.pengguna-awal} to {@code beban.pengguna} over
 * {@code beban.naik}, hold {@code beban.tahan}; {@code beban.pimpinan} pimpinan draft meanwhile.
 *
 * <p>Demo tenant Balangan (63.11): operators save in 2023 (never submitted by the benchmark), the approval cycle runs
 * on 2024; Kotawaringin Barat's pimpinan only drafts. Sign-in rate limits must be off on the portal under test
 * ({@code PKD_BATAS_LAJU_AKTIF=false}): every virtual user signs in from 127.0.0.1.
 */
public class HariPejabatSimulation extends Simulation {

    static final String TAHUN_KERJA = "2023";
    static final String TAHUN_AJU = "2024";
    static final List<String> INDIKATOR = List.of("IKU-1", "IKU-2", "IKU-3", "IKU-4", "IKU-5", "IKU-6");

    private static final Map<String, Long> LANGKAH_TOTP_TERAKHIR = new ConcurrentHashMap<>();

    /** When the ramp and the hold are over (set in {@link #before()}): long-lived users stop their day then. */
    private static volatile long akhirBeban = Long.MAX_VALUE;

    private final String url = System.getProperty("beban.url", "http://127.0.0.1:8080");
    private final int penggunaAwal = Integer.getInteger("beban.pengguna-awal", 50);
    private final int pengguna = Integer.getInteger("beban.pengguna", 600);
    private final Duration naik = Duration.parse(System.getProperty("beban.naik", "PT6M"));
    private final Duration tahan = Duration.parse(System.getProperty("beban.tahan", "PT2M"));
    private final int putaran = Integer.getInteger("beban.putaran", 0);
    private final int pimpinan = Integer.getInteger("beban.pimpinan", 4);
    private final String formulir = System.getProperty("beban.formulir", "urusan/urusan-pmd/idm");
    private final long batasP95 = Long.getLong("beban.batas-p95", 300);
    private final Path keluaran = Path.of(System.getProperty("beban.keluaran", "target/beban"));

    /**
     * The day's steps, again and again: a real official signs in once a day and works in that session, so by default
     * ({@code beban.putaran} 0) a virtual user signs in once and loops until the run's ramp and hold are over (when
     * every user signed in for a few rounds only, BCrypt's sign-in cost was 11-12 % of the portal's CPU and the
     * figures overstated its share). {@code beban.putaran} N > 0: N rounds, sign out, a new user signs in.
     */
    private ChainBuilder ulangi(ChainBuilder hari) {
        return putaran > 0
                ? repeat(putaran).on(hari)
                : asLongAs(s -> System.currentTimeMillis() < akhirBeban).on(hari);
    }

    private static ChainBuilder berpikir() {
        return pause(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private static ChainBuilder mulaiPengguna() {
        return exec(s -> {
            Catatan.penggunaMasuk();
            return s;
        });
    }

    private static ChainBuilder selesaiPengguna() {
        return exec(s -> {
            Catatan.penggunaKeluar();
            return s;
        });
    }

    private static Function<Session, String> tanpaKueri() {
        return s -> "";
    }

    private static ChainBuilder noop() {
        return kirim(Ringkasan.NOOP, m -> ModelUi.rpc());
    }

    /** Realisasi on the given year (switching only when it shows another). */
    private static ChainBuilder pilihTahunRealisasi(String tahun) {
        return doIf(s -> !tahun.equals(ui(s).labelTerpilih("pilih-tahun")))
                .then(kirim(
                        "Realisasi: pilih tahun",
                        m -> m.pilih("pilih-tahun", tahun),
                        (m, s) -> m.adaBaris() ? "" : "grid realisasi " + tahun + " tanpa baris"));
    }

    private ScenarioBuilder operator() {
        ChainBuilder hari = exec(berpikir())
                .exec(navigasi("Capaian: buka", "capaian", tanpaKueri(), "pilih-tahun"))
                .exec(berpikir())
                .exec(kirimDenganSesi(
                        "Capaian: ganti tahun",
                        (m, s) ->
                                m.pilih("pilih-tahun", "2022".equals(m.labelTerpilih("pilih-tahun")) ? "2021" : "2022"),
                        (m, s) -> m.adaBaris() ? "" : "capaian tahun lain tanpa baris grid"))
                .exec(berpikir())
                .exec(navigasi("Realisasi: buka", "realisasi", tanpaKueri(), "pilih-tahun"))
                .exec(pilihTahunRealisasi(TAHUN_KERJA))
                .exec(s -> s.set(
                                "indikator",
                                INDIKATOR.get(ThreadLocalRandom.current().nextInt(INDIKATOR.size())))
                        .set("nilai", nilaiAcak()))
                .exec(berpikir())
                .exec(kirimDenganSesi(
                        "Realisasi: buka indikator",
                        (m, s) -> m.pilihBaris(s.getString("indikator")),
                        (m, s) -> m.ada("nilai-realisasi") && !"true".equals(m.properti("nilai-realisasi", "readonly"))
                                ? ""
                                : "editor realisasi tidak terbuka atau hanya-baca"))
                .exec(berpikir())
                .exec(kirimDenganSesi(
                        Ringkasan.SIMPAN,
                        (m, s) -> ModelUi.gabung(
                                m.isi("nilai-realisasi", s.getString("nilai")),
                                m.isi("upaya", "Uji beban: pendampingan lapangan " + s.userId()),
                                m.isi("hambatan", "Uji beban: data terlambat"),
                                m.klik("simpan-realisasi")),
                        HariPejabatSimulation::tersimpan))
                .exec(berpikir())
                .exec(noop())
                .exec(berpikir())
                .exec(navigasi("Urusan: buka formulir", formulir, s -> "tahun=" + TAHUN_KERJA, "unduh-templat"))
                .exec(berpikir())
                .exec(navigasi("Beranda", "", tanpaKueri(), "menunggu-anda"))
                .exec(berpikir())
                .exec(navigasi("Realisasi: buka", "realisasi", tanpaKueri(), "pilih-tahun"))
                .exec(pilihTahunRealisasi(TAHUN_AJU))
                .doIf(s -> ui(s).ada("ajukan"))
                .then(exec(berpikir())
                        .exec(kirim(
                                "Realisasi: ajukan",
                                m -> m.klik("ajukan"),
                                memuatSalahSatu("Realisasi diajukan.", "berstatus", "konfirmasi-ajukan")))
                        // A year whose LKIP still lacks the agency's own parts asks first; the official goes on.
                        .doIf(s -> ui(s).terbuka("konfirmasi-ajukan"))
                        .then(exec(berpikir())
                                .exec(kirim(
                                        "Realisasi: ajukan tetap",
                                        m -> m.konfirmasi("konfirmasi-ajukan"),
                                        memuatSalahSatu("Realisasi diajukan.", "berstatus")))));
        return scenario("Operator")
                .exec(mulaiPengguna())
                .exec(s -> s.set("akun", "operator.balangan"))
                .exec(masuk("Masuk (operator)"))
                .exec(buka("Beranda: buka halaman", "", tanpaKueri(), "menunggu-anda"))
                .exec(ulangi(hari))
                .exec(keluar())
                .exec(selesaiPengguna());
    }

    private ScenarioBuilder verifikator() {
        ChainBuilder putaranKerja = exec(berpikir())
                .exec(navigasi("Persetujuan: antrean", "persetujuan", tanpaKueri(), "ringkasan-antrean"))
                .exec(s -> {
                    List<String> tautan = ui(s).hrefMengandung("realisasi?pd=");
                    String pilih = tautan.stream()
                            .filter(t -> t.contains("tahun=" + TAHUN_AJU))
                            .findFirst()
                            .orElse(tautan.isEmpty() ? "realisasi?tahun=" + TAHUN_AJU : tautan.get(0));
                    return s.set("kueri", pilih.substring(pilih.indexOf('?') + 1));
                })
                .exec(berpikir())
                .exec(navigasi("Realisasi: buka dari antrean", "realisasi", s -> s.getString("kueri"), "pilih-tahun"))
                .exec(berpikir())
                .exec(kirimDenganSesi(
                        "Realisasi: buka indikator", (m, s) -> m.pilihBaris(m.barisPertama()), ada("nilai-realisasi")))
                .doIf(s -> ui(s).ada("verifikasi"))
                .then(exec(berpikir())
                        .exec(kirim(
                                "Realisasi: verifikasi",
                                m -> m.klik("verifikasi"),
                                memuatSalahSatu("Realisasi diverifikasi.", "berstatus"))))
                .exec(berpikir())
                .exec(noop());
        return scenario("Verifikator")
                .exec(mulaiPengguna())
                .exec(s -> s.set("akun", "verifikator.balangan"))
                .exec(masuk("Masuk (verifikator)"))
                .exec(buka("Beranda: buka halaman", "", tanpaKueri(), "menunggu-anda"))
                .exec(ulangi(putaranKerja))
                .exec(keluar())
                .exec(selesaiPengguna());
    }

    /**
     * The demo accounts share one TOTP secret and a code is accepted once (replay protection), within one step
     * either side: each sign-in of an account takes the next unused step, waiting for it when it lies ahead.
     */
    private static ChainBuilder duaFaktor() {
        ChainBuilder coba = exec(s -> {
                    long kini = Totp.langkah(System.currentTimeMillis());
                    long pakai = LANGKAH_TOTP_TERAKHIR.compute(
                            s.getString("akun"), (k, v) -> v == null ? kini : Math.max(kini - 1, v + 1));
                    return s.set("langkahTotp", pakai);
                })
                .pause(s -> Duration.ofMillis(
                        Math.max(0, (s.getLong("langkahTotp") - 1) * 30_000 - System.currentTimeMillis() + 200)))
                .exec(kirimDenganSesi(
                        "Masuk: kode dua faktor",
                        (m, s) -> ModelUi.gabung(
                                m.isi("kode-masuk", Totp.kode(Totp.RAHASIA_DEMO, s.getLong("langkahTotp"))),
                                m.klik("kirim-kode")),
                        memuatSalahSatu("window.open", "location", "sudah dipakai")))
                .exec(s -> s.set("lolos", !ui(s).jawabanMemuat("sudah dipakai")));
        return exec(buka("Masuk: halaman kode", "masuk/kode", tanpaKueri(), "kode-masuk"))
                .exec(s -> s.set("lolos", false))
                .exec(asLongAs(s -> !s.getBoolean("lolos") && s.getInt("coba") < 5, "coba")
                        .on(coba));
    }

    private ScenarioBuilder pimpinan() {
        ChainBuilder draf = exec(berpikir())
                .exec(navigasi("LKIP: buka susun dokumen", "dokumen/susun", tanpaKueri(), "susun-pdf"))
                .exec(berpikir())
                .exec(kirim("LKIP: susun draf PDF", m -> m.klik("susun-pdf"), HariPejabatSimulation::drafDiterima))
                .exec(s -> {
                    // Queued or running, the screen shows its progress bar until the job ends.
                    boolean jalan = ui(s).tampil("kemajuan-penyusunan");
                    if (jalan) {
                        Catatan.drafMulai();
                    } else if (!ui(s).ada("unduh-draf-pdf")) {
                        Catatan.catat(Ringkasan.DRAF_DITOLAK, 0, true);
                    }
                    return s.set("drafJalan", jalan).set("drafMulai", System.currentTimeMillis());
                })
                .doIf(s -> s.getBoolean("drafJalan"))
                .then(exec(asLongAs(s -> ui(s).tampil("kemajuan-penyusunan")
                                        && System.currentTimeMillis() - s.getLong("drafMulai") < 300_000)
                                .on(pause(Duration.ofMillis(500)).exec(kirim(Ringkasan.POLL, m -> ModelUi.poll()))))
                        .exec(s -> {
                            Catatan.drafSelesai();
                            Catatan.catat(
                                    Ringkasan.DRAF_TOTAL,
                                    System.currentTimeMillis() - s.getLong("drafMulai"),
                                    ui(s).ada("unduh-draf-pdf"));
                            if (!ui(s).ada("unduh-draf-pdf")) {
                                System.err.println("[beban] pengguna " + s.userId() + ": draf tidak selesai: "
                                        + ui(s).teks("status-penyusunan"));
                            }
                            return s.set("drafJalan", false);
                        }))
                // Only Balangan's plan covers the cycle's year (Kotawaringin Barat's RPJMD period ends before it).
                .doIf(s -> "pimpinan.balangan".equals(s.getString("akun")))
                .then(exec(berpikir())
                        .exec(navigasi("Realisasi: buka", "realisasi", s -> "tahun=" + TAHUN_AJU, "pilih-tahun")))
                .doIf(s -> "pimpinan.balangan".equals(s.getString("akun")) && ui(s).ada("tolak"))
                .then(exec(berpikir())
                        .exec(kirim("Realisasi: tolak (dialog)", m -> m.klik("tolak"), ada("alasan")))
                        .exec(berpikir())
                        .exec(kirim(
                                "Realisasi: tolak (konfirmasi)",
                                m -> ModelUi.gabung(
                                        m.isi("alasan", "Uji beban: lengkapi bukti dukung"),
                                        m.klik("konfirmasi-tolak")),
                                memuatSalahSatu("Realisasi ditolak.", "berstatus"))))
                .exec(noop());
        return scenario("Pimpinan")
                .exec(mulaiPengguna())
                .exec(s -> s.set("akun", s.userId() % 2 == 0 ? "pimpinan.balangan" : "pimpinan.kobar"))
                .exec(masuk("Masuk (pimpinan)"))
                .exec(duaFaktor())
                .doIf(s -> !s.getBoolean("lolos"))
                .then(exec(s -> {
                    Catatan.catat("Masuk: kode dua faktor tidak diterima", -1, false);
                    Catatan.penggunaKeluar();
                    return s;
                }))
                .exitHereIf(s -> !s.getBoolean("lolos"))
                .exec(buka("Beranda: buka halaman", "", tanpaKueri(), "menunggu-anda"))
                .exec(ulangi(draf))
                .exec(keluar())
                .exec(selesaiPengguna());
    }

    /**
     * The save is confirmed ("… disimpan.") and the reloaded grid row shows the value typed. Another operator may
     * have saved the same indicator between this save and the reload (the benchmark's operators share one account
     * and six indicators): a different value is then accepted, and counted apart in the summary.
     */
    static String tersimpan(ModelUi m, Session s) {
        String kode = s.getString("indikator");
        String nilai = s.getString("nilai");
        if (!m.jawabanMemuat("Realisasi " + kode + " (Setahun) disimpan.")) {
            return "simpan " + kode + " tidak dikonfirmasi (tanpa notifikasi 'disimpan')";
        }
        String tampil = m.baris(kode).map(b -> b.path("col4").asText()).orElse(null);
        if (tampil == null) {
            return "baris " + kode + " tidak dimuat ulang setelah simpan";
        }
        if (!tampil.equals(nilai)) {
            Catatan.catat(Ringkasan.SIMPAN_DITIMPA, 0, true);
        }
        return "";
    }

    /**
     * The draft was taken: the job queue's progress bar shows (the job waits or runs, {@code PantauPekerjaan}),
     * or it is already done, or the bounded queue refused it with its message (back-pressure, counted apart).
     */
    static String drafDiterima(ModelUi m, Session s) {
        String status = m.teks("status-penyusunan");
        if (m.tampil("kemajuan-penyusunan")
                || m.ada("unduh-draf-pdf")
                || status.startsWith("Antrean penyusunan")
                || status.startsWith("Server sedang menyusun")) {
            return "";
        }
        return "penyusunan tidak mulai: '" + status + "'";
    }

    /** A value the grid shows exactly as typed: two decimals, the last not zero. */
    static String nilaiAcak() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return (10 + r.nextInt(80)) + "," + (1 + r.nextInt(9)) + (1 + r.nextInt(9));
    }

    {
        HttpProtocolBuilder protokol = http.baseUrl(url)
                .acceptHeader("*/*")
                .acceptLanguageHeader("id-ID,id;q=0.9")
                .userAgentHeader("pkd-beban (Gatling)")
                .disableCaching();
        int awalVerifikator = Math.max(1, penggunaAwal * 15 / 100);
        int puncakVerifikator = Math.max(1, pengguna * 15 / 100);
        int awalOperator = Math.max(1, penggunaAwal - awalVerifikator);
        int puncakOperator = Math.max(1, pengguna - puncakVerifikator);
        setUp(
                        operator()
                                .injectClosed(
                                        rampConcurrentUsers(awalOperator)
                                                .to(puncakOperator)
                                                .during(naik),
                                        constantConcurrentUsers(puncakOperator).during(tahan)),
                        verifikator()
                                .injectClosed(
                                        rampConcurrentUsers(awalVerifikator)
                                                .to(puncakVerifikator)
                                                .during(naik),
                                        constantConcurrentUsers(puncakVerifikator)
                                                .during(tahan)),
                        pimpinan()
                                .injectClosed(constantConcurrentUsers(pimpinan).during(naik.plus(tahan))))
                .protocols(protokol)
                .maxDuration(naik.plus(tahan).plus(Duration.ofMinutes(3)));
    }

    @Override
    public void before() {
        akhirBeban = System.currentTimeMillis() + naik.plus(tahan).toMillis();
        Catatan.buka(keluaran.resolve("catatan.csv"));
    }

    @Override
    public void after() {
        Catatan.tutup();
        try {
            List<Ringkasan.Baris> baris = Ringkasan.baca(keluaran.resolve("catatan.csv"));
            Ringkasan.cetak(baris, batasP95, System.out);
            try (PrintStream berkas =
                    new PrintStream(keluaran.resolve("ringkasan.txt").toFile(), StandardCharsets.UTF_8)) {
                Ringkasan.cetak(baris, batasP95, berkas);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
