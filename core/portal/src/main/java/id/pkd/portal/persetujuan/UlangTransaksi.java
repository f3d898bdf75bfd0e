package id.pkd.portal.persetujuan;

import id.pkd.portal.database.UlangSambungan;
import id.pkd.portal.perencanaan.DataTerkunciException;
import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an approval step in its own transaction and runs it again when MariaDB picked it as a
 * deadlock victim or its lock wait timed out: both are rolled back whole, so a retry is safe. Read
 * committed, so what is read after taking the agency lock is the latest committed state. A step whose
 * connection broke before its commit (the writer failed over) is run once more by {@link UlangSambungan}.
 */
@Component
class UlangTransaksi {

    static final int PERCOBAAN = 5;

    private final TransactionTemplate transaksi;
    private final UlangSambungan sambungan;

    UlangTransaksi(PlatformTransactionManager manajer, UlangSambungan sambungan) {
        this.sambungan = sambungan;
        this.transaksi = new TransactionTemplate(manajer);
        this.transaksi.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    <T> T jalankan(Supplier<T> kerja) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Part of a larger transaction: only its owner can roll back and start again.
            return kerja.get();
        }
        for (int percobaan = 1; ; percobaan++) {
            try {
                return sambungan.jalankan(() -> transaksi.execute(status -> kerja.get()));
            } catch (PessimisticLockingFailureException e) {
                if (percobaan >= PERCOBAAN) {
                    throw new DataTerkunciException(
                            "Data ini sedang diubah pengguna lain dan belum dapat diproses; coba lagi sebentar lagi.");
                }
                tunggu(percobaan);
            }
        }
    }

    private static void tunggu(int percobaan) {
        try {
            Thread.sleep(20L * percobaan + (long) (Math.random() * 30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataTerkunciException("Proses dihentikan sebelum selesai; coba lagi.");
        }
    }
}
