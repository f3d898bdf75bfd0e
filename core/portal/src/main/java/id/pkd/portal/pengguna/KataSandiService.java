package id.pkd.portal.pengguna;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tenant.MilikTenant;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.BacaLangsung;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords after the account exists: the owner changes theirs; an admin resets someone else's to a temporary one
 * that must be changed at the next sign-in. Every change ends the account's other open sessions.
 */
@Service
public class KataSandiService {

    private static final Logger LOG = LoggerFactory.getLogger(KataSandiService.class);
    /** No look-alike characters (0/O, 1/l/I): the temporary password is read out or typed from a screen. */
    private static final String HURUF_SEMENTARA = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom ACAK = new SecureRandom();
    private static final DateTimeFormatter JAM = DateTimeFormatter.ofPattern("HH:mm");

    private final PenggunaRepository pengguna;
    private final OperatorPortalRepository operator;
    private final PasswordEncoder encoder;
    private final JejakAuditService jejak;
    private final PembatasMasuk pembatas;
    private final PengenalAkun pengenal;
    private final ApplicationEventPublisher peristiwa;

    KataSandiService(
            PenggunaRepository pengguna,
            OperatorPortalRepository operator,
            PasswordEncoder encoder,
            JejakAuditService jejak,
            PembatasMasuk pembatas,
            PengenalAkun pengenal,
            ApplicationEventPublisher peristiwa) {
        this.pengguna = pengguna;
        this.operator = operator;
        this.encoder = encoder;
        this.jejak = jejak;
        this.pembatas = pembatas;
        this.pengenal = pengenal;
        this.peristiwa = peristiwa;
    }

    /**
     * The signed-in account changes its own password. Every other open session of the account ends at once; {@code
     * sesiSaatIni} (the session asking) stays signed in.
     */
    @Secured({
        "ROLE_OPERATOR_PORTAL",
        "ROLE_ADMIN_DAERAH",
        "ROLE_OPERATOR",
        "ROLE_VERIFIKATOR",
        "ROLE_PIMPINAN",
        "ROLE_PENGAMAT"
    })
    @Transactional
    public void gantiSandi(String sandiLama, String sandiBaru, String sandiUlang, String sesiSaatIni) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Optional<TenantId> tenant = tenantDari(auth);
        String username = auth.getName();
        Optional<Pengguna> p = tenant.flatMap(t -> pengguna.cariBernama(t.value(), username));
        Optional<OperatorPortal> o = tenant.isPresent() ? Optional.empty() : operator.cariUntukMasuk(username);
        String hashLama = p.map(Pengguna::passwordHash)
                .or(() -> o.map(OperatorPortal::passwordHash))
                .orElseThrow(() -> new DataTidakDitemukanException("Akun"));

        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        // Guesses of the current password count like failed sign-ins, so an open session left behind cannot be
        // used to find the password; the lock ends guessing here too.
        String kunci = p.map(pengenal::kunci).orElse(username);
        Optional<LocalDateTime> terkunci = pembatas.akunTerkunciSampai(kunci);
        if (terkunci.isPresent()) {
            salah.tambah(
                    "sandiLama",
                    "Terlalu banyak percobaan yang salah; coba lagi pukul " + JAM.format(terkunci.get()) + ".");
        } else if (sandiLama == null || sandiLama.isEmpty() || !encoder.matches(sandiLama, hashLama)) {
            pembatas.catatGagal(kunci, null);
            salah.tambah("sandiLama", "Kata sandi saat ini salah.");
        }
        Optional<String> lemah = KebijakanKataSandi.periksa(sandiBaru);
        if (lemah.isPresent()) {
            salah.tambah("sandiBaru", lemah.get());
        } else if (sandiBaru.equals(sandiLama)) {
            salah.tambah("sandiBaru", "Kata sandi baru harus berbeda dari kata sandi saat ini.");
        }
        if (!salah.ada("sandiBaru") && !sandiBaru.equals(sandiUlang)) {
            salah.tambah("sandiUlang", "Ulangan tidak sama dengan kata sandi baru.");
        }
        salah.lemparJikaAda();

