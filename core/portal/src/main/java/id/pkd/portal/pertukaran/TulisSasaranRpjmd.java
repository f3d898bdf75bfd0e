package id.pkd.portal.pertukaran;

import id.pkd.portal.pertukaran.FormatRencana.SasaranRpjmdData;
import id.pkd.portal.pertukaran.FormatRencana.TujuanRpjmdData;
import id.pkd.portal.pertukaran.Penyelaras.Lingkup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the region's tujuan and sasaran RPJMD of the period by kode, as the RPJMD screen keeps them; like the IKU
 * Kepala Daerah's definitions they span the period. A file without the list leaves them, and every link to them, as
 * they are; a list is the whole set: what it lacks goes after the links moved off it ({@link #hapusYangTidakAda}).
 */
@Component
class TulisSasaranRpjmd {

    static final String JENIS_TUJUAN = "tujuan_rpjmd";
    static final String JENIS_SASARAN = "sasaran_rpjmd";

    /** What the file had: the period's tujuan and sasaran by kode, and the stored rows it lacks. */
    record Hasil(
            Map<String, Long> tujuan,
            Map<String, Long> sasaran,
            Map<String, Map<String, Object>> tujuanLepas,
            Map<String, Map<String, Object>> sasaranLepas,
            Map<Long, TreeSet<Integer>> tahunTampil) {}

    private final JdbcClient jdbc;

    TulisSasaranRpjmd(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Null when the file carries no list: then nothing here, nor any link, changes. */
    Hasil tulis(Penyelaras s, long periodeId, List<TujuanRpjmdData> data) {
        if (data == null) {
            return null;
        }
        Map<String, Map<String, Object>> tujuanAda = s.baca(
                "SELECT * FROM tujuan_rpjmd WHERE tenant_id = ? AND periode_id = ?",
                b -> (String) b.get("kode"),
                periodeId);
        Map<String, Map<String, Object>> sasaranAda = s.baca(
                "SELECT * FROM sasaran_rpjmd WHERE tenant_id = ? AND periode_id = ?",
                b -> (String) b.get("kode"),
                periodeId);
        Map<Long, TreeSet<Integer>> tahunTampil = tahunTampil(s.tenant, periodeId);
        // the stored sasaran of each stored tujuan, before the file moves any: a tujuan's change shows where they show
        Map<Long, List<Long>> sasaranTujuan = new HashMap<>();
        sasaranAda.values().forEach(b -> sasaranTujuan
                .computeIfAbsent(((Number) b.get("tujuan_id")).longValue(), k -> new ArrayList<>())
                .add(Penyelaras.id(b)));
        Map<String, Long> tujuan = new HashMap<>();
        Map<String, Long> sasaran = new HashMap<>();
        for (int j = 0; j < data.size(); j++) {
            TujuanRpjmdData t = data.get(j);
            String path = "rpjmd.tujuan[" + j + "]";
            String kode = t.kode().strip();
            Map<String, Object> baru = new LinkedHashMap<>();
            baru.put("periode_id", periodeId);
            baru.put("misi_ke", t.misi());
            baru.put("urutan", j + 1);
            baru.put("kode", kode);
            baru.put("uraian", t.uraian().strip());
            Map<String, Object> tujuanLama = tujuanAda.remove(kode);
            long tujuanId = s.selaraskan(
                    "tujuan_rpjmd",
                    JENIS_TUJUAN,
                    tujuanLama,
                    baru,
                    Map.of(),
                    kode,
                    tampil(
                            tahunTampil,
                            path,
                            tujuanLama == null
                                    ? List.of()
                                    : sasaranTujuan.getOrDefault(Penyelaras.id(tujuanLama), List.of())),
                    Set.of());
            tujuan.put(kode, tujuanId);
            List<SasaranRpjmdData> anak = t.sasaran() == null ? List.of() : t.sasaran();
            for (int k = 0; k < anak.size(); k++) {
                SasaranRpjmdData x = anak.get(k);
                String ks = x.kode().strip();
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("periode_id", periodeId);
                b.put("tujuan_id", tujuanId);
                b.put("urutan", k + 1);
                b.put("kode", ks);
                b.put("uraian", x.uraian().strip());
                Map<String, Object> lama = sasaranAda.remove(ks);
                String pathSasaran = path + ".sasaran[" + k + "]";
                sasaran.put(
                        ks,
                        s.selaraskan(
                                "sasaran_rpjmd",
                                JENIS_SASARAN,
                                lama,
                                b,
                                Map.of(),
                                ks,
                                tampil(
                                        tahunTampil,
                                        pathSasaran,
                                        lama == null ? List.of() : List.of(Penyelaras.id(lama))),
                                Set.of()));
            }
        }
        return new Hasil(tujuan, sasaran, tujuanAda, sasaranAda, tahunTampil);
    }

    /**
     * Removes the sasaran and tujuan the file lacks. A link of a row the file did not carry (an agency it left out)
     * still naming one of them is dropped first, in the audit trail like any change.
     */
    void hapusYangTidakAda(Penyelaras s, Hasil h) {
        if (h == null) {
            return;
        }
        String path = "rpjmd.tujuan";
        h.sasaranLepas().forEach((kode, baris) -> {
            long id = Penyelaras.id(baris);
            // the years it showed in, read before the file moved its IKU
            List<Lingkup> lingkup = tampil(h.tahunTampil(), path, List.of(id));
            for (String tabel : List.of("iku_daerah", "sasaran")) {
                for (Long tertaut : jdbc.sql(
                                "SELECT id FROM " + tabel + " WHERE tenant_id = ? AND sasaran_rpjmd_id = ?")
                        .params(baris.get("tenant_id"), id)
                        .query(Long.class)
                        .list()) {
                    s.perbarui(tabel, tertaut, java.util.Collections.singletonMap("sasaran_rpjmd_id", null), Map.of());
                    s.catat(tabel, tertaut, "sasaranRpjmdId", Long.toString(id), null);
                }
            }
            s.hapus("sasaran_rpjmd", JENIS_SASARAN, baris, kode, lingkup);
        });
        h.tujuanLepas().forEach((kode, baris) -> {
            long id = Penyelaras.id(baris);
            // a Renstra tujuan the file did not carry still serving it is unlinked first, as a sasaran's link above
            for (Long tertaut : jdbc.sql("SELECT id FROM tujuan WHERE tenant_id = ? AND tujuan_rpjmd_id = ?")
                    .params(baris.get("tenant_id"), id)
                    .query(Long.class)
                    .list()) {
                s.perbarui("tujuan", tertaut, java.util.Collections.singletonMap("tujuan_rpjmd_id", null), Map.of());
                s.catat("tujuan", tertaut, "tujuanRpjmdId", Long.toString(id), null);
            }
            // its sasaran the file moved under another tujuan are no longer its own
            if (jdbc.sql("SELECT COUNT(*) FROM sasaran_rpjmd WHERE tenant_id = ? AND tujuan_id = ?")
                            .params(baris.get("tenant_id"), Penyelaras.id(baris))
                            .query(Long.class)
                            .single()
                    == 0) {
                s.hapus("tujuan_rpjmd", JENIS_TUJUAN, baris, kode, Lingkup.lintasTahun(path));
            } else {
                s.tolak(path, "Tujuan " + kode + " masih menaungi sasaran yang tidak ada di berkas.");
            }
        });
    }

    /**
     * The region-years whose LKjIP shows these stored sasaran (each year an IKU linked to one has a target in): the
     * years the RPJMD screen asks the guard for before changing them, and so the import too (issue 13).
     */
    private static List<Lingkup> tampil(Map<Long, TreeSet<Integer>> tahunTampil, String path, List<Long> sasaran) {
        TreeSet<Integer> tahun = new TreeSet<>();
        sasaran.forEach(id -> tahun.addAll(tahunTampil.getOrDefault(id, new TreeSet<>())));
        if (tahun.isEmpty()) {
            return List.of(Lingkup.lintasTahun(path));
        }
        return tahun.stream().map(th -> Lingkup.daerah(path, th)).toList();
    }

    /** Per stored sasaran RPJMD of the period, the years its IKU have targets in, read once per import. */
    private Map<Long, TreeSet<Integer>> tahunTampil(long tenant, long periodeId) {
        Map<Long, TreeSet<Integer>> hasil = new HashMap<>();
        jdbc.sql("SELECT i.sasaran_rpjmd_id, t.tahun FROM target_iku_daerah t JOIN iku_daerah i"
                        + " ON i.tenant_id = t.tenant_id AND i.id = t.iku_daerah_id"
                        + " WHERE i.tenant_id = ? AND i.periode_id = ? AND i.sasaran_rpjmd_id IS NOT NULL")
                .params(tenant, periodeId)
                .query(rs -> {
                    hasil.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getInt(2));
                });
        return hasil;
    }
}
