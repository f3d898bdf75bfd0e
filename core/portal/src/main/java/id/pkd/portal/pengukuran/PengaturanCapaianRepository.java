package id.pkd.portal.pengukuran;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface PengaturanCapaianRepository extends Repository<PengaturanCapaian, Long> {

    @Query("SELECT * FROM pengaturan_capaian WHERE tenant_id = :tenantId")
    Optional<PengaturanCapaian> milik(long tenantId);

    @Modifying
    @Query(
            """
            INSERT INTO pengaturan_capaian (tenant_id, batas_sangat_tinggi, batas_tinggi, batas_sedang, batas_rendah,
                                            pembulatan, diubah_oleh, diubah_pada)
            VALUES (:tenantId, :sangatTinggi, :tinggi, :sedang, :rendah, :pembulatan, :oleh, :pada)
            ON DUPLICATE KEY UPDATE batas_sangat_tinggi = VALUES(batas_sangat_tinggi), batas_tinggi = VALUES(batas_tinggi),
                batas_sedang = VALUES(batas_sedang), batas_rendah = VALUES(batas_rendah), pembulatan = VALUES(pembulatan),
                diubah_oleh = VALUES(diubah_oleh), diubah_pada = VALUES(diubah_pada)""")
    void simpan(
            long tenantId,
            BigDecimal sangatTinggi,
            BigDecimal tinggi,
            BigDecimal sedang,
            BigDecimal rendah,
            String pembulatan,
            String oleh,
            Instant pada);

    default void simpan(long tenantId, PengaturanCapaian p) {
        simpan(
                tenantId,
                p.batasSangatTinggi(),
                p.batasTinggi(),
                p.batasSedang(),
                p.batasRendah(),
                p.pembulatan().name(),
                p.diubahOleh(),
                p.diubahPada());
    }
}
