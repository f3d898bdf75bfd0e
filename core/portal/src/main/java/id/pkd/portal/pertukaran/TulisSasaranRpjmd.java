package id.pkd.portal.pertukaran;

import id.pkd.portal.pertukaran.FormatRencana.SasaranRpjmdData;
import id.pkd.portal.pertukaran.FormatRencana.TujuanRpjmdData;
import id.pkd.portal.pertukaran.Penyelaras.Lingkup;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** What the file had: the period's sasaran by kode, and the stored rows it lacks. */
    record Hasil(
            Map<String, Long> sasaran,
            Map<String, Map<String, Object>> tujuanLepas,
            Map<String, Map<String, Object>> sasaranLepas) {}

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
            long tujuanId = s.selaraskan(
                    "tujuan_rpjmd",
                    JENIS_TUJUAN,
                    tujuanAda.remove(kode),
                    baru,
                    Map.of(),
                    kode,
                    Lingkup.lintasTahun(path));
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
                sasaran.put(
                        ks,
                        s.selaraskan(
                                "sasaran_rpjmd",
                                JENIS_SASARAN,
                                sasaranAda.remove(ks),
                                b,
                                Map.of(),
                                ks,
                                Lingkup.lintasTahun(path + ".sasaran[" + k + "]")));
            }
        }
        return new Hasil(sasaran, tujuanAda, sasaranAda);
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
            s.hapus("sasaran_rpjmd", JENIS_SASARAN, baris, kode, Lingkup.lintasTahun(path));
        });
        h.tujuanLepas().forEach((kode, baris) -> {
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
}
