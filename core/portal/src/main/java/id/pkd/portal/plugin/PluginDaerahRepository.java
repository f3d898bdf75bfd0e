package id.pkd.portal.plugin;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface PluginDaerahRepository extends Repository<PluginDaerah, Long> {

    @Query("SELECT plugin_id FROM plugin_daerah WHERE tenant_id = :tenantId AND aktif = TRUE")
    Set<String> aktif(long tenantId);

    @Modifying
    @Query(
            """
            INSERT INTO plugin_daerah (tenant_id, plugin_id, aktif, diubah_oleh, diubah_pada)
            VALUES (:tenantId, :pluginId, :aktif, :oleh, :pada)
            ON DUPLICATE KEY UPDATE aktif = VALUES(aktif), diubah_oleh = VALUES(diubah_oleh),
                                    diubah_pada = VALUES(diubah_pada)""")
    void atur(long tenantId, String pluginId, boolean aktif, String oleh, Instant pada);
}
