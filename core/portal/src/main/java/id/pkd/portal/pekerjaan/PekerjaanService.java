package id.pkd.portal.pekerjaan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.PengaturanPkd;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submitting jobs and following them. A submission is refused at once, with a message the user can act on, when
 * the tenant's queue or this node's is full, instead of waiting without end. A job is seen, and its file fetched,
 * only by its submitter in its tenant.
 */
@Service
public class PekerjaanService {

    /** Parameters are small (a document type, a subject, a year): anything longer is a mistake, not a job. */
    static final int PARAMETER_MAKS = 4000;

    static final String PESAN_PENUH_NODE = "Antrean penyusunan penuh, coba lagi beberapa saat lagi.";
    static final String PESAN_PENUH_TENANT =
            "Antrean penyusunan daerah ini penuh (%d dokumen sedang menunggu atau disusun). Coba lagi setelah"
                    + " salah satunya selesai.";
    static final String PESAN_SIBUK = "Server sedang menyusun dokumen lain. Coba lagi beberapa saat lagi.";

    private final RepositoriPekerjaan repo;
    private final PelaksanaPekerjaan pelaksana;
    private final TransactionTemplate transaksi;
    private final ObjectMapper json;
    private final Map<Long, AtomicInteger> langsungPerTenant = new ConcurrentHashMap<>();

    PekerjaanService(
            RepositoriPekerjaan repo, PelaksanaPekerjaan pelaksana, TransactionTemplate transaksi, ObjectMapper json) {
        this.repo = repo;
        this.pelaksana = pelaksana;
        this.transaksi = transaksi;
        this.json = json;
    }

    /** Queues a job of this kind as the signed-in user; its id, to follow it. */
    public long kirim(String jenis, Object parameter) {
        return kirim(jenis, parameter, null);
    }

    /**
     * As {@link #kirim(String, Object)}, with {@code rahasia} kept in this node's memory only (a signing credential):
     * the job then runs on this node, or, if this node dies first, fails on another with its handler's message.
     */
    public long kirim(String jenis, Object parameter, Object rahasia) {
        if (!pelaksana.dikenal(jenis)) {
            throw new IllegalArgumentException("Jenis pekerjaan tidak dikenal: " + jenis);
        }
        long tenant = TenantContext.wajib().value();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Peran peran = peran(auth);
        String teks = json(parameter);
        PengaturanPkd.Pekerjaan atur = pelaksana.atur();
        // This node's bound is counted in the database too, but only this node adds to it: one lock here makes it
        // exact; the tenant's bound is made exact by the tenant's quota row, whichever node submits.
        synchronized (this) {
            Long id = transaksi.execute(s -> {
                repo.kunciKuota(tenant);
                if (repo.aktifTenant(tenant) >= atur.antreanMaksPerTenant()) {
                    throw new AntreanPenuhException(PESAN_PENUH_TENANT.formatted(atur.antreanMaksPerTenant()));
                }
                if (repo.aktifDiajukanDi(pelaksana.simpul()) >= atur.antreanMaksPerNode()) {
                    throw new AntreanPenuhException(PESAN_PENUH_NODE);
                }
                long baru = repo.simpan(
                        tenant,
                        jenis,
                        teks,
                        rahasia == null ? null : pelaksana.simpul(),
                        pelaksana.simpul(),
                        auth.getName(),
                        peran.name(),
                        atur.lamaSewa());
                if (rahasia != null) {
                    // before the commit: no round can claim the row before its secret is here
                    pelaksana.simpanRahasia(baru, rahasia);
                }
                return baru;
            });
            pelaksana.bangunkan();
            return id;
        }
    }

    /** The signed-in user's job, or "tidak ditemukan" for any other's (another tenant's, a colleague's). */
    public Pekerjaan status(long id) {
        return repo.cari(TenantContext.wajib().value(), pengaju(), id)
                .orElseThrow(() -> new DataTidakDitemukanException("Pekerjaan"));
    }

    /** The draft a finished job made, while it is kept. */
    public Optional<HasilPekerjaan.Berkas> berkas(long id) {
        return repo.berkas(TenantContext.wajib().value(), pengaju(), id);
    }

    /**
     * The signed-in user's jobs of these kinds that wait, run, or ended within the time drafts are kept; newest
     * first, so a reloaded page picks up where it was.
     */
    public List<Pekerjaan> milikSaya(String... jenis) {
        return repo.milik(
                TenantContext.wajib().value(),
                pengaju(),
                Arrays.asList(jenis),
                pelaksana.atur().simpanHasil());
    }

    /**
     * Runs {@code kerja} now, on the calling thread, within the same bounds as queued jobs: one of this node's
     * workers (waited for up to {@code tunggu-langsung}) and a place among the tenant's running jobs. For callers that
     * must answer in the same request (the API's draft).
     */
    public <T> T jalankanLangsung(Supplier<T> kerja) {
        long tenant = TenantContext.wajib().value();
        PengaturanPkd.Pekerjaan atur = pelaksana.atur();
        AtomicInteger milikTenant = langsungPerTenant.computeIfAbsent(tenant, t -> new AtomicInteger());
        if (milikTenant.incrementAndGet() + repo.berjalanTenant(tenant) > atur.maksBerjalanPerTenant()) {
            milikTenant.decrementAndGet();
            throw new AntreanPenuhException(PESAN_SIBUK);
        }
        try {
            boolean dapat;
            try {
                dapat = pelaksana.slot.tryAcquire(atur.tungguLangsung().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AntreanPenuhException(PESAN_SIBUK);
            }
            if (!dapat) {
                throw new AntreanPenuhException(PESAN_SIBUK);
            }
            try {
                return kerja.get();
            } finally {
                pelaksana.slot.release();
            }
        } finally {
            milikTenant.decrementAndGet();
        }
    }

    private String json(Object parameter) {
        String teks;
        try {
            teks = json.writeValueAsString(parameter);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Parameter pekerjaan tidak dapat ditulis sebagai JSON", e);
        }
        if (teks.length() > PARAMETER_MAKS) {
            throw new IllegalArgumentException("Parameter pekerjaan melebihi " + PARAMETER_MAKS + " karakter");
        }
        return teks;
    }

    /**
     * The role the job runs with: the user's own; an API token reads as the tenant's read-only role, which is all a
     * draft needs.
     */
    private static Peran peran(Authentication auth) {
        if (auth == null) {
            throw new AccessDeniedException("Belum masuk");
        }
        for (GrantedAuthority a : auth.getAuthorities()) {
            for (Peran p : Peran.values()) {
                if (p.milikDaerah() && p.authority().equals(a.getAuthority())) {
                    return p;
                }
            }
        }
        if (auth.getAuthorities().stream().anyMatch(a -> "ROLE_API_BACA".equals(a.getAuthority()))) {
            return Peran.PENGAMAT;
        }
        throw new AccessDeniedException("Peran tidak dikenal untuk pekerjaan latar");
    }

    private static String pengaju() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            throw new AccessDeniedException("Belum masuk");
        }
        return auth.getName();
    }
}
