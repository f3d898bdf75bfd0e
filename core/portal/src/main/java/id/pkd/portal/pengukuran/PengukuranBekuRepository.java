package id.pkd.portal.pengukuran;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface PengukuranBekuRepository extends Repository<PengukuranBeku, Long> {

    /** The newest version: active, or the last one retired. */
    @Query(
            """
            SELECT * FROM pengukuran_beku WHERE tenant_id = :tenantId AND perangkat_daerah_id = :pdId AND tahun = :tahun
            ORDER BY versi DESC LIMIT 1""")
    Optional<PengukuranBeku> terakhir(long tenantId, long pdId, int tahun);

    /** The newest version of every agency of the tenant for the year. */
    @Query(
            """
            SELECT b.* FROM pengukuran_beku b
            WHERE b.tenant_id = :tenantId AND b.tahun = :tahun AND b.versi = (
                SELECT MAX(x.versi) FROM pengukuran_beku x
                WHERE x.tenant_id = b.tenant_id AND x.perangkat_daerah_id = b.perangkat_daerah_id AND x.tahun = b.tahun)""")
    List<PengukuranBeku> terakhirSemua(long tenantId, int tahun);

    @Query(
            """
            SELECT * FROM pengukuran_beku WHERE tenant_id = :tenantId AND perangkat_daerah_id = :pdId AND tahun = :tahun
            ORDER BY versi""")
    List<PengukuranBeku> riwayat(long tenantId, long pdId, int tahun);

    /** Every agency-year whose figures or rules are held: active versions and rules kept by a reopened indicator. */
    @Query(
            """
            SELECT b.* FROM pengukuran_beku b
            WHERE b.tenant_id = :tenantId AND (b.aktif OR b.aturan_tetap) AND b.versi = (
                SELECT MAX(x.versi) FROM pengukuran_beku x WHERE x.tenant_id = b.tenant_id
                AND x.perangkat_daerah_id = b.perangkat_daerah_id AND x.tahun = b.tahun)
            ORDER BY b.tahun, b.perangkat_daerah_id""")
    List<PengukuranBeku> dipegang(long tenantId);

    @Modifying
    @Query(
            """
            INSERT INTO pengukuran_beku (tenant_id, perangkat_daerah_id, tahun, versi, isi, aturan, sha256, alasan,
                                         dibuat_oleh, dibuat_pada, aktif, aturan_tetap)
            VALUES (:tenantId, :pdId, :tahun, :versi, :isi, :aturan, :sha256, :alasan, :oleh, :pada, TRUE, FALSE)""")
    void simpan(
            long tenantId,
            long pdId,
            int tahun,
            int versi,
            String isi,
            String aturan,
            String sha256,
            String alasan,
            String oleh,
            Instant pada);

    @Modifying
    @Query(
            """
            UPDATE pengukuran_beku SET aktif = FALSE, aturan_tetap = :aturanTetap, alasan_dilepas = :alasan,
                                       dilepas_oleh = :oleh, dilepas_pada = :pada
            WHERE tenant_id = :tenantId AND id = :id AND aktif""")
    int lepas(long tenantId, long id, boolean aturanTetap, String alasan, String oleh, Instant pada);
}
