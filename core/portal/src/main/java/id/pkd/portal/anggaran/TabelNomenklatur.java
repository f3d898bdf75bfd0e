package id.pkd.portal.anggaran;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The portal-wide nomenclature tables, and the version each tenant-year records. */
@Component
class TabelNomenklatur {

    private final JdbcClient jdbc;

    TabelNomenklatur(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<VersiNomenklatur> semuaVersi() {
        return jdbc.sql("SELECT id, kode, nama, berlaku_mulai FROM nomenklatur_versi ORDER BY berlaku_mulai, id")
                .query((rs, n) -> new VersiNomenklatur(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    Optional<Long> versiTercatat(long tenant, int tahun) {
        return jdbc.sql("SELECT versi_id FROM nomenklatur_tahun WHERE tenant_id = ? AND tahun = ?")
                .params(tenant, tahun)
                .query(Long.class)
                .optional();
    }

    /** Records the version once; a year keeps the version it started with. */
    void catatVersi(long tenant, int tahun, long versiId) {
        jdbc.sql("INSERT IGNORE INTO nomenklatur_tahun (tenant_id, tahun, versi_id) VALUES (?, ?, ?)")
                .params(tenant, tahun, versiId)
                .update();
    }

    Optional<Nomenklatur> cari(long versiId, String kode) {
        return jdbc.sql(
                        "SELECT kode, tingkat, induk_kode, nomenklatur FROM nomenklatur WHERE versi_id = ? AND kode = ?")
                .params(versiId, kode)
                .query((rs, n) -> baris(rs))
                .optional();
    }

    /**
     * The children of {@code indukKode} (the top urusan when null) whose code starts with, or whose name contains,
     * {@code teks}; at most {@code batas} in code order.
     */
    List<Nomenklatur> anak(long versiId, String indukKode, String teks, int batas) {
        String pola = teks == null
                ? ""
                : teks.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql(
                        """
                        SELECT kode, tingkat, induk_kode, nomenklatur FROM nomenklatur
                        WHERE versi_id = :versi AND (induk_kode = :induk OR (:induk IS NULL AND induk_kode IS NULL))
                        AND (kode LIKE CONCAT(:pola, '%') OR nomenklatur LIKE CONCAT('%', :pola, '%'))
                        ORDER BY LENGTH(kode), kode LIMIT :batas""")
                .param("versi", versiId)
                .param("induk", indukKode)
                .param("pola", pola)
                .param("batas", batas)
                .query((rs, n) -> baris(rs))
                .list();
    }

    /** Rows of every level whose code starts with, or whose name contains, {@code teks}; for the free search. */
    List<Nomenklatur> cariTeks(long versiId, TingkatNomenklatur tingkat, String teks, int batas) {
        String pola = teks == null
                ? ""
                : teks.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql(
                        """
                        SELECT kode, tingkat, induk_kode, nomenklatur FROM nomenklatur
                        WHERE versi_id = :versi AND tingkat = :tingkat
                        AND (kode LIKE CONCAT(:pola, '%') OR nomenklatur LIKE CONCAT('%', :pola, '%'))
                        ORDER BY kode LIMIT :batas""")
                .param("versi", versiId)
                .param("tingkat", tingkat.name())
                .param("pola", pola)
                .param("batas", batas)
                .query((rs, n) -> baris(rs))
                .list();
    }

    List<Nomenklatur> semua(long versiId) {
        return jdbc.sql("SELECT kode, tingkat, induk_kode, nomenklatur FROM nomenklatur WHERE versi_id = ?")
                .param(versiId)
                .query((rs, n) -> baris(rs))
                .list();
    }

    long pastikanVersi(String kode, String nama, int berlakuMulai) {
        jdbc.sql("INSERT IGNORE INTO nomenklatur_versi (kode, nama, berlaku_mulai) VALUES (?, ?, ?)")
                .params(kode, nama, berlakuMulai)
                .update();
        return jdbc.sql("SELECT id FROM nomenklatur_versi WHERE kode = ?")
                .param(kode)
                .query(Long.class)
                .single();
    }

    /** Adds a row or brings its name and place up to the shipped file; running twice changes nothing. */
    void simpan(long versiId, Nomenklatur n) {
        jdbc.sql(
                        """
                        INSERT INTO nomenklatur (versi_id, kode, tingkat, induk_kode, nomenklatur) VALUES (?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE tingkat = VALUES(tingkat), induk_kode = VALUES(induk_kode),
                        nomenklatur = VALUES(nomenklatur)""")
                .params(versiId, n.kode(), n.tingkat().name(), n.indukKode(), n.nomenklatur())
                .update();
    }

    private static Nomenklatur baris(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Nomenklatur(
                rs.getString(1), TingkatNomenklatur.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4));
    }
}
