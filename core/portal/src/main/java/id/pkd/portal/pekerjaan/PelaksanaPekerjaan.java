package id.pkd.portal.pekerjaan;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.PengaturanPkd;
import java.io.IOException;
import java.net.InetAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one executor of rendering and signing jobs on this node: {@code ukuran-pool} workers, fed by claiming rows of
 * the job table, so a job submitted on any node may run here and a job of a node that died (its lease ran out) is
 * run again here. The same workers bound the synchronous API drafts ({@link #slot}). The submitter's sign-in is
 * rebuilt from the row (tenant, username, role), never carried in a thread-local from the submitting thread.
 */
@Component
class PelaksanaPekerjaan implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PelaksanaPekerjaan.class);

    static final String PESAN_GAGAL_UMUM = "Pekerjaan gagal karena kesalahan pada server. Silakan coba lagi.";
    static final String PESAN_HABIS_PERCOBAAN =
            "Pekerjaan dihentikan: server portal berhenti setiap kali menjalankannya. Hubungi Operator Portal.";

    private final String simpul;
    private final PengaturanPkd.Pekerjaan atur;
    private final RepositoriPekerjaan repo;
    private final TransactionTemplate transaksi;
    private final ObjectMapper json;
    private final Map<String, PenanganPekerjaan> penangan;
    /** Workers free on this node: taken by a claimed job or a synchronous draft, given back when it ends. */
    final Semaphore slot;
    /** What the database must not hold (a passphrase), per job submitted here, until the job ends. */
    private final Map<Long, Object> rahasia = new ConcurrentHashMap<>();

    private final AtomicInteger putaranKe = new AtomicInteger();

    private volatile ExecutorService pekerja;
    private volatile ScheduledExecutorService penjadwal;
    private volatile boolean dijeda;
    private volatile boolean berhenti;

    @Autowired
    PelaksanaPekerjaan(
            PengaturanPkd pengaturan,
            RepositoriPekerjaan repo,
            TransactionTemplate transaksi,
            ObjectMapper json,
            List<PenanganPekerjaan> penangan) {
        this(namaSimpul(pengaturan.pekerjaan().simpul()), pengaturan.pekerjaan(), repo, transaksi, json, penangan);
    }

    /** A node of its own name; tests run two of them on one database. */
    PelaksanaPekerjaan(
            String simpul,
            PengaturanPkd.Pekerjaan atur,
            RepositoriPekerjaan repo,
            TransactionTemplate transaksi,
            ObjectMapper json,
            List<PenanganPekerjaan> penangan) {
        this.simpul = simpul;
        this.atur = atur;
        this.repo = repo;
        this.transaksi = transaksi;
        this.json = json;
        this.penangan = penangan.stream().collect(Collectors.toMap(PenanganPekerjaan::jenis, Function.identity()));
        this.slot = new Semaphore(atur.ukuranPool());
    }

    /** The configured name, or host name plus a random suffix: two starts of one host are two nodes. */
    static String namaSimpul(String dikonfigurasi) {
        if (!dikonfigurasi.isEmpty()) {
            return dikonfigurasi;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "simpul";
        }
        byte[] acak = new byte[4];
        ThreadLocalRandom.current().nextBytes(acak);
        String nama = host + "-" + HexFormat.of().formatHex(acak);
        return nama.length() <= 80 ? nama : nama.substring(nama.length() - 80);
    }

    String simpul() {
        return simpul;
    }

    PengaturanPkd.Pekerjaan atur() {
        return atur;
    }

    boolean dikenal(String jenis) {
        return penangan.containsKey(jenis);
    }

    void simpanRahasia(long id, Object isi) {
        rahasia.put(id, isi);
    }

    @Override
    public synchronized void start() {
        if (penjadwal != null) {
            return;
        }
        berhenti = false;
        AtomicInteger nomor = new AtomicInteger();
        pekerja = Executors.newFixedThreadPool(atur.ukuranPool(), r -> {
            Runnable diturunkan = () -> {
                // a worker only renders and signs: its turn comes after the clicks users wait for
                PrioritasRendah.turunkan(atur.nice());
                r.run();
            };
            Thread t = new Thread(diturunkan, "pekerjaan-" + nomor.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        penjadwal = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pekerjaan-penjadwal");
            t.setDaemon(true);
            return t;
        });
        long jeda = atur.jedaPeriksa().toMillis();
        penjadwal.scheduleWithFixedDelay(this::putaran, jeda, jeda, TimeUnit.MILLISECONDS);
        long detak = Math.max(100, atur.lamaSewa().toMillis() / 3);
        penjadwal.scheduleWithFixedDelay(this::detak, detak, detak, TimeUnit.MILLISECONDS);
        log.info("Pelaksana pekerjaan simpul {} berjalan dengan {} pekerja", simpul, atur.ukuranPool());
    }

    /**
     * Stops claiming and interrupts running jobs; their leases run out and another node runs them again, which the
     * handlers make safe.
     */
    @Override
    public synchronized void stop() {
        if (penjadwal == null) {
            return;
        }
        berhenti = true;
        penjadwal.shutdownNow();
        pekerja.shutdownNow();
        penjadwal = null;
        pekerja = null;
    }

    @Override
    public boolean isRunning() {
        return penjadwal != null;
    }

    /** Tests only: this node stops claiming (it still renews its leases) until {@link #lanjutkan()}. */
    void jeda() {
        dijeda = true;
        synchronized (this) {
            // waits for a round in progress to end
        }
    }

    void lanjutkan() {
        dijeda = false;
        bangunkan();
    }

    /** A job was just submitted here: look now rather than at the next round. */
    void bangunkan() {
        ScheduledExecutorService p = penjadwal;
        if (p != null && !dijeda) {
            try {
                p.execute(this::putaran);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // stopping: the job waits for another node
            }
        }
    }

    /** Claims jobs while this node has a free worker. */
    synchronized void putaran() {
        if (dijeda || pekerja == null) {
            return;
        }
        try {
            while (slot.tryAcquire()) {
                Optional<RepositoriPekerjaan.Klaim> klaim;
                try {
                    klaim = klaimSatu();
                } catch (RuntimeException e) {
                    slot.release();
                    throw e;
                }
                if (klaim.isEmpty()) {
                    slot.release();
                    break;
                }
                RepositoriPekerjaan.Klaim k = klaim.get();
                pekerja.execute(() -> {
                    try {
                        jalankan(k);
                    } finally {
                        slot.release();
                    }
                });
            }
            if (putaranKe.incrementAndGet() % 600 == 0) {
                repo.bersihkan();
            }
        } catch (RuntimeException e) {
            // the database is away for a moment: the next round tries again
            log.warn("Putaran pelaksana pekerjaan gagal: {}", e.toString());
        }
    }

    private void detak() {
        try {
            repo.perpanjang(simpul, atur.lamaSewa());
        } catch (RuntimeException e) {
            log.warn("Sewa pekerjaan simpul {} tidak dapat diperpanjang: {}", simpul, e.toString());
        }
    }

    /**
     * The oldest job this node may take, within its tenant's running bound: the tenant's quota row is locked while
     * its running jobs are counted and the job is taken, so two nodes cannot both take the tenant's last place.
     */
    Optional<RepositoriPekerjaan.Klaim> klaimSatu() {
        for (RepositoriPekerjaan.Calon c : repo.calon(simpul, 20)) {
            if (c.percobaan() >= atur.maksPercobaan()) {
                repo.habisPercobaan(c.id(), c.percobaan(), PESAN_HABIS_PERCOBAAN);
                continue;
            }
            Boolean diambil = transaksi.execute(s -> {
                repo.kunciKuota(c.tenantId());
                return repo.berjalanTenant(c.tenantId()) < atur.maksBerjalanPerTenant()
                        && repo.klaim(c.id(), simpul, atur.lamaSewa());
            });
            if (Boolean.TRUE.equals(diambil)) {
                return Optional.of(repo.klaimDibaca(c.id()));
            }
        }
        return Optional.empty();
    }

    /** Runs a claimed job to its end: finished with its result, or failed with a message for the user. */
    void jalankan(RepositoriPekerjaan.Klaim k) {
        try {
            HasilPekerjaan hasil = kerjakan(k);
            if (!selesaikan(k, hasil)) {
                log.warn("Pekerjaan {} selesai di simpul {} setelah sewanya diambil simpul lain", k.id(), simpul);
            }
        } catch (Exception e) {
            if (berhenti) {
                // interrupted by this node's shutdown: left to its lease, so another node runs it again
                log.info("Pekerjaan {} ditinggalkan karena simpul {} berhenti", k.id(), simpul);
                return;
            }
            PenanganPekerjaan p = penangan.get(k.jenis());
            String pesan = p == null ? null : p.pesanGagal(e);
            if (pesan == null) {
                log.error("Pekerjaan {} ({}) gagal", k.id(), k.jenis(), e);
                pesan = PESAN_GAGAL_UMUM;
            }
            repo.gagal(k, pesan.length() > 500 ? pesan.substring(0, 497) + "…" : pesan);
        } finally {
            rahasia.remove(k.id());
        }
    }

    /** The handler's work, as the job's submitter; what it returns is not yet recorded. */
    HasilPekerjaan kerjakan(RepositoriPekerjaan.Klaim k) throws Exception {
        PenanganPekerjaan p = penangan.get(k.jenis());
        if (p == null) {
            throw new IllegalStateException("Tidak ada penangan pekerjaan " + k.jenis());
        }
        PekerjaanBerjalan berjalan = new KlaimBerjalan(k, repo, json, rahasia);
        try {
            return SebagaiSistem.jalankanSebagai(
                    k.dibuatOleh(), Peran.valueOf(k.peran()), new TenantId(k.tenantId()), () -> {
                        try {
                            return p.jalankan(berjalan);
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new Terbungkus(e);
                        }
                    });
        } catch (Terbungkus e) {
            throw (Exception) e.getCause();
        }
    }

    /** Records the result if this claim still holds the job; the draft's file and the end commit together. */
    boolean selesaikan(RepositoriPekerjaan.Klaim k, HasilPekerjaan hasil) {
        Boolean ok = transaksi.execute(s -> {
            if (hasil.berkas() != null) {
                repo.simpanBerkas(k, hasil.berkas(), atur.simpanHasil());
            }
            if (!repo.selesai(k, hasil.rujukan())) {
                s.setRollbackOnly();
                return false;
            }
            return true;
        });
        return Boolean.TRUE.equals(ok);
    }

    private static final class Terbungkus extends RuntimeException {
        Terbungkus(Exception sebab) {
            super(sebab);
        }
    }
}
