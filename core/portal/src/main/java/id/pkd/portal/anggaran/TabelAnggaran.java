package id.pkd.portal.anggaran;

import id.pkd.portal.perencanaan.ProgramKegiatan;
import id.pkd.portal.perencanaan.SumberDana;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The program rows of an agency-year, their indicators and quarterly spending, as the editor, the XLSX import and
 * the year copy read and write them. Every statement names the tenant; the agency is checked by the service.
 */
@Component
class TabelAnggaran {

    private final JdbcClient jdbc;

    TabelAnggaran(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rows in code order, so a parent always comes before its children. */
    List<BarisProgram> baca(long tenant, long pdId, int tahun) {
        Map<Long, Map<Integer, BigDecimal>> triwulan = new HashMap<>();
        jdbc.sql(
                        """
                        SELECT r.program_kegiatan_id, r.triwulan, r.nilai FROM realisasi_anggaran_triwulan r
                        JOIN program_kegiatan p ON p.tenant_id = r.tenant_id AND p.id = r.program_kegiatan_id
                        WHERE r.tenant_id = ? AND p.perangkat_daerah_id = ? AND p.tahun = ?""")
                .params(tenant, pdId, tahun)
                .query(rs -> {
                    triwulan.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(rs.getInt(2), rs.getBigDecimal(3));
                });
        Map<Long, List<BarisProgram.IndikatorAnggaran>> indikator = new HashMap<>();
        jdbc.sql(
                        """
                        SELECT i.program_kegiatan_id, i.id, i.nama, i.satuan, i.target FROM indikator_program i
                        JOIN program_kegiatan p ON p.tenant_id = i.tenant_id AND p.id = i.program_kegiatan_id
                        WHERE i.tenant_id = ? AND p.perangkat_daerah_id = ? AND p.tahun = ? ORDER BY i.urutan, i.id""")
                .params(tenant, pdId, tahun)
                .query(rs -> {
                    indikator
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new BarisProgram.IndikatorAnggaran(
                                    rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5)));
                });
        return jdbc.sql(
                        """
                        SELECT id, induk_id, tingkat, kode, nama, sumber_dana, anggaran, realisasi FROM program_kegiatan
                        WHERE tenant_id = ? AND perangkat_daerah_id = ? AND tahun = ? ORDER BY kode, id""")
                .params(tenant, pdId, tahun)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    return new BarisProgram(
                            id,
                            rs.getObject(2, Long.class),
                            ProgramKegiatan.Tingkat.valueOf(rs.getString(3)),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6) == null ? null : SumberDana.valueOf(rs.getString(6)),
                            rs.getBigDecimal(7),
                            rs.getBigDecimal(8),
                            triwulan.getOrDefault(id, Map.of()),
                            indikator.getOrDefault(id, List.of()));
                })
                .list();
    }

    boolean adaProgram(long tenant, long pdId, int tahun) {
        return jdbc.sql("SELECT COUNT(*) FROM program_kegiatan WHERE tenant_id = ? AND perangkat_daerah_id = ?"
                                + " AND tahun = ?")
                        .params(tenant, pdId, tahun)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Adds a row after its siblings; a sub kegiatan starts with the given pagu and source and no spending. */
    long tambah(
            long tenant,
            long pdId,
            int tahun,
            ProgramKegiatan.Tingkat tingkat,
            Long indukId,
            String kode,
            String nama,
            SumberDana sumber,
            BigDecimal anggaran,
            BigDecimal realisasi) {
        int urutan = jdbc.sql("SELECT COALESCE(MAX(urutan), 0) + 1 FROM program_kegiatan WHERE tenant_id = ?"
                        + " AND perangkat_daerah_id = ? AND tahun = ?")
                .params(tenant, pdId, tahun)
                .query(Integer.class)
                .single();
        boolean sub = tingkat == ProgramKegiatan.Tingkat.SUB_KEGIATAN;
        var kunci = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO program_kegiatan (tenant_id, perangkat_daerah_id, tahun, tingkat, induk_id, urutan,
                        kode, nama, sumber_dana, anggaran, realisasi) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        tenant,
                        pdId,
                        tahun,
                        tingkat.name(),
                        indukId,
                        urutan,
                        kode,
                        nama,
                        sub ? sumber.name() : null,
                        sub ? anggaran : null,
                        sub ? realisasi : null)
                .update(kunci);
        return kunci.getKey().longValue();
    }

    void ubahSubKegiatan(long tenant, long id, SumberDana sumber, BigDecimal anggaran, BigDecimal realisasi) {
        jdbc.sql("UPDATE program_kegiatan SET sumber_dana = ?, anggaran = ?, realisasi = ? WHERE tenant_id = ?"
                        + " AND id = ? AND tingkat = 'SUB_KEGIATAN'")
                .params(sumber.name(), anggaran, realisasi, tenant, id)
                .update();
    }

    /** Sets or clears ({@code nilai} null) one quarter's spending. */
    void simpanTriwulan(long tenant, long id, int triwulan, BigDecimal nilai) {
        if (nilai == null) {
            jdbc.sql("DELETE FROM realisasi_anggaran_triwulan WHERE tenant_id = ? AND program_kegiatan_id = ?"
                            + " AND triwulan = ?")
                    .params(tenant, id, triwulan)
                    .update();
            return;
        }
        jdbc.sql(
                        """
                        INSERT INTO realisasi_anggaran_triwulan (tenant_id, program_kegiatan_id, triwulan, nilai)
                        VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE nilai = VALUES(nilai)""")
                .params(tenant, id, triwulan, nilai)
                .update();
    }

    long tambahIndikator(long tenant, long programId, int urutan, BarisProgram.IndikatorAnggaran i) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO indikator_program (tenant_id, program_kegiatan_id, urutan, nama, satuan, target)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(tenant, programId, urutan, i.nama(), i.satuan(), i.target())
                .update(kunci);
        return kunci.getKey().longValue();
    }

    void ubahIndikator(long tenant, long programId, int urutan, BarisProgram.IndikatorAnggaran i) {
        jdbc.sql("UPDATE indikator_program SET urutan = ?, nama = ?, satuan = ?, target = ? WHERE tenant_id = ?"
                        + " AND program_kegiatan_id = ? AND id = ?")
                .params(urutan, i.nama(), i.satuan(), i.target(), tenant, programId, i.id())
                .update();
    }

    void hapusIndikator(long tenant, long programId, long id) {
        jdbc.sql("DELETE FROM indikator_program WHERE tenant_id = ? AND program_kegiatan_id = ? AND id = ?")
                .params(tenant, programId, id)
                .update();
    }

    /** Removes one row with its indicators and quarters; the caller removes children first. */
    void hapus(long tenant, long id) {
        jdbc.sql("DELETE FROM indikator_program WHERE tenant_id = ? AND program_kegiatan_id = ?")
                .params(tenant, id)
                .update();
        jdbc.sql("DELETE FROM program_kegiatan WHERE tenant_id = ? AND id = ?")
                .params(tenant, id)
                .update();
    }

    /** The agencies of the tenant, by id (the order every multi-agency writer locks them in). */
    List<Long> perangkatDaerah(long tenant) {
        return jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? ORDER BY id")
                .param(tenant)
                .query(Long.class)
                .list();
    }
}
