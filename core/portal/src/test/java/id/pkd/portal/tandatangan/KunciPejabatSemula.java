package id.pkd.portal.tandatangan;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An official's stored key as it was before a test replaced or planted one, put back afterwards, so tests that
 * sign with the shared demo officials leave their keys as they found them.
 */
public record KunciPejabatSemula(JdbcClient jdbc, long pejabatId, Map<String, Object> baris) {

    /** The official's key row now (none is a state too: then {@link #pulihkan} leaves no key). */
    public static KunciPejabatSemula catat(JdbcClient jdbc, long pejabatId) {
        Map<String, Object> baris =
                jdbc
                        .sql("SELECT * FROM kunci_pejabat WHERE pejabat_id = ?")
                        .param(pejabatId)
                        .query()
                        .listOfRows()
                        .stream()
                        .findFirst()
                        .map(r -> {
                            Map<String, Object> m = new HashMap<>();
                            r.forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), v));
                            return m;
                        })
                        .orElse(null);
        return new KunciPejabatSemula(jdbc, pejabatId, baris);
    }

    public void pulihkan() {
        jdbc.sql("DELETE FROM kunci_pejabat WHERE pejabat_id = ?")
                .param(pejabatId)
                .update();
        if (baris != null) {
            jdbc.sql(
                            """
                            INSERT INTO kunci_pejabat (tenant_id, pejabat_id, p12_terenkripsi, nama_sertifikat,
                                penerbit, nomor_seri, berlaku_mulai, berlaku_sampai, sertifikat, diunggah_oleh,
                                diunggah_pada, sumber)
                            VALUES (:tenant_id, :pejabat_id, :p12_terenkripsi, :nama_sertifikat, :penerbit,
                                :nomor_seri, :berlaku_mulai, :berlaku_sampai, :sertifikat, :diunggah_oleh,
                                :diunggah_pada, :sumber)""")
                    .params(baris)
                    .update();
        }
    }
}
