package id.pkd.portal.api;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant admin's API tokens. A token's plaintext leaves this service once, from {@link
 * #buat}; afterwards only its SHA-256 exists, which is what a request's token is looked up by.
 */
@Service
public class ApiTokenService {

    static final int PANJANG_NAMA_MINIMAL = 3;
    static final int PANJANG_NAMA_MAKSIMAL = 100;
    /** {@code terakhir_dipakai} is written at most this often per token. */
    static final Duration SELANG_CATAT_PEMAKAIAN = Duration.ofMinutes(1);

    /** Where the audit trail records token creation and revocation. */
    static final String JENIS_JEJAK = "api_token";

    private final ApiTokenRepository tokens;
    private final JejakAuditService jejak;
    private final Clock clock;
    private final SecureRandom acak = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, JejakAuditService jejak, Clock clock) {
        this.tokens = tokens;
        this.jejak = jejak;
        this.clock = clock;
    }

    /** The tenant's tokens, active ones first, newest first. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional(readOnly = true)
    public List<ApiToken> daftar() {
        return tokens.semua(TenantContext.wajib().value());
    }

    /** Creates a token without a workflow role; see {@link #buat(String, HakToken, PeranToken)}. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public TokenBaru buat(String nama, HakToken hak) {
        return buat(nama, hak, null);
    }

    /**
     * Creates a token for the current tenant and returns its plaintext, which is not kept. The creation, with the
     * token's name, rights and role, goes to the audit trail.
     *
     * @param peran the workflow role the token acts in, or {@code null} for none
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public TokenBaru buat(String nama, HakToken hak, PeranToken peran) {
        String teks = TeksToken.baru(acak);
        ApiToken token = simpan(TenantContext.wajib(), nama, teks, hak, peran);
        jejak.catat(
                JENIS_JEJAK,
                token.id(),
                "dibuat",
                null,
                "nama " + token.nama() + "; hak " + hak.label() + "; peran "
                        + (peran == null ? "tanpa peran" : peran.label()) + "; prefiks " + token.prefiks());
        return new TokenBaru(token, teks);
    }

    /**
     * Revokes a token of the current tenant; requests with it are refused from now on, and the revocation goes to
     * the audit trail. Revoking a revoked token changes nothing. Another tenant's token is not found.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void cabut(long id) {
        TenantId tenant = TenantContext.wajib();
        ApiToken token =
                tokens.cari(tenant.value(), id).orElseThrow(() -> new DataTidakDitemukanException("Token API"));
        if (token.aktif()) {
            tokens.cabut(tenant.value(), id, Instant.now(clock), JejakAuditService.pelaku());
            jejak.catat(JENIS_JEJAK, id, "status", "aktif (" + token.nama() + ")", "dicabut");
        }
    }

    /**
     * Installs a token with a known plaintext, for the demo data only. Does nothing when that
     * token exists already, revoked or not.
     */
    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional
    public void pasangTokenDemo(TenantId tenant, String nama, String teks, HakToken hak) {
        if (tokens.cariHash(TeksToken.hash(teks)).isEmpty()) {
            simpan(tenant, nama, teks, hak, null);
        }
    }

    /**
     * The principal of a request bearing {@code teks}, if it is an active token, and notes that the
     * token was used. Called by the API's authentication filter before anyone is signed in.
     */
    @Transactional
    Optional<AkunApi> autentikasi(String teks) {
        if (teks == null || teks.isEmpty() || teks.length() > TeksToken.PANJANG_MAKSIMAL) {
            return Optional.empty();
        }
        return tokens.cariHash(TeksToken.hash(teks)).filter(ApiToken::aktif).map(t -> {
            Instant sekarang = Instant.now(clock);
            Instant batas = sekarang.minus(SELANG_CATAT_PEMAKAIAN);
            // The row just read tells whether the use is noted already: a busy client costs one statement per call.
            if (t.terakhirDipakai() == null || t.terakhirDipakai().isBefore(batas)) {
                tokens.catatPemakaian(t.id(), sekarang, batas);
            }
            return new AkunApi(t.id(), t.nama(), t.tenantId(), t.hak(), t.peran());
        });
    }

    private ApiToken simpan(TenantId tenant, String namaDiisi, String teks, HakToken hak, PeranToken peran) {
        String nama = namaDiisi == null ? "" : namaDiisi.strip();
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        if (nama.isEmpty()) {
            salah.tambah("nama", "Nama token wajib diisi, mis. nama aplikasi yang memakainya.");
        } else if (nama.length() < PANJANG_NAMA_MINIMAL || nama.length() > PANJANG_NAMA_MAKSIMAL) {
            salah.tambah("nama", "Nama token " + PANJANG_NAMA_MINIMAL + "–" + PANJANG_NAMA_MAKSIMAL + " karakter.");
        } else if (tokens.jumlahAktifBernama(tenant.value(), nama) > 0) {
            salah.tambah("nama", namaSudahDipakai(nama));
        }
        if (hak == null) {
            salah.tambah("hak", "Hak token wajib dipilih.");
        } else if (peran != null && hak != HakToken.BACA_TULIS) {
            // Every workflow step is a write; a read-only token with a role could never use it.
            salah.tambah("peran", "Peran alur persetujuan hanya dapat diberikan pada token berhak Baca dan tulis.");
        }
        salah.lemparJikaAda();
        try {
            return tokens.save(new ApiToken(
                    null,
                    tenant.value(),
                    nama,
                    TeksToken.prefiks(teks),
                    TeksToken.hash(teks),
                    hak,
                    peran,
                    JejakAuditService.pelaku(),
                    Instant.now(clock),
                    null,
                    null,
                    null));
        } catch (DuplicateKeyException e) {
            // Another admin saved a token of the same name in the meantime.
            throw IsianTidakSahException.pada("nama", namaSudahDipakai(nama));
        }
    }

    private static String namaSudahDipakai(String nama) {
        return "Nama \"" + nama + "\" sudah dipakai token aktif lain daerah ini.";
    }
}
