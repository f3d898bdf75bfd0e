package id.pkd.portal.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface ApiTokenRepository extends Repository<ApiToken, Long> {

    ApiToken save(ApiToken token);

    @Query(
            """
            SELECT * FROM api_token WHERE tenant_id = :tenantId
            ORDER BY dicabut_pada IS NOT NULL, dibuat_pada DESC, id DESC""")
    List<ApiToken> semua(long tenantId);

    @Query("SELECT * FROM api_token WHERE tenant_id = :tenantId AND id = :id")
    Optional<ApiToken> cari(long tenantId, long id);

    @Query("SELECT COUNT(*) FROM api_token WHERE tenant_id = :tenantId AND nama_aktif = :nama")
    long jumlahAktifBernama(long tenantId, String nama);

    /** A request's token names its tenant, so this lookup comes before any tenant is known. */
    @Query("SELECT * FROM api_token WHERE hash = :hash")
    Optional<ApiToken> cariHash(String hash);

    @Modifying
    @Query(
            """
            UPDATE api_token SET dicabut_pada = :pada, dicabut_oleh = :oleh
            WHERE tenant_id = :tenantId AND id = :id AND dicabut_pada IS NULL""")
    void cabut(long tenantId, long id, Instant pada, String oleh);

    /** Records use at most once per {@code batas}, so busy clients do not write on every request. */
    @Modifying
    @Query(
            """
            UPDATE api_token SET terakhir_dipakai = :pada
            WHERE id = :id AND (terakhir_dipakai IS NULL OR terakhir_dipakai < :batas)""")
    void catatPemakaian(long id, Instant pada, Instant batas);
}
