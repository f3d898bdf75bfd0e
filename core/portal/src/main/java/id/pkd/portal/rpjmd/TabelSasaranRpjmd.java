package id.pkd.portal.rpjmd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reads of the tujuan and sasaran RPJMD and of what links to them, each scoped to the tenant given. */
@Component
class TabelSasaranRpjmd {

    private final JdbcClient jdbc;

    TabelSasaranRpjmd(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TujuanRpjmd> pohon(long tenant, long periodeId) {
        Map<Long, List<SasaranRpjmd>> sasaran = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM sasaran_rpjmd WHERE tenant_id = ? AND periode_id = ? ORDER BY urutan, id")
                .params(tenant, periodeId)
                .query((rs, n) -> new SasaranRpjmd(
                        rs.getLong("id"),
                        rs.getLong("periode_id"),
                        rs.getLong("tujuan_id"),
                        rs.getInt("urutan"),
                        rs.getString("kode"),
                        rs.getString("uraian")))
                .list()
                .forEach(s -> sasaran.computeIfAbsent(s.tujuanId(), k -> new ArrayList<>())
                        .add(s));
        return jdbc.sql(
                        "SELECT * FROM tujuan_rpjmd WHERE tenant_id = ? AND periode_id = ? ORDER BY misi_ke, urutan, id")
                .params(tenant, periodeId)
                .query((rs, n) -> new TujuanRpjmd(
                        rs.getLong("id"),
                        rs.getLong("periode_id"),
                        rs.getInt("misi_ke"),
                        rs.getInt("urutan"),
                        rs.getString("kode"),
                        rs.getString("uraian"),
                        sasaran.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** Takes the period's row lock, so two admins' edits of its tujuan and sasaran are serialised. */
    void kunciPeriode(long tenant, long periodeId) {
        jdbc.sql("SELECT id FROM periode_rpjmd WHERE tenant_id = ? AND id = ? FOR UPDATE")
                .params(tenant, periodeId)
                .query(Long.class)
                .list();
    }

    /** The IKU Kepala Daerah of the period by id, with the sasaran RPJMD each hangs on (absent: unlinked). */
    Map<Long, Long> sasaranIku(long tenant, long periodeId) {
        Map<Long, Long> hasil = new LinkedHashMap<>();
        jdbc.sql("SELECT id, sasaran_rpjmd_id FROM iku_daerah WHERE tenant_id = ? AND periode_id = ?"
                        + " AND sasaran_rpjmd_id IS NOT NULL ORDER BY urutan, id")
                .params(tenant, periodeId)
                .query(rs -> {
                    hasil.put(rs.getLong(1), rs.getLong(2));
                });
        return hasil;
    }

    List<TautanSasaranRenstra> sasaranRenstra(long tenant, long periodeId) {
        return jdbc.sql(
                        """
                        SELECT s.id, t.perangkat_daerah_id, pd.nama, s.kode, s.uraian, s.sasaran_rpjmd_id
                          FROM sasaran s JOIN tujuan t ON t.tenant_id = s.tenant_id AND t.id = s.tujuan_id
                          JOIN perangkat_daerah pd ON pd.tenant_id = t.tenant_id AND pd.id = t.perangkat_daerah_id
                         WHERE s.tenant_id = ? AND t.periode_id = ?
                         ORDER BY pd.kode, pd.id, t.urutan, t.id, s.urutan, s.id""")
                .params(tenant, periodeId)
                .query((rs, n) -> new TautanSasaranRenstra(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), (Long)
                                rs.getObject(6, Long.class)))
                .list();
    }

    List<TautanTujuanRenstra> tujuanRenstra(long tenant, long periodeId) {
        return jdbc.sql(
                        """
                        SELECT t.id, t.perangkat_daerah_id, pd.nama, t.kode, t.uraian, t.tujuan_rpjmd_id
                          FROM tujuan t
                          JOIN perangkat_daerah pd ON pd.tenant_id = t.tenant_id AND pd.id = t.perangkat_daerah_id
                         WHERE t.tenant_id = ? AND t.periode_id = ?
                         ORDER BY pd.kode, pd.id, t.urutan, t.id""")
                .params(tenant, periodeId)
                .query((rs, n) -> new TautanTujuanRenstra(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), (Long)
                                rs.getObject(6, Long.class)))
                .list();
    }

    /** The IKU (kode and name) linked to these sasaran RPJMD. */
    List<String> ikuTertaut(long tenant, List<Long> sasaranRpjmd) {
        if (sasaranRpjmd.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT CONCAT(kode, ' ', nama) FROM iku_daerah WHERE tenant_id = :t"
                        + " AND sasaran_rpjmd_id IN (:s) ORDER BY urutan, id")
                .param("t", tenant)
                .param("s", sasaranRpjmd)
                .query(String.class)
                .list();
    }

    /** The years an IKU linked to these sasaran RPJMD has a target in: the years whose LKjIP shows them. */
    List<Integer> tahunTampil(long tenant, List<Long> sasaranRpjmd) {
        if (sasaranRpjmd.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "SELECT DISTINCT t.tahun FROM target_iku_daerah t JOIN iku_daerah i ON i.tenant_id = t.tenant_id"
                                + " AND i.id = t.iku_daerah_id WHERE i.tenant_id = :t AND i.sasaran_rpjmd_id IN (:s)"
                                + " ORDER BY t.tahun")
                .param("t", tenant)
                .param("s", sasaranRpjmd)
                .query(Integer.class)
                .list();
    }

    List<Integer> tahunTargetIku(long tenant, long ikuId) {
        return jdbc.sql("SELECT tahun FROM target_iku_daerah WHERE tenant_id = ? AND iku_daerah_id = ? ORDER BY tahun")
                .params(tenant, ikuId)
                .query(Integer.class)
                .list();
    }

    int urutanBaru(long tenant, String tabel, String kolom, long induk) {
        return jdbc.sql("SELECT COALESCE(MAX(urutan), 0) + 1 FROM " + tabel + " WHERE tenant_id = ? AND " + kolom
                        + " = ?")
                .params(tenant, induk)
                .query(Integer.class)
                .single();
    }
}
