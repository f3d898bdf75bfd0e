package id.pkd.portal.perencanaan;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.IncorrectUpdateSemanticsDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes one realisasi row, the statement every save ends with, as plain SQL. Spring Data's aggregate save wrapped
 * this one UPDATE in its own machinery (lifecycle events, conversions, SQL rendered per call): in the 300-user CPU
 * profile it was 63 of the 220 samples of the realisasi page's save, 49 of them outside the driver (issue 16).
 */
@Component
class TulisRealisasi {

    /** The columns a save sets, in the order both statements list them. */
    private static final String ISI =
            "nilai, pembilang, penyebut, skala, upaya, hambatan, rencana_tindak_lanjut, diubah_oleh, diubah_pada";

    private static final String TAMBAH = "INSERT INTO realisasi_indikator (tenant_id, indikator_id, tahun, triwulan, "
            + ISI + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String UBAH = "UPDATE realisasi_indikator SET " + ISI.replace(",", " = ?,") + " = ?"
            + " WHERE id = ? AND tenant_id = ? AND indikator_id = ? AND tahun = ? AND triwulan = ?";

    private final JdbcClient db;

    TulisRealisasi(JdbcClient db) {
        this.db = db;
    }

    /** Inserts a new row (no id) or updates the row with this id; the row with its id. */
    RealisasiIndikator simpan(RealisasiIndikator r) {
        List<Object> nilai = new ArrayList<>(Arrays.asList(
                r.nilai(),
                r.pembilang(),
                r.penyebut(),
                r.skala(),
                r.upaya(),
                r.hambatan(),
                r.rencanaTindakLanjut(),
                r.diubahOleh(),
                Timestamp.from(r.diubahPada())));
        List<Object> baris = List.of(r.tenantId(), r.indikatorId(), r.tahun(), r.triwulan());
        if (r.id() == null) {
            GeneratedKeyHolder kunci = new GeneratedKeyHolder();
            nilai.addAll(0, baris);
            db.sql(TAMBAH).params(nilai).update(kunci, "id");
            return r.withId(Objects.requireNonNull(kunci.getKey()).longValue());
        }
        nilai.add(r.id());
        nilai.addAll(baris);
        int diubah = db.sql(UBAH).params(nilai).update();
        if (diubah != 1) {
            // the row was read under its lock in this transaction, so this is a broken invariant, not a user error
            throw new IncorrectUpdateSemanticsDataAccessException(
                    "Realisasi " + r.id() + " tidak ditemukan untuk diubah (" + diubah + " baris).");
        }
        return r;
    }
}