        String hashBaru = encoder.encode(sandiBaru);
        if (p.isPresent()) {
            Pengguna akun = pengguna.save(p.get().denganSandi(hashBaru, false));
            jejak.catatSebagai(
                    akun.tenant(),
                    username,
                    PenggunaService.JENIS_JEJAK,
                    akun.id(),
                    "kataSandi",
                    null,
                    "diganti oleh pemiliknya");
        } else {
            operator.save(o.get().denganSandi(hashBaru, false));
            // The operator belongs to no tenant, so there is no tenant trail to write to.
            LOG.info("Operator Portal {} mengganti kata sandinya", username);
        }
        peristiwa.publishEvent(
                new AksesPenggunaBerubah(username, tenant.map(TenantId::value).orElse(null), sesiSaatIni));
    }

    /**
     * The tenant admin resets a user's password: returns the temporary password, to be shown once; the user must
     * change it at the next sign-in.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public String aturUlangSandi(long id) {
        TenantId tenant = TenantContext.wajib();
        Pengguna p = pengguna.cari(tenant.value(), id).orElseThrow(() -> new DataTidakDitemukanException("Pengguna"));
        if (p.username().equals(JejakAuditService.pelaku())) {
            throw IsianTidakSahException.pada(
                    "kataSandi", "Kata sandi Anda sendiri diganti di halaman Akun, bukan diatur ulang.");
        }
        return aturUlang(tenant, p);
    }

    /**
     * Sets a temporary password that must be changed at the next sign-in, ends the account's open sessions and
     * lifts its sign-in lock (the lock may be why the reset was asked for); on the tenant's trail.
     */
    String aturUlang(TenantId tenant, Pengguna p) {
        String sementara = sandiSementara();
        pengguna.save(p.denganSandi(encoder.encode(sementara), true));
        pembatas.bukaKunci(pengenal.kunci(p));
        jejak.catatSebagai(
                tenant,
                JejakAuditService.pelaku(),
                PenggunaService.JENIS_JEJAK,
                p.id(),
                "kataSandi",
                null,
                "diatur ulang; wajib diganti saat masuk");
        peristiwa.publishEvent(new AksesPenggunaBerubah(p.username(), tenant.value(), null));
        return sementara;
    }

    /**
     * Whether the signed-in account must change its password before anything else. Only a fully signed-in account
     * (one holding a role) is asked; a sign-in still waiting for its second factor is not.
     */
    @BacaLangsung
    public boolean wajibGantiSandi() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!berperan(auth) || !(auth.getPrincipal() instanceof MilikTenant akun)) {
            return false;
        }
        String username = auth.getName();
        return akun.tenantId()
                .map(t -> pengguna.cariBernama(t.value(), username).map(Pengguna::wajibGantiSandi))
                .orElseGet(() -> operator.cariUntukMasuk(username).map(OperatorPortal::wajibGantiSandi))
                .orElse(false);
    }

    /** A fully signed-in account: authenticated and holding a role (not a sign-in waiting for its second factor). */
    static boolean berperan(Authentication auth) {
        return auth != null
                && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().startsWith("ROLE_"));
    }

    /** 16 random characters from 55 (about 92 bits), grouped by four for reading out. */
    static String sandiSementara() {
        while (true) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (i > 0 && i % 4 == 0) {
                    s.append('-');
                }
                s.append(HURUF_SEMENTARA.charAt(ACAK.nextInt(HURUF_SEMENTARA.length())));
            }
            if (KebijakanKataSandi.periksa(s.toString()).isEmpty()) {
                return s.toString();
            }
        }
    }

    private static Optional<TenantId> tenantDari(Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof MilikTenant akun)) {
            throw new AccessDeniedException("Tidak ada akun yang masuk.");
        }
        return akun.tenantId();
    }
}
