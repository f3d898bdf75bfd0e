package id.pkd.portal.perencanaan;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.capaian.VarianRendah;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.RowMapper;

/**
 * Hand-written row mappers for the tables a plan is read from, named on the repositories' reading queries
 * ({@code @Query(rowMapperClass = …)}). Why: a profile of {@code GET /api/v1/capaian} for 40 agencies (issue 16)
 * spent 57 % of the request in Spring Data JDBC's generic entity mapping (property metadata, conversion lookups,
 * a row document per row) for about 12,000 rows; these read each column once by name. Saving still goes through
 * Spring Data, so the column names are those of its naming strategy; {@code BarisRencanaTest} checks that every
 * mapper reads each table's rows exactly as Spring Data does.
 */
final class BarisRencana {

    private BarisRencana() {}

    static Long longAtauNull(ResultSet rs, String kolom) throws SQLException {
        long v = rs.getLong(kolom);
        return rs.wasNull() ? null : v;
    }

    static <E extends Enum<E>> E enumAtauNull(ResultSet rs, String kolom, Class<E> jenis) throws SQLException {
        String v = rs.getString(kolom);
        return v == null ? null : Enum.valueOf(jenis, v);
    }

    static Instant instantAtauNull(ResultSet rs, String kolom) throws SQLException {
        Timestamp v = rs.getTimestamp(kolom);
        return v == null ? null : v.toInstant();
    }

    static final class PetaIndikator implements RowMapper<Indikator> {
        @Override
        public Indikator mapRow(ResultSet rs, int n) throws SQLException {
            return new Indikator(
                    rs.getLong("id"),
                    rs.getLong("tenant_id"),
                    rs.getLong("perangkat_daerah_id"),
                    rs.getLong("periode_id"),
                    longAtauNull(rs, "sasaran_id"),
                    rs.getString("kode"),
                    rs.getString("nama"),
                    rs.getString("satuan"),
                    enumAtauNull(rs, "polaritas", Polaritas.class),
                    enumAtauNull(rs, "varian_rendah", VarianRendah.class),
                    rs.getBigDecimal("kondisi_awal"),
                    rs.getBigDecimal("kondisi_akhir"),
                    rs.getString("sumber_data"),
                    rs.getString("sumber_realisasi"),
                    rs.getBoolean("rentang_bebas"));
        }
    }

    static final class PetaTarget implements RowMapper<TargetIndikator> {
        @Override
        public TargetIndikator mapRow(ResultSet rs, int n) throws SQLException {
            return new TargetIndikator(rs.getLong("indikator_id"), rs.getInt("tahun"), rs.getBigDecimal("nilai"));
        }
    }

    static final class PetaRealisasi implements RowMapper<RealisasiIndikator> {
        @Override
        public RealisasiIndikator mapRow(ResultSet rs, int n) throws SQLException {
            return new RealisasiIndikator(
                    rs.getLong("id"),
                    rs.getLong("tenant_id"),
                    rs.getLong("indikator_id"),
                    rs.getInt("tahun"),
                    rs.getInt("triwulan"),
                    rs.getBigDecimal("nilai"),
                    rs.getBigDecimal("pembilang"),
                    rs.getBigDecimal("penyebut"),
                    rs.getBigDecimal("skala"),
                    rs.getString("upaya"),
                    rs.getString("hambatan"),
                    rs.getString("rencana_tindak_lanjut"),
                    rs.getString("diubah_oleh"),
                    instantAtauNull(rs, "diubah_pada"));
        }
    }

    static final class PetaProgramKegiatan implements RowMapper<ProgramKegiatan> {
        @Override
        public ProgramKegiatan mapRow(ResultSet rs, int n) throws SQLException {
            return new ProgramKegiatan(
                    rs.getLong("id"),
                    rs.getLong("tenant_id"),
                    rs.getLong("perangkat_daerah_id"),
                    rs.getInt("tahun"),
                    enumAtauNull(rs, "tingkat", ProgramKegiatan.Tingkat.class),
                    longAtauNull(rs, "induk_id"),
                    rs.getInt("urutan"),
                    rs.getString("kode"),
                    rs.getString("nama"),
                    enumAtauNull(rs, "sumber_dana", SumberDana.class),
                    rs.getBigDecimal("anggaran"),
                    rs.getBigDecimal("realisasi"));
        }
    }

    static final class PetaIndikatorProgram implements RowMapper<IndikatorProgram> {
        @Override
        public IndikatorProgram mapRow(ResultSet rs, int n) throws SQLException {
            return new IndikatorProgram(
                    rs.getLong("id"),
                    rs.getLong("tenant_id"),
                    rs.getLong("program_kegiatan_id"),
                    rs.getInt("urutan"),
                    rs.getString("nama"),
                    rs.getString("satuan"),
                    rs.getBigDecimal("target"),
                    rs.getBigDecimal("realisasi"));
        }
    }

    static final class PetaPerjanjianKinerja implements RowMapper<PerjanjianKinerja> {
        @Override
        public PerjanjianKinerja mapRow(ResultSet rs, int n) throws SQLException {
            return new PerjanjianKinerja(
                    rs.getLong("id"),
                    rs.getLong("tenant_id"),
                    rs.getLong("perangkat_daerah_id"),
                    rs.getInt("tahun"),
                    rs.getLong("pejabat_id"),
                    longAtauNull(rs, "pihak_kedua_pejabat_id"),
                    rs.getString("pihak_kedua_nama"),
                    rs.getString("pihak_kedua_jabatan"));
        }
    }

    static final class PetaPkSasaran implements RowMapper<PkSasaran> {
        @Override
        public PkSasaran mapRow(ResultSet rs, int n) throws SQLException {
            return new PkSasaran(
                    rs.getLong("id"),
                    rs.getLong("tenant_id"),
                    rs.getLong("perjanjian_kinerja_id"),
                    rs.getInt("urutan"),
                    rs.getString("kode"),
                    rs.getString("uraian"),
                    longAtauNull(rs, "sasaran_renstra_id"),
                    longAtauNull(rs, "sasaran_atasan_id"));
        }
    }

    static final class PetaPkIndikator implements RowMapper<PkIndikator> {
        @Override
        public PkIndikator mapRow(ResultSet rs, int n) throws SQLException {
            return new PkIndikator(
                    rs.getLong("id"),
                    rs.getLong("tenant_id"),
                    rs.getLong("pk_sasaran_id"),
                    rs.getInt("urutan"),
                    rs.getLong("indikator_id"),
                    rs.getBigDecimal("target"));
        }
    }

    static final class PetaPejabat implements RowMapper<Pejabat> {
        @Override
        public Pejabat mapRow(ResultSet rs, int n) throws SQLException {
            return new Pejabat(
                    rs.getLong("id"),
                    rs.getLong("tenant_id"),
                    rs.getLong("perangkat_daerah_id"),
                    longAtauNull(rs, "bidang_id"),
                    longAtauNull(rs, "atasan_id"),
                    rs.getString("nip"),
                    rs.getString("nama"),
                    rs.getString("pangkat"),
                    rs.getString("golongan"),
                    rs.getString("jabatan"),
                    rs.getString("eselon"));
        }
    }
}
