package id.pkd.portal.penerbitan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * SQL of the registry. Tenant methods take the tenant; the two public look-ups (by verification token and by
 * SHA-256) are the only ones without, because the public page has no tenant and shows only registry metadata.
 */
@Component
class RegistriDokumen {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KOLOM =
            "id, tenant_id, nomor, token, jenis, judul, tahun, subjek_kode, subjek_nama, versi,"
                    + " nama_pemerintah, status, sha256, blok_tanda_tangan, dibuat_oleh, dibuat_pada, terbit_pada,"
                    + " tanggal_dokumen";

    private final JdbcClient jdbc;

    RegistriDokumen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next version of this document. A locking read, so it sees versions committed while this transaction
     * waited for the number counter, whose lock already serialises issuances of the same type and year.
     */
    int versiBerikutnya(long tenantId, String jenis, String subjekKode, int tahun) {
        return jdbc.sql("SELECT COALESCE(MAX(versi), 0) + 1 FROM dokumen_terbit WHERE tenant_id = ? AND jenis = ?"
                        + " AND subjek_kode = ? AND tahun = ? FOR UPDATE")
                .params(tenantId, jenis, subjekKode, tahun)
                .query(Integer.class)
                .single();
    }

    long simpanBaru(DokumenTerbit d, byte[] pdf, String dataBeku) {
        return simpanBaru(d, pdf, dataBeku, null);
    }

    /** @param pekerjaanId the job issuing it, so a second run of the job finds this version (unique) */
    long simpanBaru(DokumenTerbit d, byte[] pdf, String dataBeku, Long pekerjaanId) {
        var kunci = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO dokumen_terbit (tenant_id, nomor, token, jenis, judul, tahun, subjek_kode, subjek_nama,
                            versi, nama_pemerintah, status, sha256, pdf, data_beku, blok_tanda_tangan, dibuat_oleh, dibuat_pada,
                            tanggal_dokumen, pekerjaan_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        d.tenantId(),
                        d.nomor(),
                        d.token(),
                        d.jenis(),
                        d.judul(),
                        d.tahun(),
                        d.subjekKode(),
                        d.subjekNama(),
                        d.versi(),
                        d.namaPemerintah(),
                        d.status().name(),
                        d.sha256(),
                        pdf,
                        dataBeku,
                        tulis(d.blok()),
                        d.dibuatOleh(),
                        Timestamp.from(d.dibuatPada()),
                        d.tanggalDokumen(),
                        pekerjaanId)
                .update(kunci);
        return kunci.getKey().longValue();
    }

    Optional<DokumenTerbit> cari(long tenantId, long id) {
        return satu("tenant_id = ? AND id = ?", tenantId, id);
    }

    /** The version a job issued, if it got that far. */
    Optional<DokumenTerbit> cariPekerjaan(long tenantId, long pekerjaanId) {
        return satu("tenant_id = ? AND pekerjaan_id = ?", tenantId, pekerjaanId);
    }

    Optional<DokumenTerbit> cariNomor(long tenantId, String nomor) {
        return satu("tenant_id = ? AND nomor = ?", tenantId, nomor);
    }

    List<DokumenTerbit> semua(long tenantId) {
        return jdbc
                .sql("SELECT " + KOLOM + " FROM dokumen_terbit WHERE tenant_id = ? ORDER BY dibuat_pada DESC, id DESC")
                .param(tenantId)
                .query(this::baca)
                .list()
                .stream()
                .map(this::denganPenanda)
                .toList();
    }

