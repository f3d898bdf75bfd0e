package id.pkd.portal.perjanjiankinerja;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The PK rows the editor writes. Every statement names the tenant; the agency, official and year are checked by
 * {@link PerjanjianKinerjaService} before it asks.
 */
@Component
class TabelPk {

    private final JdbcClient jdbc;

    TabelPk(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long tambahPerjanjian(
            long t, long pdId, int tahun, long pejabatId, Long pihakKeduaId, String nama, String jabatan) {
        return sisip(
                "INSERT INTO perjanjian_kinerja (tenant_id, perangkat_daerah_id, tahun, pejabat_id,"
                        + " pihak_kedua_pejabat_id, pihak_kedua_nama, pihak_kedua_jabatan) VALUES (?, ?, ?, ?, ?, ?, ?)",
                t,
                pdId,
                tahun,
                pejabatId,
                pihakKeduaId,
                nama,
                jabatan);
    }

    void ubahPihakKedua(long t, long pkId, Long pihakKeduaId, String nama, String jabatan) {
        jdbc.sql("UPDATE perjanjian_kinerja SET pihak_kedua_pejabat_id = ?, pihak_kedua_nama = ?,"
                        + " pihak_kedua_jabatan = ? WHERE tenant_id = ? AND id = ?")
                .params(pihakKeduaId, nama, jabatan, t, pkId)
                .update();
    }

    long tambahSasaran(long t, long pkId, String kode, String uraian, Long renstraId, Long atasanId) {
        int urutan = jdbc.sql(
                        "SELECT COALESCE(MAX(urutan), 0) + 1 FROM pk_sasaran WHERE tenant_id = ? AND perjanjian_kinerja_id = ?")
                .params(t, pkId)
                .query(Integer.class)
                .single();
        return sisip(
                "INSERT INTO pk_sasaran (tenant_id, perjanjian_kinerja_id, urutan, kode, uraian, sasaran_renstra_id,"
                        + " sasaran_atasan_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                t,
                pkId,
                urutan,
                kode,
                uraian,
                renstraId,
                atasanId);
    }

    void ubahSasaran(long t, long id, String kode, String uraian, Long renstraId, Long atasanId) {
        jdbc.sql("UPDATE pk_sasaran SET kode = ?, uraian = ?, sasaran_renstra_id = ?, sasaran_atasan_id = ?"
                        + " WHERE tenant_id = ? AND id = ?")
                .params(kode, uraian, renstraId, atasanId, t, id)
                .update();
    }

    void hapusSasaran(long t, long id) {
        jdbc.sql("DELETE FROM pk_indikator WHERE tenant_id = ? AND pk_sasaran_id = ?")
                .params(t, id)
                .update();
        jdbc.sql("DELETE FROM pk_sasaran WHERE tenant_id = ? AND id = ?")
                .params(t, id)
                .update();
    }

    /** The cascade of every PK sasaran of the tenant: sasaran id → the superior's sasaran it points at. */
    Map<Long, Long> jenjang(long t) {
        Map<Long, Long> hasil = new HashMap<>();
        jdbc.sql("SELECT id, sasaran_atasan_id FROM pk_sasaran WHERE tenant_id = ? AND sasaran_atasan_id IS NOT NULL")
                .param(t)
                .query(rs -> {
                    hasil.put(rs.getLong(1), rs.getLong(2));
                });
        return hasil;
    }

    void gantiIndikatorSasaran(long t, long sasaranId, java.util.List<Map.Entry<Long, BigDecimal>> indikator) {
        jdbc.sql("DELETE FROM pk_indikator WHERE tenant_id = ? AND pk_sasaran_id = ?")
                .params(t, sasaranId)
                .update();
        int urutan = 0;
        for (Map.Entry<Long, BigDecimal> i : indikator) {
            jdbc.sql("INSERT INTO pk_indikator (tenant_id, pk_sasaran_id, urutan, indikator_id, target)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .params(t, sasaranId, ++urutan, i.getKey(), i.getValue())
                    .update();
        }
    }

    long tambahIndikator(long t, long pdId, long periodeId, String kode, String nama, String satuan) {
        return sisip(
                "INSERT INTO indikator (tenant_id, perangkat_daerah_id, periode_id, sasaran_id, kode, nama, satuan,"
                        + " polaritas) VALUES (?, ?, ?, NULL, ?, ?, ?, 'SEMAKIN_TINGGI_SEMAKIN_BAIK')",
                t,
                pdId,
                periodeId,
                kode,
                nama,
                satuan);
    }

    void ubahIndikator(long t, long id, String nama, String satuan) {
        jdbc.sql("UPDATE indikator SET nama = ?, satuan = ? WHERE tenant_id = ? AND id = ? AND sasaran_id IS NULL")
                .params(nama, satuan, t, id)
                .update();
    }

    boolean kodeIndikatorDipakai(long t, long pdId, long periodeId, String kode) {
        return jdbc.sql("SELECT COUNT(*) FROM indikator WHERE tenant_id = ? AND perangkat_daerah_id = ?"
                                + " AND periode_id = ? AND kode = ?")
                        .params(t, pdId, periodeId, kode)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * Removes a PK indicator no agreement of any year uses any more and that carries no realisasi, target or
     * reopening: what it was made for is gone. One still referred to stays.
     */
    boolean hapusIndikatorYatim(long t, long id) {
        int dipakai = jdbc.sql(
                        """
                        SELECT (SELECT COUNT(*) FROM pk_indikator WHERE tenant_id = ? AND indikator_id = ?)
                             + (SELECT COUNT(*) FROM realisasi_indikator WHERE tenant_id = ? AND indikator_id = ?)
                             + (SELECT COUNT(*) FROM target_indikator WHERE tenant_id = ? AND indikator_id = ?)
                             + (SELECT COUNT(*) FROM pembukaan_indikator WHERE tenant_id = ? AND indikator_id = ?)""")
                .params(t, id, t, id, t, id, t, id)
                .query(Integer.class)
                .single();
        if (dipakai > 0) {
            return false;
        }
        return jdbc.sql("DELETE FROM indikator WHERE tenant_id = ? AND id = ? AND sasaran_id IS NULL")
                        .params(t, id)
                        .update()
                > 0;
    }

    private long sisip(String sql, Object... param) {
        GeneratedKeyHolder kunci = new GeneratedKeyHolder();
        jdbc.sql(sql).params(param).update(kunci, "id");
        return kunci.getKey().longValue();
    }
}
