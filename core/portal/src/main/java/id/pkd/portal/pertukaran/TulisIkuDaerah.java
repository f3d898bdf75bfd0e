package id.pkd.portal.pertukaran;

import id.pkd.portal.pertukaran.FormatRencana.IkuDaerahData;
import id.pkd.portal.pertukaran.Penyelaras.Lingkup;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the region's IKU Kepala Daerah of the period by kode, as the RPJMD screen keeps them: the definition spans
 * the period, a target is a figure of its year and passes the guard for the region's year. A file without the list
 * (written before it existed) leaves them as they are; a list is the whole set, so one it lacks is removed.
 */
@Component
class TulisIkuDaerah {

    static final String JENIS = "iku_daerah";

    private final JdbcClient jdbc;

    TulisIkuDaerah(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void tulis(Penyelaras s, long periodeId, List<IkuDaerahData> data) {
        tulis(s, periodeId, data, null);
    }

    /** As above; {@code sasaranRpjmd} (by kode, null when the file carries none) sets each IKU's link. */
    void tulis(Penyelaras s, long periodeId, List<IkuDaerahData> data, Map<String, Long> sasaranRpjmd) {
        if (data == null) {
            return;
        }
        Map<String, Map<String, Object>> ada = s.baca(
                "SELECT * FROM iku_daerah WHERE tenant_id = ? AND periode_id = ?",
                b -> (String) b.get("kode"),
                periodeId);
        Map<String, Map<String, Object>> targetAda = s.baca(
                """
                SELECT t.iku_daerah_id, t.tahun, t.nilai FROM target_iku_daerah t JOIN iku_daerah i
                  ON i.tenant_id = t.tenant_id AND i.id = t.iku_daerah_id WHERE t.tenant_id = ? AND i.periode_id = ?""",
                b -> kunci(b.get("iku_daerah_id"), b.get("tahun")),
                periodeId);
        for (int j = 0; j < data.size(); j++) {
            IkuDaerahData d = data.get(j);
            String path = "rpjmd.ikuDaerah[" + j + "]";
            String kode = d.kode().strip();
            Map<String, Object> baru = new LinkedHashMap<>();
            baru.put("periode_id", periodeId);
            baru.put("urutan", j + 1);
            baru.put("kode", kode);
            baru.put("nama", d.nama().strip());
            baru.put("satuan", d.satuan().strip());
            baru.put("polaritas", d.polaritas());
            baru.put("varian_rendah", d.varianRendah());
            baru.put("kondisi_awal", d.kondisiAwal());
            baru.put("kondisi_akhir", d.kondisiAkhir());
            if (sasaranRpjmd != null) {
                baru.put(
                        "sasaran_rpjmd_id",
                        d.sasaranRpjmd() == null
                                ? null
                                : sasaranRpjmd.get(d.sasaranRpjmd().strip()));
            }
            Map<String, Object> lama = ada.remove(kode);
            long id = s.selaraskan(
                    "iku_daerah", JENIS, lama, baru, Map.of(), kode, lingkup(path, lama, baru, targetAda), Set.of());
            Map<Integer, BigDecimal> target = new HashMap<>();
            (d.target() == null ? Map.<String, BigDecimal>of() : d.target())
                    .forEach((th, nilai) -> target.put(Integer.valueOf(th), nilai));
            target(s, path, id, target, targetAda);
        }
        ada.forEach((kode, baris) -> {
            String path = "rpjmd.ikuDaerah";
            target(s, path, Penyelaras.id(baris), Map.of(), targetAda);
            s.hapus("iku_daerah", JENIS, baris, kode, Lingkup.lintasTahun(path));
        });
    }

    /**
     * A stored IKU moved to another sasaran RPJMD moves in the LKjIP of every year it has a target in: those years
     * ask the guard, as the RPJMD screen's link does (issue 13). Other changes of the definition span the period.
     */
    private static List<Lingkup> lingkup(
            String path,
            Map<String, Object> lama,
            Map<String, Object> baru,
            Map<String, Map<String, Object>> targetAda) {
        if (lama == null
                || !baru.containsKey("sasaran_rpjmd_id")
                || Penyelaras.sama(
                        "iku_daerah", "sasaran_rpjmd_id", lama.get("sasaran_rpjmd_id"), baru.get("sasaran_rpjmd_id"))) {
            return List.of(Lingkup.lintasTahun(path));
        }
        long id = Penyelaras.id(lama);
        return targetAda.values().stream()
                .filter(b -> ((Number) b.get("iku_daerah_id")).longValue() == id)
                .map(b -> ((Number) b.get("tahun")).intValue())
                .sorted()
                .map(th -> Lingkup.daerah(path + ".sasaranRpjmd", th))
                .toList();
    }

    private void target(
            Penyelaras s,
            String path,
            long id,
            Map<Integer, BigDecimal> baru,
            Map<String, Map<String, Object>> targetAda) {
        TreeSet<Integer> tahun = new TreeSet<>(baru.keySet());
        targetAda.values().stream()
                .filter(b -> ((Number) b.get("iku_daerah_id")).longValue() == id)
                .forEach(b -> tahun.add(((Number) b.get("tahun")).intValue()));
        for (int th : tahun) {
            Map<String, Object> lama = targetAda.get(kunci(id, th));
            String teksLama = lama == null ? null : Penyelaras.teks("target_iku_daerah", "nilai", lama.get("nilai"));
            String teksBaru = Penyelaras.teks("target_iku_daerah", "nilai", baru.get(th));
            if (java.util.Objects.equals(teksLama, teksBaru)) {
                continue;
            }
            s.jaga(Lingkup.daerah(path + ".target." + th, th));
            jdbc.sql("DELETE FROM target_iku_daerah WHERE tenant_id = ? AND iku_daerah_id = ? AND tahun = ?")
                    .params(s.tenant, id, th)
                    .update();
            if (teksBaru != null) {
                jdbc.sql("INSERT INTO target_iku_daerah (tenant_id, iku_daerah_id, tahun, nilai) VALUES (?, ?, ?, ?)")
                        .params(s.tenant, id, th, baru.get(th))
                        .update();
            }
            s.catat(JENIS, id, "target " + th, teksLama, teksBaru);
        }
    }

    private static String kunci(Object id, Object tahun) {
        return ((Number) id).longValue() + "/" + ((Number) tahun).intValue();
    }
}