    byte[] pdf(long tenantId, long id) {
        return jdbc.sql("SELECT pdf FROM dokumen_terbit WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id)
                .query(byte[].class)
                .single();
    }

    String dataBeku(long tenantId, long id) {
        return jdbc.sql("SELECT data_beku FROM dokumen_terbit WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id)
                .query(String.class)
                .single();
    }

    /**
     * Stores a signature if the document is still as it was when the signing began ({@code sha256Semula}): a
     * compare-and-set, so a signature made meanwhile by someone else is never overwritten.
     *
     * @return false when the document changed in between; nothing is stored then
     */
    boolean simpanTandaTangan(
            long tenantId,
            long id,
            String sha256Semula,
            byte[] pdf,
            String sha256,
            DokumenTerbit.StatusDokumen status,
            Instant terbitPada,
            DokumenTerbit.Penanda p,
            String olehPengguna) {
        int diubah = jdbc.sql(
                        """
                        UPDATE dokumen_terbit SET pdf = ?, sha256 = ?, status = ?, terbit_pada = ?
                        WHERE tenant_id = ? AND id = ? AND sha256 = ? AND status = 'MENUNGGU_TANDA_TANGAN'""")
                .params(
                        pdf,
                        sha256,
                        status.name(),
                        terbitPada == null ? null : Timestamp.from(terbitPada),
                        tenantId,
                        id,
                        sha256Semula)
                .update();
        if (diubah == 0) {
            return false;
        }
        jdbc.sql(
                        """
                        INSERT INTO dokumen_tanda_tangan (tenant_id, dokumen_id, urutan, pejabat_id, nama, nip, peran,
                            jenis_penandatangan, ditandatangani_oleh, waktu)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        tenantId,
                        id,
                        p.urutan(),
                        p.pejabatId(),
                        p.nama(),
                        p.nip(),
                        p.peran(),
                        p.jenis(),
                        olehPengguna,
                        Timestamp.from(p.waktu()))
                .update();
        return true;
    }

    /** One registry entry with its signers, by the condition that identifies it. */
    private Optional<DokumenTerbit> satu(String kondisi, Object... nilai) {
        return jdbc.sql("SELECT " + KOLOM + " FROM dokumen_terbit WHERE " + kondisi)
                .params(nilai)
                .query(this::baca)
                .optional()
                .map(this::denganPenanda);
    }

    // Public look-ups: no tenant, see the class comment.

    Optional<DokumenTerbit> cariToken(String token) {
        return satu("token = ?", token);
    }

    Optional<DokumenTerbit> cariSha256(String sha256) {
        return satu("sha256 = ? ORDER BY id LIMIT 1", sha256);
    }

    int versiTerakhir(DokumenTerbit d) {
        return jdbc.sql("SELECT MAX(versi) FROM dokumen_terbit WHERE tenant_id = ? AND jenis = ? AND subjek_kode = ?"
                        + " AND tahun = ?")
                .params(d.tenantId(), d.jenis(), d.subjekKode(), d.tahun())
                .query(Integer.class)
                .single();
    }

    byte[] pdfPublik(String token) {
        return jdbc.sql("SELECT pdf FROM dokumen_terbit WHERE token = ?")
                .param(token)
                .query(byte[].class)
                .single();
    }

    private DokumenTerbit denganPenanda(DokumenTerbit d) {
        List<DokumenTerbit.Penanda> penanda = jdbc.sql(
                        "SELECT * FROM dokumen_tanda_tangan WHERE tenant_id = ? AND dokumen_id = ? ORDER BY urutan")
                .params(d.tenantId(), d.id())
                .query((rs, i) -> new DokumenTerbit.Penanda(
                        rs.getInt("urutan"),
                        rs.getLong("pejabat_id"),
                        rs.getString("nama"),
                        rs.getString("nip"),
                        rs.getString("peran"),
                        rs.getString("jenis_penandatangan"),
                        rs.getTimestamp("waktu").toInstant()))
                .list();
        return new DokumenTerbit(
                d.id(),
                d.tenantId(),
                d.nomor(),
                d.token(),
                d.jenis(),
                d.judul(),
                d.tahun(),
                d.subjekKode(),
                d.subjekNama(),
                d.versi(),
                d.namaPemerintah(),
                d.status(),
                d.sha256(),
                d.blok(),
                penanda,
                d.dibuatOleh(),
                d.dibuatPada(),
                d.terbitPada(),
                d.tanggalDokumen());
    }

    private DokumenTerbit baca(ResultSet rs, int i) throws SQLException {
        Timestamp terbit = rs.getTimestamp("terbit_pada");
        return new DokumenTerbit(
                rs.getLong("id"),
                rs.getLong("tenant_id"),
                rs.getString("nomor"),
                rs.getString("token"),
                rs.getString("jenis"),
                rs.getString("judul"),
                rs.getInt("tahun"),
                rs.getString("subjek_kode"),
                rs.getString("subjek_nama"),
                rs.getInt("versi"),
                rs.getString("nama_pemerintah"),
                DokumenTerbit.StatusDokumen.valueOf(rs.getString("status")),
                rs.getString("sha256"),
                bacaBlok(rs.getString("blok_tanda_tangan")),
                List.of(),
                rs.getString("dibuat_oleh"),
                rs.getTimestamp("dibuat_pada").toInstant(),
                terbit == null ? null : terbit.toInstant(),
                rs.getObject("tanggal_dokumen", java.time.LocalDate.class));
    }

    private static String tulis(List<BlokTandaTangan> blok) {
        try {
            return JSON.writeValueAsString(blok);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<BlokTandaTangan> bacaBlok(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<BlokTandaTangan>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
