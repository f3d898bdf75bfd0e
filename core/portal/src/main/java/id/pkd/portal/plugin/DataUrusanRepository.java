package id.pkd.portal.plugin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of plugin forms. Every statement takes the tenant, so no query reads across tenants. */
@Component
class DataUrusanRepository {

    /** One stored row; {@code isian} maps field codes to canonical text. */
    record Baris(long id, int urutan, String rincian, Map<String, String> isian) {

        /** The row with values that cannot be changed, to be shared between requests. */
        Baris tetap() {
            return new Baris(
                    id,
                    urutan,
                    rincian,
                    isian == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(isian)));
        }
    }

    private static final TypeReference<LinkedHashMap<String, String>> PETA = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    DataUrusanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Baris> baris(long tenantId, String pluginId, String formulir, int tahun) {
        return jdbc.sql(
                        """
                        SELECT id, urutan, rincian, isian FROM data_urusan
                        WHERE tenant_id = :tenant AND plugin_id = :plugin AND formulir = :formulir AND tahun = :tahun
                        ORDER BY urutan, id""")
                .param("tenant", tenantId)
                .param("plugin", pluginId)
                .param("formulir", formulir)
                .param("tahun", tahun)
                .query((rs, n) -> new Baris(
                        rs.getLong("id"), rs.getInt("urutan"), rs.getString("rincian"), baca(rs.getString("isian"))))
                .list();
    }

    /** The rows of a yearly form for every year up to {@code sampaiTahun}, by year then position. */
    Map<Integer, List<Baris>> barisSampai(long tenantId, String pluginId, String formulir, int sampaiTahun) {
        Map<Integer, List<Baris>> hasil = new java.util.TreeMap<>();
        jdbc.sql(
                        """
                        SELECT tahun, id, urutan, rincian, isian FROM data_urusan
                        WHERE tenant_id = :tenant AND plugin_id = :plugin AND formulir = :formulir
                          AND tahun > 0 AND tahun <= :sampai
                        ORDER BY tahun, urutan, id""")
                .param("tenant", tenantId)
                .param("plugin", pluginId)
                .param("formulir", formulir)
                .param("sampai", sampaiTahun)
                .query((rs, n) -> Map.entry(
                        rs.getInt("tahun"),
                        new Baris(
                                rs.getLong("id"),
                                rs.getInt("urutan"),
                                rs.getString("rincian"),
                                baca(rs.getString("isian")))))
                .list()
                .forEach(e -> hasil.computeIfAbsent(e.getKey(), t -> new java.util.ArrayList<>())
                        .add(e.getValue()));
        return hasil;
    }

    List<Integer> tahun(long tenantId, String pluginId, String formulir) {
        return jdbc.sql(
                        """
                        SELECT DISTINCT tahun FROM data_urusan
                        WHERE tenant_id = :tenant AND plugin_id = :plugin AND formulir = :formulir ORDER BY tahun""")
                .param("tenant", tenantId)
                .param("plugin", pluginId)
                .param("formulir", formulir)
                .query(Integer.class)
                .list();
    }

    long tambah(
            long tenantId,
            String pluginId,
            String formulir,
            int tahun,
            int urutan,
            String rincian,
            Map<String, String> isian,
            String oleh,
            Instant pada) {
        var kunci = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql(
                        """
                        INSERT INTO data_urusan (tenant_id, plugin_id, formulir, tahun, urutan, rincian, isian,
                                                 diubah_oleh, diubah_pada)
                        VALUES (:tenant, :plugin, :formulir, :tahun, :urutan, :rincian, :isian, :oleh, :pada)""")
                .param("tenant", tenantId)
                .param("plugin", pluginId)
                .param("formulir", formulir)
                .param("tahun", tahun)
                .param("urutan", urutan)
                .param("rincian", rincian)
                .param("isian", tulis(isian))
                .param("oleh", oleh)
                .param("pada", Timestamp.from(pada))
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    void ubah(long tenantId, long id, int urutan, Map<String, String> isian, String oleh, Instant pada) {
        jdbc.sql(
                        """
                        UPDATE data_urusan SET urutan = :urutan, isian = :isian, diubah_oleh = :oleh, diubah_pada = :pada
                        WHERE tenant_id = :tenant AND id = :id""")
                .param("tenant", tenantId)
                .param("id", id)
                .param("urutan", urutan)
                .param("isian", tulis(isian))
                .param("oleh", oleh)
                .param("pada", Timestamp.from(pada))
                .update();
    }

    void hapus(long tenantId, long id) {
        jdbc.sql("DELETE FROM data_urusan WHERE tenant_id = :tenant AND id = :id")
                .param("tenant", tenantId)
                .param("id", id)
                .update();
    }

    private Map<String, String> baca(String teks) {
        try {
            return json.readValue(teks, PETA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Isian data urusan rusak", e);
        }
    }

    private String tulis(Map<String, String> isian) {
        try {
            return json.writeValueAsString(isian);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
