package id.pkd.portal.organisasi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What still refers to a row, read from the database's own foreign keys: a table added later (by another feature
 * or a plugin) is counted without anyone listing it here. The answer names each kind of row with its count.
 */
@Component
class Ketergantungan {

    /** Readable names of the tables users know; any other table is named as it is. */
    private static final Map<String, String> NAMA = Map.ofEntries(
            Map.entry("pejabat", "pejabat"),
            Map.entry("bidang", "bidang"),
            Map.entry("tujuan", "tujuan Renstra"),
            Map.entry("indikator", "indikator"),
            Map.entry("perjanjian_kinerja", "perjanjian kinerja"),
            Map.entry("program_kegiatan", "program/kegiatan/sub kegiatan"),
            Map.entry("persetujuan", "status persetujuan realisasi"),
            Map.entry("pelaksana", "penugasan"),
            Map.entry("dokumen_terbit", "dokumen terbit"));

    private final JdbcClient jdbc;

    Ketergantungan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** "3 pejabat, 12 indikator" for the rows of this tenant referring to {@code tabel}'s row; empty: none. */
    List<String> dari(long tenant, String tabel, long id, Set<String> kecuali) {
        List<String> hasil = new ArrayList<>();
        List<String[]> acuan = jdbc.sql(
                        """
                        SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE
                        WHERE REFERENCED_TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = ?
                          AND REFERENCED_COLUMN_NAME = 'id' ORDER BY TABLE_NAME, COLUMN_NAME""")
                .param(tabel)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        for (String[] a : acuan) {
            if (kecuali.contains(a[0])) {
                continue;
            }
            // names come from the database's catalogue, never from a user
            long jumlah = jdbc.sql("SELECT COUNT(*) FROM `" + a[0] + "` WHERE tenant_id = ? AND `" + a[1] + "` = ?")
                    .params(tenant, id)
                    .query(Long.class)
                    .single();
            if (jumlah > 0) {
                hasil.add(jumlah + " " + NAMA.getOrDefault(a[0], a[0].replace('_', ' ')));
            }
        }
        return hasil;
    }
}
