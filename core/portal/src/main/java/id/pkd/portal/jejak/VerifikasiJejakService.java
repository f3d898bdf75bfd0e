package id.pkd.portal.jejak;

import id.pkd.portal.tenant.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a tenant's chain entry by entry, in {@code urut} order: no number missing, each hash
 * recomputed from the stored fields, each entry linked to the one before, entry ids and times in
 * the same order, every daily anchor and the head matching. Names the first entry that fails.
 * Runs in one read-only transaction, so appends made meanwhile are not half seen.
 */
@Service
public class VerifikasiJejakService {

    private static final int HALAMAN = 5_000;

    private record Jangkar(LocalDate tanggal, long urut, String hash) {}

    private final JdbcClient db;

    VerifikasiJejakService(JdbcClient db) {
        this.db = db;
    }

    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_PIMPINAN", "ROLE_VERIFIKATOR", "ROLE_PENGAMAT", "ROLE_API_BACA"})
    @Transactional(readOnly = true)
    public HasilVerifikasi verifikasi() {
        return periksa(TenantContext.wajib().value());
    }

    private HasilVerifikasi periksa(long tenant) {
        long jumlah = db.sql("SELECT COUNT(*) FROM jejak_audit WHERE tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
        Map<Long, Jangkar> jangkar = new HashMap<>();
        db.sql("SELECT tanggal, urut, hash FROM jejak_jangkar WHERE tenant_id = ? ORDER BY tanggal")
                .param(tenant)
                .query((rs, n) -> new Jangkar(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3)))
                .list()
                .forEach(j -> jangkar.putIfAbsent(j.urut(), j));
        long diharapkan = 1;
        String hashSebelum = RantaiJejak.AWAL;
        long idSebelum = 0;
        Instant padaSebelum = Instant.MIN;
        List<JejakAudit> halaman;
        do {
            halaman = db.sql("SELECT * FROM jejak_audit WHERE tenant_id = ? AND urut >= ? ORDER BY urut LIMIT ?")
                    .params(tenant, diharapkan, HALAMAN)
                    .query(VerifikasiJejakService::baris)
                    .list();
            for (JejakAudit j : halaman) {
                if (j.urut() > diharapkan) {
                    return rusak(
                            jumlah,
                            EntriRusak.hilang(
                                    diharapkan,
                                    MasalahJejak.DIHAPUS,
                                    rentang(diharapkan, j.urut() - 1) + " tidak ada lagi; entri urut " + j.urut()
                                            + " menunjuk ke entri yang hilang."));
                }
                if (!RantaiJejak.hash(j).equals(j.hash())) {
                    return rusak(
                            jumlah,
                            EntriRusak.pada(
                                    j,
                                    MasalahJejak.DIUBAH,
                                    "Isi entri urut " + j.urut() + " tidak cocok lagi dengan hash-nya: ada isian yang"
                                            + " diubah setelah dicatat."));
                }
                if (!j.hashSebelum().equals(hashSebelum)) {
                    return rusak(
                            jumlah,
                            EntriRusak.pada(
                                    j,
                                    MasalahJejak.TAUTAN_PUTUS,
                                    "Entri urut " + j.urut() + " tidak menyambung ke entri urut " + (j.urut() - 1)
                                            + ": salah satunya diubah lalu hash-nya dihitung ulang."));
                }
                if (j.id() < idSebelum || j.pada().isBefore(padaSebelum)) {
                    return rusak(
                            jumlah,
                            EntriRusak.pada(
                                    j,
                                    MasalahJejak.URUTAN_BERUBAH,
                                    "Entri urut " + j.urut() + " tercatat lebih awal daripada entri sebelumnya:"
                                            + " urutan entri diubah."));
                }
                Jangkar jk = jangkar.remove(j.urut());
                if (jk != null && !jk.hash().equals(j.hash())) {
                    return rusak(
                            jumlah,
                            EntriRusak.pada(
                                    j,
                                    MasalahJejak.JANGKAR_TIDAK_COCOK,
                                    "Entri urut " + j.urut() + " berbeda dari yang dijangkarkan pada akhir tanggal "
                                            + jk.tanggal() + "."));
                }
                hashSebelum = j.hash();
                idSebelum = j.id();
                padaSebelum = j.pada();
                diharapkan++;
            }
        } while (halaman.size() == HALAMAN);
        long terakhir = diharapkan - 1;
        Optional<Jangkar> jangkarLebih =
                jangkar.values().stream().filter(j -> j.urut() > terakhir).findFirst();
        if (jangkarLebih.isPresent()) {
            Jangkar jk = jangkarLebih.get();
            return rusak(
                    jumlah,
                    EntriRusak.hilang(
                            terakhir + 1,
                            MasalahJejak.DIHAPUS,
                            rentang(terakhir + 1, jk.urut()) + " hilang dari ujung jejak: jangkar tanggal "
                                    + jk.tanggal() + " menunjuk ke entri urut " + jk.urut() + "."));
        }
        Optional<Jangkar> kepala = db.sql("SELECT urut, hash FROM jejak_kepala WHERE tenant_id = ?")
                .param(tenant)
                .query((rs, n) -> new Jangkar(null, rs.getLong(1), rs.getString(2)))
                .optional();
        if (kepala.isEmpty()) {
            return terakhir == 0
                    ? new HasilVerifikasi(true, jumlah, null)
                    : rusak(
                            jumlah,
                            EntriRusak.hilang(
                                    terakhir + 1,
                                    MasalahJejak.KEPALA_TIDAK_COCOK,
                                    "Ujung rantai daerah ini hilang, padahal ada " + terakhir + " entri."));
        }
        long urutKepala = kepala.get().urut();
        if (urutKepala > terakhir) {
            return rusak(
                    jumlah,
                    EntriRusak.hilang(
                            terakhir + 1,
                            MasalahJejak.DIHAPUS,
                            rentang(terakhir + 1, urutKepala) + " hilang dari ujung jejak."));
        }
        if (urutKepala < terakhir || !kepala.get().hash().equals(hashSebelum)) {
            return rusak(
                    jumlah,
                    EntriRusak.hilang(
                            Math.min(urutKepala + 1, terakhir),
                            MasalahJejak.KEPALA_TIDAK_COCOK,
                            "Ujung rantai tercatat pada entri urut " + urutKepala
                                    + ", tidak cocok dengan entri terakhir urut " + terakhir + "."));
        }
        return new HasilVerifikasi(true, jumlah, null);
    }

    private static HasilVerifikasi rusak(long jumlah, EntriRusak entri) {
        return new HasilVerifikasi(false, jumlah, entri);
    }

    private static String rentang(long dari, long sampai) {
        return dari == sampai ? "Entri urut " + dari : "Entri urut " + dari + "–" + sampai;
    }

    static JejakAudit baris(ResultSet rs, int n) throws SQLException {
        return new JejakAudit(
                rs.getLong("id"),
                rs.getLong("tenant_id"),
                rs.getString("jenis_data"),
                rs.getLong("data_id"),
                rs.getString("isian"),
                rs.getString("nilai_lama"),
                rs.getString("nilai_baru"),
                rs.getString("oleh"),
                rs.getTimestamp("pada").toInstant(),
                rs.getLong("urut"),
                rs.getString("hash_sebelum"),
                rs.getString("hash"));
    }
}
