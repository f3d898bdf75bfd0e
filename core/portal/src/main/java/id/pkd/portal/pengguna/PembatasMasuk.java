package id.pkd.portal.pengguna;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles password guessing: {@value #BATAS_AKUN} failures for one account name, or {@value #BATAS_ALAMAT} from
 * one client address, within {@value #JENDELA_MENIT} minutes lock further sign-ins (even with the right password)
 * until the window has passed or the tenant admin lifts an account's lock. Failures are kept in the database so
 * every node counts the same; times are the nodes' clocks (kept in step by NTP).
 *
 * <p>A success clears the account's count but not the address's, so an attacker holding one valid account cannot
 * reset the address limit while guessing others.
 */
@Service
public class PembatasMasuk {

    public static final int BATAS_AKUN = 5;
    public static final int BATAS_ALAMAT = 20;
    public static final int JENDELA_MENIT = 15;
    private static final int PANJANG_KUNCI = 120;
    private static final DateTimeFormatter JAM = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcClient jdbc;

    public PembatasMasuk(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Why a sign-in is refused before its password is checked, or empty when it may go ahead. */
    @Transactional(readOnly = true)
    public Optional<String> alasanDitolak(String username, String alamat) {
        Optional<LocalDateTime> akun = terkunciSampai("akun", username, BATAS_AKUN);
        if (akun.isPresent()) {
            return Optional.of("Akun dikunci sementara karena terlalu banyak percobaan masuk; coba lagi pukul "
                    + JAM.format(akun.get()) + " atau minta Admin Daerah membukanya.");
        }
        return terkunciSampai("alamat", alamat, BATAS_ALAMAT)
                .map(t -> "Terlalu banyak percobaan masuk dari alamat ini; coba lagi pukul " + JAM.format(t) + ".");
    }

    /** Until when the account is locked, if it is. */
    @Transactional(readOnly = true)
    public Optional<LocalDateTime> akunTerkunciSampai(String username) {
        return terkunciSampai("akun", username, BATAS_AKUN);
    }

    /**
     * Runs in its own transaction: a failure is counted even when the caller's work is rolled back. READ COMMITTED:
     * the prune of old rows then locks only the rows it deletes; under REPEATABLE READ its gap locks and the insert
     * of another failure from the same address deadlocked (many accounts behind one office address failing at once).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void catatGagal(String username, String alamat) {
        LocalDateTime sekarang = LocalDateTime.now();
        simpan("akun", username, sekarang);
        simpan("alamat", alamat, sekarang);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void catatBerhasil(String username) {
        hapus("akun", username);
    }

    /** Lifts an account's lock; package-private: only {@link PenggunaService} does it, with an audit entry. */
    void bukaKunci(String username) {
        hapus("akun", username);
    }

    /** The client addresses locked now, with the time each lock ends; for the portal operator's screen. */
    @Transactional(readOnly = true)
    public List<AlamatTerkunci> alamatTerkunci() {
        return jdbc
                .sql("SELECT kunci FROM gagal_masuk WHERE jenis = 'alamat' AND waktu > ? GROUP BY kunci"
                        + " HAVING COUNT(*) >= ? ORDER BY kunci")
                .params(LocalDateTime.now().minusMinutes(JENDELA_MENIT), BATAS_ALAMAT)
                .query(String.class)
                .list()
                .stream()
                .flatMap(alamat -> terkunciSampai("alamat", alamat, BATAS_ALAMAT).stream()
                        .map(sampai -> new AlamatTerkunci(alamat, sampai)))
                .toList();
    }

    /** Lifts an address's lock; package-private: only the operator's service does it, and logs it. */
    void bukaKunciAlamat(String alamat) {
        hapus("alamat", alamat);
    }

    /** A client address refused sign-ins until {@code sampai}. */
    public record AlamatTerkunci(String alamat, LocalDateTime sampai) {}

    private Optional<LocalDateTime> terkunciSampai(String jenis, String kunci, int batas) {
        if (kunci == null || kunci.isBlank()) {
            return Optional.empty();
        }
        LocalDateTime sekarang = LocalDateTime.now();
        List<LocalDateTime> terakhir = jdbc.sql("SELECT waktu FROM gagal_masuk WHERE jenis = ? AND kunci = ?"
                        + " AND waktu > ? ORDER BY waktu DESC LIMIT ?")
                .params(jenis, potong(kunci), sekarang.minusMinutes(JENDELA_MENIT), batas)
                .query(LocalDateTime.class)
                .list();
        if (terakhir.size() < batas) {
            return Optional.empty();
        }
        // Locked until the oldest of the last `batas` failures leaves the window.
        return Optional.of(terakhir.get(batas - 1).plusMinutes(JENDELA_MENIT));
    }

    private void simpan(String jenis, String kunci, LocalDateTime waktu) {
        if (kunci == null || kunci.isBlank()) {
            return;
        }
        jdbc.sql("DELETE FROM gagal_masuk WHERE jenis = ? AND kunci = ? AND waktu <= ?")
                .params(jenis, potong(kunci), waktu.minusMinutes(JENDELA_MENIT))
                .update();
        jdbc.sql("INSERT INTO gagal_masuk (jenis, kunci, waktu) VALUES (?, ?, ?)")
                .params(jenis, potong(kunci), waktu)
                .update();
    }

    private void hapus(String jenis, String kunci) {
        if (kunci != null && !kunci.isBlank()) {
            jdbc.sql("DELETE FROM gagal_masuk WHERE jenis = ? AND kunci = ?")
                    .params(jenis, potong(kunci))
                    .update();
        }
    }

    private static String potong(String kunci) {
        return kunci.length() > PANJANG_KUNCI ? kunci.substring(0, PANJANG_KUNCI) : kunci;
    }
}
