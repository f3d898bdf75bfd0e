package id.pkd.portal.pertukaran;

import static id.pkd.portal.pertukaran.Temuan.daftar;

import id.pkd.portal.pertukaran.FormatRencana.*;
import id.pkd.portal.pertukaran.Penyelaras.Lingkup;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes an agency's Renstra of the period: tujuan, sasaran and indicators by kode, targets by
 * (indicator, tahun). Indicator attributes span years and are written freely (a locked year keeps
 * the frozen snapshot of its figures); a target is a figure of one year and passes the guard.
 */
@Component
class TulisRenstra {

    static final String JENIS_INDIKATOR = "indikator";

    /** What the rest of the import refers to; the PK adds the indicators it defines. */
    record Hasil(
            long periodeId,
            Map<String, Long> sasaranId,
            Map<String, Long> indikator,
            Set<String> iku,
            Set<String> dalamBerkas,
            Map<String, Map<String, Object>> tujuanAda,
            Map<String, Map<String, Object>> sasaranAda,
            Map<String, Map<String, Object>> indikatorAda) {}

    private final JdbcClient jdbc;

    TulisRenstra(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Hasil tulis(Penyelaras s, String path, long pdId, long periodeId, RenstraData renstra) {
        return tulis(s, path, pdId, periodeId, renstra, null, null);
    }

    /**
     * As above; {@code sasaranRpjmd} (the period's sasaran RPJMD by kode, null when the file carries none) sets each
     * sasaran's link to the one it names, none when it names none; {@code tujuanRpjmd} (the tujuan RPJMD by kode,
     * likewise) each tujuan's.
     */
    Hasil tulis(
            Penyelaras s,
            String path,
            long pdId,
            long periodeId,
            RenstraData renstra,
            Map<String, Long> sasaranRpjmd,
            Map<String, Long> tujuanRpjmd) {
        Map<String, Map<String, Object>> tujuanAda = s.baca(
                "SELECT * FROM tujuan WHERE tenant_id = ? AND perangkat_daerah_id = ? AND periode_id = ?",
                b -> (String) b.get("kode"),
                pdId,
                periodeId);
        Map<String, Map<String, Object>> sasaranAda = s.baca(
                """
                SELECT s.* FROM sasaran s JOIN tujuan t ON t.tenant_id = s.tenant_id AND t.id = s.tujuan_id
                WHERE s.tenant_id = ? AND t.perangkat_daerah_id = ? AND t.periode_id = ?""",
                b -> (String) b.get("kode"),
                pdId,
                periodeId);
        Map<String, Map<String, Object>> indikatorAda = s.baca(
                "SELECT * FROM indikator WHERE tenant_id = ? AND perangkat_daerah_id = ? AND periode_id = ?",
                b -> (String) b.get("kode"),
                pdId,
                periodeId);
        Map<String, Map<String, Object>> targetAda = s.baca(
                """
                SELECT t.indikator_id, t.tahun, t.nilai FROM target_indikator t
                JOIN indikator i ON i.tenant_id = t.tenant_id AND i.id = t.indikator_id
                WHERE t.tenant_id = ? AND i.perangkat_daerah_id = ? AND i.periode_id = ?""",
                b -> b.get("indikator_id") + "/" + Penyelaras.teks("", "", b.get("tahun")),
                pdId,
                periodeId);
        Hasil h = new Hasil(
                periodeId,
                new HashMap<>(),
                new HashMap<>(),
                new HashSet<>(),
                new HashSet<>(),
                tujuanAda,
                sasaranAda,
                indikatorAda);
        indikatorAda.forEach((k, i) -> {
            h.indikator().put(k, Penyelaras.id(i));
            if (i.get("sasaran_id") != null) {
                h.iku().add(k);
            }
        });
        sasaranAda.forEach((k, x) -> h.sasaranId().put(k, Penyelaras.id(x)));
        var tujuan = renstra == null ? java.util.List.<TujuanData>of() : daftar(renstra.tujuan());
        for (int j = 0; j < tujuan.size(); j++) {
            TujuanData t = tujuan.get(j);
            String pt = path + ".renstra.tujuan[" + j + "]";
            Map<String, Object> baru = new LinkedHashMap<>();
            baru.put("perangkat_daerah_id", pdId);
            baru.put("periode_id", periodeId);
            baru.put("kode", t.kode());
            baru.put("uraian", t.uraian().strip());
            if (tujuanRpjmd != null) {
                baru.put(
                        "tujuan_rpjmd_id",
                        t.tujuanRpjmd() == null
                                ? null
                                : tujuanRpjmd.get(t.tujuanRpjmd().strip()));
            }
            long tujuanId = s.selaraskan(
                    "tujuan", "tujuan", tujuanAda.remove(t.kode()), baru, Map.of(), t.kode(), Lingkup.lintasTahun(pt));
            for (int k = 0; k < daftar(t.sasaran()).size(); k++) {
                SasaranData x = t.sasaran().get(k);
                String ps = pt + ".sasaran[" + k + "]";
                Map<String, Object> sasaran = new LinkedHashMap<>();
                sasaran.put("tujuan_id", tujuanId);
                sasaran.put("kode", x.kode());
                sasaran.put("uraian", x.uraian().strip());
                sasaran.put("urusan", x.urusan());
                if (sasaranRpjmd != null) {
                    sasaran.put(
                            "sasaran_rpjmd_id",
                            x.sasaranRpjmd() == null
                                    ? null
                                    : sasaranRpjmd.get(x.sasaranRpjmd().strip()));
                }
                long sasaranId = s.selaraskan(
                        "sasaran",
                        "sasaran",
                        sasaranAda.remove(x.kode()),
                        sasaran,
                        Map.of(),
                        x.kode(),
                        Lingkup.lintasTahun(ps));
                h.sasaranId().put(x.kode(), sasaranId);
                for (int m = 0; m < daftar(x.indikator()).size(); m++) {
                    IndikatorData i = x.indikator().get(m);
                    String pi = ps + ".indikator[" + m + "]";
                    long id = indikator(s, pdId, h, sasaranId, i, pi);
                    target(s, pdId, id, i.target(), targetAda, pi);
                }
            }
        }
        return h;
    }

    private static long indikator(Penyelaras s, long pdId, Hasil h, long sasaranId, IndikatorData i, String pi) {
        Map<String, Object> baru = new LinkedHashMap<>();
        baru.put("perangkat_daerah_id", pdId);
        baru.put("periode_id", h.periodeId());
        baru.put("sasaran_id", sasaranId);
        baru.put("kode", i.kode());
        baru.put("nama", i.nama().strip());
        baru.put("satuan", i.satuan().strip());
        baru.put("polaritas", i.polaritas());
        baru.put("varian_rendah", i.varianRendah());
        baru.put("kondisi_awal", i.kondisiAwal());
        baru.put("kondisi_akhir", i.kondisiAkhir());
        baru.put("sumber_data", i.sumberData());
        if (i.sumberRealisasi() != null) {
            // An optional field: absent in the file keeps what the tenant chose on screen.
            baru.put("sumber_realisasi", i.sumberRealisasi());
        }
        if (i.rentangBebas() != null) {
            baru.put("rentang_bebas", i.rentangBebas());
        }
        long id = s.selaraskan(
                "indikator",
                JENIS_INDIKATOR,
                h.indikatorAda().remove(i.kode()),
                baru,
                Map.of(),
                i.kode(),
                Lingkup.lintasTahun(pi));
        h.indikator().put(i.kode(), id);
        h.iku().add(i.kode());
        h.dalamBerkas().add(i.kode());
        return id;
    }

    /** Targets by (indicator, tahun); a year the file leaves out is removed. Each passes the guard. */
    private void target(
            Penyelaras s,
            long pdId,
            long indikatorId,
            Map<String, BigDecimal> target,
            Map<String, Map<String, Object>> ada,
            String pi) {
        Map<String, BigDecimal> baru = target == null ? Map.of() : target;
        for (Map.Entry<String, BigDecimal> e : baru.entrySet()) {
            int tahun = Integer.parseInt(e.getKey());
            Map<String, Object> lama = ada.remove(indikatorId + "/" + tahun);
            String teksLama = lama == null ? null : Penyelaras.teks("target_indikator", "nilai", lama.get("nilai"));
            String teksBaru = Penyelaras.teks("target_indikator", "nilai", e.getValue());
            if (teksBaru.equals(teksLama)) {
                continue;
            }
            s.jaga(new Lingkup(pi + ".target." + tahun, pdId, tahun, indikatorId));
            jdbc.sql(
                            """
                            INSERT INTO target_indikator (tenant_id, indikator_id, tahun, nilai) VALUES (?, ?, ?, ?)
                            ON DUPLICATE KEY UPDATE nilai = VALUES(nilai)""")
                    .params(s.tenant, indikatorId, tahun, e.getValue())
                    .update();
            s.catat(JENIS_INDIKATOR, indikatorId, "target " + tahun, teksLama, teksBaru);
        }
        for (var it = ada.entrySet().iterator(); it.hasNext(); ) {
            Map<String, Object> lama = it.next().getValue();
            if (((Number) lama.get("indikator_id")).longValue() == indikatorId) {
                hapusTarget(s, pdId, indikatorId, lama, pi + ".target");
                it.remove();
            }
        }
    }

    private void hapusTarget(Penyelaras s, long pdId, long indikatorId, Map<String, Object> lama, String path) {
        int tahun = ((Number) lama.get("tahun")).intValue();
        s.jaga(new Lingkup(path, pdId, tahun, indikatorId));
        jdbc.sql("DELETE FROM target_indikator WHERE tenant_id = ? AND indikator_id = ? AND tahun = ?")
                .params(s.tenant, indikatorId, tahun)
                .update();
        s.catat(
                JENIS_INDIKATOR,
                indikatorId,
                "target " + tahun,
                Penyelaras.teks("target_indikator", "nilai", lama.get("nilai")),
                null);
    }

    /**
     * Removes the Renstra rows the file no longer has, after the PK was written (it may have
     * stopped referring to them). A row that realisasi, another year's PK or a remaining row
     * depends on is not removed: the import is refused with the path. An indicator only a PK
     * defined goes too once no PK of any year names it, so a file imported after one that renamed
     * it leaves nothing behind (the round trip of issue 11); while another year's PK still names it,
     * it belongs to that year.
     */
    void hapusYangTidakAda(Penyelaras s, String path, long pdId, Hasil h) {
        String pr = path + ".renstra";
        for (Map.Entry<String, Map<String, Object>> e : h.indikatorAda().entrySet()) {
            Map<String, Object> i = e.getValue();
            if (h.dalamBerkas().contains(e.getKey())) {
                continue;
            }
            long id = Penyelaras.id(i);
            if (i.get("sasaran_id") == null
                    && hitung("SELECT COUNT(*) FROM pk_indikator WHERE tenant_id = ? AND indikator_id = ?", s, id)
                            > 0) {
                continue;
            }
            if (hitung("SELECT COUNT(*) FROM realisasi_indikator WHERE tenant_id = ? AND indikator_id = ?", s, id) > 0
                    || hitung("SELECT COUNT(*) FROM pk_indikator WHERE tenant_id = ? AND indikator_id = ?", s, id)
                            > 0) {
                s.tolak(
                        pr,
                        "Indikator \"" + e.getKey() + "\" tidak ada di berkas, tetapi sudah memiliki realisasi atau"
                                + " dipakai perjanjian kinerja; indikator itu tidak dapat dihapus lewat impor.");
                continue;
            }
            jdbc.sql("SELECT indikator_id, tahun, nilai FROM target_indikator WHERE tenant_id = ? AND indikator_id = ?")
                    .params(s.tenant, id)
                    .query()
                    .listOfRows()
                    .forEach(t -> hapusTarget(s, pdId, id, t, pr));
            s.hapus("indikator", JENIS_INDIKATOR, i, e.getKey(), Lingkup.lintasTahun(pr));
        }
        h.sasaranAda().forEach((kode, x) -> {
            long id = Penyelaras.id(x);
            if (hitung("SELECT COUNT(*) FROM indikator WHERE tenant_id = ? AND sasaran_id = ?", s, id) > 0
                    || hitung("SELECT COUNT(*) FROM pk_sasaran WHERE tenant_id = ? AND sasaran_renstra_id = ?", s, id)
                            > 0) {
                s.tolak(
                        pr,
                        "Sasaran \"" + kode + "\" tidak ada di berkas, tetapi masih dirujuk indikator atau"
                                + " perjanjian kinerja; sasaran itu tidak dapat dihapus lewat impor.");
            } else {
                s.hapus("sasaran", "sasaran", x, kode, Lingkup.lintasTahun(pr));
            }
        });
        h.tujuanAda().forEach((kode, t) -> {
            if (hitung("SELECT COUNT(*) FROM sasaran WHERE tenant_id = ? AND tujuan_id = ?", s, Penyelaras.id(t)) > 0) {
                s.tolak(pr, "Tujuan \"" + kode + "\" tidak ada di berkas, tetapi masih memiliki sasaran.");
            } else {
                s.hapus("tujuan", "tujuan", t, kode, Lingkup.lintasTahun(pr));
            }
        });
    }

    private long hitung(String sql, Penyelaras s, long id) {
        return jdbc.sql(sql).params(s.tenant, id).query(Long.class).single();
    }
}
