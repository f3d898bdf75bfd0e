package id.pkd.portal.renstra;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.capaian.VarianRendah;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The Renstra rows of one agency and period as the editor reads and writes them. Every statement names the
 * tenant; the agency and period are checked by {@link RenstraService} before it asks.
 */
@Component
class TabelRenstra {

    /** Where a row lives: the agency and period its tujuan belongs to. */
    record Letak(long perangkatDaerahId, long periodeId) {}

    private final JdbcClient jdbc;

    TabelRenstra(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BarisRenstra> baca(long tenant, long pdId, long periodeId) {
        Map<Long, Map<Integer, BigDecimal>> target = new HashMap<>();
        jdbc.sql(
                        """
                        SELECT t.indikator_id, t.tahun, t.nilai FROM target_indikator t
                        JOIN indikator i ON i.tenant_id = t.tenant_id AND i.id = t.indikator_id
                        WHERE t.tenant_id = ? AND i.perangkat_daerah_id = ? AND i.periode_id = ?""")
                .params(tenant, pdId, periodeId)
                .query(rs -> {
                    target.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
                });
        List<BarisRenstra> tujuan = jdbc.sql("SELECT id, kode, uraian FROM tujuan WHERE tenant_id = ?"
                        + " AND perangkat_daerah_id = ? AND periode_id = ? ORDER BY COALESCE(urutan, id), id")
                .params(tenant, pdId, periodeId)
                .query((rs, n) ->
                        struktur(JenisBaris.TUJUAN, rs.getLong(1), null, rs.getString(2), rs.getString(3), null))
                .list();
        List<BarisRenstra> sasaran = jdbc.sql(
                        """
                        SELECT s.id, s.tujuan_id, s.kode, s.uraian, s.urusan FROM sasaran s
                        JOIN tujuan t ON t.tenant_id = s.tenant_id AND t.id = s.tujuan_id
                        WHERE s.tenant_id = ? AND t.perangkat_daerah_id = ? AND t.periode_id = ?
                        ORDER BY COALESCE(s.urutan, s.id), s.id""")
                .params(tenant, pdId, periodeId)
                .query((rs, n) -> struktur(
                        JenisBaris.SASARAN,
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
        List<BarisRenstra> indikator = jdbc.sql(
                        """
                        SELECT id, sasaran_id, kode, nama, satuan, polaritas, varian_rendah, kondisi_awal,
                               kondisi_akhir, sumber_data, sumber_realisasi
                        FROM indikator WHERE tenant_id = ? AND perangkat_daerah_id = ? AND periode_id = ?
                        AND sasaran_id IS NOT NULL ORDER BY COALESCE(urutan, id), id""")
                .params(tenant, pdId, periodeId)
                .query((rs, n) -> new BarisRenstra(
                        JenisBaris.INDIKATOR,
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        null,
                        rs.getString(5),
                        Polaritas.valueOf(rs.getString(6)),
                        rs.getString(7) == null ? null : VarianRendah.valueOf(rs.getString(7)),
                        rs.getBigDecimal(8),
                        rs.getBigDecimal(9),
                        rs.getString(10),
                        rs.getString(11),
                        target.getOrDefault(rs.getLong(1), Map.of())))
                .list();
        List<BarisRenstra> urut = new ArrayList<>();
        for (BarisRenstra t : tujuan) {
            urut.add(t);
            for (BarisRenstra s : sasaran) {
                if (s.indukId() == t.id()) {
                    urut.add(s);
                    indikator.stream().filter(i -> i.indukId() == s.id()).forEach(urut::add);
                }
            }
        }
        return urut;
    }

    private static BarisRenstra struktur(
            JenisBaris jenis, long id, Long induk, String kode, String uraian, String urusan) {
        return new BarisRenstra(
                jenis, id, induk, kode, uraian, urusan, null, null, null, null, null, null, null, Map.of());
    }

    /** The agency and period of a row of the tenant; empty for a row of no such kind or of another tenant. */
    Optional<Letak> letak(long tenant, JenisBaris jenis, long id) {
        String sql =
                switch (jenis) {
                    case TUJUAN -> "SELECT perangkat_daerah_id, periode_id FROM tujuan WHERE tenant_id = ? AND id = ?";
                    case SASARAN ->
                        """
                    SELECT t.perangkat_daerah_id, t.periode_id FROM sasaran s
                    JOIN tujuan t ON t.tenant_id = s.tenant_id AND t.id = s.tujuan_id
                    WHERE s.tenant_id = ? AND s.id = ?""";
                    case INDIKATOR ->
                        "SELECT perangkat_daerah_id, periode_id FROM indikator WHERE tenant_id = ? AND id = ?"
                                + " AND sasaran_id IS NOT NULL";
                };
        return jdbc.sql(sql)
                .params(tenant, id)
                .query((rs, n) -> new Letak(rs.getLong(1), rs.getLong(2)))
                .optional();
    }

    /** Whether another row of this level in the agency's period (for indicators: any, PK ones too) has the code. */
    boolean kodeDipakai(long tenant, JenisBaris jenis, long pdId, long periodeId, String kode, Long kecuali) {
        String sql =
                switch (jenis) {
                    case TUJUAN ->
                        "SELECT COUNT(*) FROM tujuan WHERE tenant_id = ? AND perangkat_daerah_id = ?"
                                + " AND periode_id = ? AND kode = ? AND id <> ?";
                    case SASARAN ->
                        """
                    SELECT COUNT(*) FROM sasaran s JOIN tujuan t ON t.tenant_id = s.tenant_id AND t.id = s.tujuan_id
                    WHERE s.tenant_id = ? AND t.perangkat_daerah_id = ? AND t.periode_id = ? AND s.kode = ?
                    AND s.id <> ?""";
                    case INDIKATOR ->
                        "SELECT COUNT(*) FROM indikator WHERE tenant_id = ? AND perangkat_daerah_id = ?"
                                + " AND periode_id = ? AND kode = ? AND id <> ?";
                };
        return jdbc.sql(sql)
                        .params(tenant, pdId, periodeId, kode, kecuali == null ? -1L : kecuali)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether a PK sasaran of the agency in a year of the period has the code (the plan import keys both alike). */
    boolean kodeSasaranPkDipakai(long tenant, long pdId, int tahunAwal, int tahunAkhir, String kode) {
        return jdbc.sql(
                                """
                                SELECT COUNT(*) FROM pk_sasaran s
                                JOIN perjanjian_kinerja k ON k.tenant_id = s.tenant_id AND k.id = s.perjanjian_kinerja_id
                                WHERE s.tenant_id = ? AND k.perangkat_daerah_id = ? AND k.tahun BETWEEN ? AND ?
                                AND s.kode = ?""")
                        .params(tenant, pdId, tahunAwal, tahunAkhir, kode)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long tambahTujuan(long tenant, long pdId, long periodeId, String kode, String uraian) {
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO tujuan (tenant_id, perangkat_daerah_id, periode_id, kode, uraian) VALUES (?, ?, ?, ?, ?)")
                .params(tenant, pdId, periodeId, kode, uraian)
                .update(id, "id");
        return id.getKey().longValue();
    }

    long tambahSasaran(long tenant, long tujuanId, String kode, String uraian, String urusan) {
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sasaran (tenant_id, tujuan_id, kode, uraian, urusan) VALUES (?, ?, ?, ?, ?)")
                .params(tenant, tujuanId, kode, uraian, urusan)
                .update(id, "id");
        return id.getKey().longValue();
    }

    long tambahIndikator(long tenant, long pdId, long periodeId, IsianBaris i) {
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO indikator (tenant_id, perangkat_daerah_id, periode_id, sasaran_id, kode, nama, satuan,
                            polaritas, varian_rendah, kondisi_awal, kondisi_akhir, sumber_data, sumber_realisasi)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        tenant,
                        pdId,
                        periodeId,
                        i.indukId(),
                        i.kode(),
                        i.uraian(),
                        i.satuan(),
                        i.polaritas().name(),
                        i.varianRendah() == null ? null : i.varianRendah().name(),
                        i.kondisiAwal(),
                        i.kondisiAkhir(),
                        i.sumberData(),
                        i.sumberRealisasi())
                .update(id, "id");
        return id.getKey().longValue();
    }

    void ubahTujuan(long tenant, long id, String kode, String uraian) {
        jdbc.sql("UPDATE tujuan SET kode = ?, uraian = ? WHERE tenant_id = ? AND id = ?")
                .params(kode, uraian, tenant, id)
                .update();
    }

    void ubahSasaran(long tenant, long id, long tujuanId, String kode, String uraian, String urusan) {
        jdbc.sql("UPDATE sasaran SET tujuan_id = ?, kode = ?, uraian = ?, urusan = ? WHERE tenant_id = ? AND id = ?")
                .params(tujuanId, kode, uraian, urusan, tenant, id)
                .update();
    }

    void ubahIndikator(long tenant, long id, IsianBaris i) {
        jdbc.sql(
                        """
                        UPDATE indikator SET sasaran_id = ?, kode = ?, nama = ?, satuan = ?, polaritas = ?, varian_rendah = ?,
                            kondisi_awal = ?, kondisi_akhir = ?, sumber_data = ?, sumber_realisasi = ?
                        WHERE tenant_id = ? AND id = ?""")
                .params(
                        i.indukId(),
                        i.kode(),
                        i.uraian(),
                        i.satuan(),
                        i.polaritas().name(),
                        i.varianRendah() == null ? null : i.varianRendah().name(),
                        i.kondisiAwal(),
                        i.kondisiAkhir(),
                        i.sumberData(),
                        i.sumberRealisasi(),
                        tenant,
                        id)
                .update();
    }

    void simpanTarget(long tenant, long indikatorId, int tahun, BigDecimal nilai) {
        if (nilai == null) {
            jdbc.sql("DELETE FROM target_indikator WHERE tenant_id = ? AND indikator_id = ? AND tahun = ?")
                    .params(tenant, indikatorId, tahun)
                    .update();
        } else {
            jdbc.sql(
                            """
                            INSERT INTO target_indikator (tenant_id, indikator_id, tahun, nilai) VALUES (?, ?, ?, ?)
                            ON DUPLICATE KEY UPDATE nilai = VALUES(nilai)""")
                    .params(tenant, indikatorId, tahun, nilai)
                    .update();
        }
    }

    /** A row's place among its siblings: its stored place, or its id while it was never moved (V27). */
    long urutan(long tenant, JenisBaris jenis, long id) {
        return jdbc.sql("SELECT COALESCE(urutan, id) FROM " + jenis.jenisJejak() + " WHERE tenant_id = ? AND id = ?")
                .params(tenant, id)
                .query(Long.class)
                .single();
    }

    void aturUrutan(long tenant, JenisBaris jenis, long id, long urutan) {
        jdbc.sql("UPDATE " + jenis.jenisJejak() + " SET urutan = ? WHERE tenant_id = ? AND id = ?")
                .params(urutan, tenant, id)
                .update();
    }

    /** Counts of the rows that refer to these sasaran and indicators. */
    int hitung(String tabel, String kolom, long tenant, List<Long> id) {
        if (id.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM " + tabel + " WHERE tenant_id = :tenant AND " + kolom + " IN (:id)")
                .param("tenant", tenant)
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    void hapus(String tabel, long tenant, long id) {
        jdbc.sql("DELETE FROM " + tabel + " WHERE tenant_id = ? AND id = ?")
                .params(tenant, id)
                .update();
    }
}
