package id.pkd.portal.pertukaran;

import static id.pkd.portal.pertukaran.Temuan.daftar;
import static id.pkd.portal.pertukaran.Temuan.nip;

import id.pkd.portal.pertukaran.FormatRencana.*;
import id.pkd.portal.pertukaran.Penyelaras.Lingkup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the PK of an agency-year: agreements by first party (pejabat, tahun), their sasaran by
 * kode, their targets by (sasaran, indicator). All of it is a figure of that year and passes the guard.
 */
@Component
class TulisPerjanjian {

    private final JdbcClient jdbc;

    TulisPerjanjian(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void tulis(
            Penyelaras s,
            String path,
            long pdId,
            long periodeId,
            int tahun,
            List<PerjanjianKinerjaData> data,
            Map<String, Long> pejabatId,
            TulisRenstra.Hasil renstra) {
        Map<String, Map<String, Object>> pkAda = s.baca(
                "SELECT * FROM perjanjian_kinerja WHERE tenant_id = ? AND perangkat_daerah_id = ? AND tahun = ?",
                b -> Penyelaras.teks("", "", b.get("pejabat_id")),
                pdId,
                tahun);
        Map<String, Map<String, Object>> sasaranAda = s.baca(
                """
                SELECT s.* FROM pk_sasaran s
                JOIN perjanjian_kinerja p ON p.tenant_id = s.tenant_id AND p.id = s.perjanjian_kinerja_id
                WHERE s.tenant_id = ? AND p.perangkat_daerah_id = ? AND p.tahun = ?""",
                b -> (String) b.get("kode"),
                pdId,
                tahun);
        Map<String, Map<String, Object>> indikatorAda = s.baca(
                """
                SELECT i.* FROM pk_indikator i
                JOIN pk_sasaran s ON s.tenant_id = i.tenant_id AND s.id = i.pk_sasaran_id
                JOIN perjanjian_kinerja p ON p.tenant_id = s.tenant_id AND p.id = s.perjanjian_kinerja_id
                WHERE i.tenant_id = ? AND p.perangkat_daerah_id = ? AND p.tahun = ?""",
                b -> b.get("pk_sasaran_id") + "/" + b.get("indikator_id"),
                pdId,
                tahun);
        Map<String, Long> sasaranId = new HashMap<>();
        Map<String, Map<String, Object>> sasaranTulis = new LinkedHashMap<>();
        for (int j = 0; j < data.size(); j++) {
            PerjanjianKinerjaData k = data.get(j);
            String pp = path + ".perjanjianKinerja[" + j + "]";
            long pertama = pejabatId.get(nip(k.pihakPertama()));
            PihakKeduaData dua = k.pihakKedua();
            Map<String, Object> baru = new LinkedHashMap<>();
            baru.put("perangkat_daerah_id", pdId);
            baru.put("tahun", tahun);
            baru.put("pejabat_id", pertama);
            baru.put("pihak_kedua_pejabat_id", dua.nip() == null ? null : pejabatId.get(nip(dua.nip())));
            baru.put("pihak_kedua_nama", dua.nip() == null ? dua.nama().strip() : null);
            baru.put("pihak_kedua_jabatan", dua.nip() == null ? dua.jabatan().strip() : null);
            long pkId = s.selaraskan(
                    "perjanjian_kinerja",
                    "perjanjian_kinerja",
                    pkAda.remove(Long.toString(pertama)),
                    baru,
                    Map.of(),
                    tahun + " " + nip(k.pihakPertama()),
                    new Lingkup(pp, pdId, tahun, null));
            int urutan = 0;
            for (int m = 0; m < daftar(k.sasaran()).size(); m++) {
                PkSasaranData x = k.sasaran().get(m);
                String ps = pp + ".sasaran[" + m + "]";
                Map<String, Object> sasaran = new LinkedHashMap<>();
                sasaran.put("perjanjian_kinerja_id", pkId);
                sasaran.put("urutan", ++urutan);
                sasaran.put("kode", x.kode());
                sasaran.put("uraian", x.uraian().strip());
                sasaran.put(
                        "sasaran_renstra_id",
                        x.sasaranRenstra() == null ? null : renstra.sasaranId().get(x.sasaranRenstra()));
                Map<String, Object> lama = sasaranAda.remove(x.kode());
                long id = s.selaraskan(
                        "pk_sasaran",
                        "pk_sasaran",
                        lama,
                        sasaran,
                        Map.of(),
                        x.kode(),
                        new Lingkup(ps, pdId, tahun, null));
                sasaranId.put(x.kode(), id);
                sasaranTulis.put(ps, lama == null ? new HashMap<>(Map.of("id", id)) : lama);
                int urutanIndikator = 0;
                for (int n = 0; n < daftar(x.indikator()).size(); n++) {
                    PkIndikatorData i = x.indikator().get(n);
                    String pi = ps + ".indikator[" + n + "]";
                    long indikatorId = indikator(s, pdId, periodeId, i, renstra, pi);
                    Map<String, Object> target = new LinkedHashMap<>();
                    target.put("pk_sasaran_id", id);
                    target.put("urutan", ++urutanIndikator);
                    target.put("indikator_id", indikatorId);
                    target.put("target", i.target());
                    s.selaraskan(
                            "pk_indikator",
                            "pk_indikator",
                            indikatorAda.remove(id + "/" + indikatorId),
                            target,
                            Map.of(),
                            x.kode() + " " + i.kode(),
                            new Lingkup(pi, pdId, tahun, indikatorId));
                }
            }
        }
        // The superior's sasaran may come later in the file, so the cascade is linked once all exist.
        List<String> pathSasaran = new ArrayList<>(sasaranTulis.keySet());
        int urut = 0;
        for (PerjanjianKinerjaData k : data) {
            for (PkSasaranData x : daftar(k.sasaran())) {
                String ps = pathSasaran.get(urut++);
                Map<String, Object> atasan = new HashMap<>();
                atasan.put("sasaran_atasan_id", x.sasaranAtasan() == null ? null : sasaranId.get(x.sasaranAtasan()));
                s.selaraskan(
                        "pk_sasaran",
                        "pk_sasaran",
                        sasaranTulis.get(ps),
                        atasan,
                        Map.of(),
                        x.kode(),
                        new Lingkup(ps + ".sasaranAtasan", pdId, tahun, null));
            }
        }
        hapus(s, path + ".perjanjianKinerja", pdId, tahun, pkAda, sasaranAda, indikatorAda);
    }

    /** A PK-only indicator is defined by the PK that uses it; a Renstra indicator is only referred to. */
    private static long indikator(
            Penyelaras s, long pdId, long periodeId, PkIndikatorData i, TulisRenstra.Hasil renstra, String pi) {
        Long ada = renstra.indikator().get(i.kode());
        if (ada != null && renstra.iku().contains(i.kode())) {
            return ada;
        }
        Map<String, Object> baru = new LinkedHashMap<>();
        baru.put("perangkat_daerah_id", pdId);
        baru.put("periode_id", periodeId);
        baru.put("sasaran_id", null);
        baru.put("kode", i.kode());
        baru.put("nama", i.nama().strip());
        baru.put("satuan", i.satuan().strip());
        baru.put("polaritas", i.polaritas());
        baru.put("varian_rendah", i.varianRendah());
        baru.put("kondisi_awal", null);
        baru.put("kondisi_akhir", null);
        baru.put("sumber_data", null);
        long id = s.selaraskan(
                "indikator",
                TulisRenstra.JENIS_INDIKATOR,
                renstra.indikatorAda().remove(i.kode()),
                baru,
                Map.of(),
                i.kode(),
                Lingkup.lintasTahun(pi));
        renstra.indikator().put(i.kode(), id);
        renstra.dalamBerkas().add(i.kode());
        return id;
    }

    private void hapus(
            Penyelaras s,
            String path,
            long pdId,
            int tahun,
            Map<String, Map<String, Object>> pkAda,
            Map<String, Map<String, Object>> sasaranAda,
            Map<String, Map<String, Object>> indikatorAda) {
        indikatorAda.forEach((kunci, i) -> s.hapus(
                "pk_indikator",
                "pk_indikator",
                i,
                kunci,
                new Lingkup(path, pdId, tahun, ((Number) i.get("indikator_id")).longValue())));
        // Removed sasaran may point at each other; unlink them before removing any.
        sasaranAda.values().forEach(x -> jdbc.sql(
                        "UPDATE pk_sasaran SET sasaran_atasan_id = NULL WHERE tenant_id = ? AND id = ?")
                .params(s.tenant, Penyelaras.id(x))
                .update());
        sasaranAda.forEach(
                (kode, x) -> s.hapus("pk_sasaran", "pk_sasaran", x, kode, new Lingkup(path, pdId, tahun, null)));
        pkAda.forEach((kunci, p) -> s.hapus(
                "perjanjian_kinerja",
                "perjanjian_kinerja",
                p,
                tahun + " " + kunci,
                new Lingkup(path, pdId, tahun, null)));
    }
}
