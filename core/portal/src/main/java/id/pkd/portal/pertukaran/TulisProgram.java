package id.pkd.portal.pertukaran;

import static id.pkd.portal.pertukaran.Temuan.daftar;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.ProgramKegiatan.Tingkat;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.pertukaran.FormatRencana.*;
import id.pkd.portal.pertukaran.Penyelaras.Lingkup;
import id.pkd.portal.umum.Teks;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Writes an agency-year's program → kegiatan → sub kegiatan tree by (agency, tahun, kode), their
 * indicators by (row, position), and the realisasi by (indicator, tahun, triwulan). Every one of
 * them is a figure of one year and passes the guard.
 */
@Component
class TulisProgram {

    private static final BigDecimal SKALA_PERSEN = BigDecimal.valueOf(100);
    private static final Set<String> ISIAN_REALISASI =
            Set.of("nilai", "pembilang", "penyebut", "skala", "upaya", "hambatan", "rencana_tindak_lanjut");

    /** Walks the tree in file order; returns the number of sub kegiatan. */
    int tulis(Penyelaras s, String path, long pdId, int tahun, List<ProgramData> data) {
        Map<String, Map<String, Object>> barisAda = s.baca(
                "SELECT * FROM program_kegiatan WHERE tenant_id = ? AND perangkat_daerah_id = ? AND tahun = ?",
                b -> (String) b.get("kode"),
                pdId,
                tahun);
        Map<String, Map<String, Object>> indikatorAda = s.baca(
                """
                SELECT i.* FROM indikator_program i
                JOIN program_kegiatan p ON p.tenant_id = i.tenant_id AND p.id = i.program_kegiatan_id
                WHERE i.tenant_id = ? AND p.perangkat_daerah_id = ? AND p.tahun = ?""",
                b -> b.get("program_kegiatan_id") + "/" + Penyelaras.teks("", "", b.get("urutan")),
                pdId,
                tahun);
        Penulis w = new Penulis(s, pdId, tahun, barisAda, indikatorAda);
        int sub = 0;
        for (int j = 0; j < data.size(); j++) {
            ProgramData p = data.get(j);
            String pp = path + ".program[" + j + "]";
            long prog = w.baris(pp, Tingkat.PROGRAM, null, p.kode(), p.nama(), null, null, null);
            w.indikator(pp, prog, p.indikator());
            for (int k = 0; k < daftar(p.kegiatan()).size(); k++) {
                KegiatanData g = p.kegiatan().get(k);
                String pk = pp + ".kegiatan[" + k + "]";
                long keg = w.baris(pk, Tingkat.KEGIATAN, prog, g.kode(), g.nama(), null, null, null);
                w.indikator(pk, keg, g.indikator());
                for (int m = 0; m < daftar(g.subKegiatan()).size(); m++) {
                    SubKegiatanData x = g.subKegiatan().get(m);
                    String ps = pk + ".subKegiatan[" + m + "]";
                    long id = w.baris(
                            ps,
                            Tingkat.SUB_KEGIATAN,
                            keg,
                            x.kode(),
                            x.nama(),
                            x.sumberDana(),
                            x.anggaran(),
                            x.realisasi());
                    w.indikator(ps, id, x.indikator());
                    sub++;
                }
            }
        }
        Lingkup hapus = new Lingkup(path + ".program", pdId, tahun, null);
        indikatorAda.forEach((kunci, i) -> s.hapus("indikator_program", "indikator_program", i, kunci, hapus));
        // Children before their parents, so no removed row is still someone's parent.
        List<Map.Entry<String, Map<String, Object>>> sisa = new ArrayList<>(barisAda.entrySet());
        sisa.sort(Comparator.comparing(
                e -> -Tingkat.valueOf((String) e.getValue().get("tingkat")).ordinal()));
        sisa.forEach(e -> s.hapus(
                "program_kegiatan",
                jenis((String) e.getValue().get("tingkat")),
                e.getValue(),
                tahun + " " + e.getKey(),
                hapus));
        return sub;
    }

    /** A sub kegiatan's realisasi anggaran is recorded under the same name the budget screen uses. */
    private static String jenis(Object tingkat) {
        return Tingkat.SUB_KEGIATAN.name().equals(tingkat.toString()) ? "sub_kegiatan" : "program_kegiatan";
    }

    private record Penulis(
            Penyelaras s,
            long pdId,
            int tahun,
            Map<String, Map<String, Object>> barisAda,
            Map<String, Map<String, Object>> indikatorAda,
            int[] urutan) {

        Penulis(
                Penyelaras s,
                long pdId,
                int tahun,
                Map<String, Map<String, Object>> barisAda,
                Map<String, Map<String, Object>> indikatorAda) {
            this(s, pdId, tahun, barisAda, indikatorAda, new int[] {0});
        }

        long baris(
                String path,
                Tingkat tingkat,
                Long induk,
                String kode,
                String nama,
                String sumberDana,
                BigDecimal anggaran,
                BigDecimal realisasi) {
            Map<String, Object> baru = new LinkedHashMap<>();
            baru.put("perangkat_daerah_id", pdId);
            baru.put("tahun", tahun);
            baru.put("tingkat", tingkat.name());
            baru.put("induk_id", induk);
            baru.put("urutan", ++urutan[0]);
            baru.put("kode", kode);
            baru.put("nama", nama.strip());
            baru.put("sumber_dana", sumberDana);
            baru.put("anggaran", anggaran);
            baru.put("realisasi", realisasi);
            return s.selaraskan(
                    "program_kegiatan",
                    jenis(tingkat),
                    barisAda.remove(kode),
                    baru,
                    Map.of(),
                    tahun + " " + kode,
                    new Lingkup(path, pdId, tahun, null));
        }

        void indikator(String path, long barisId, List<IndikatorProgramData> data) {
            for (int j = 0; j < daftar(data).size(); j++) {
                IndikatorProgramData i = data.get(j);
                Map<String, Object> baru = new LinkedHashMap<>();
                baru.put("program_kegiatan_id", barisId);
                baru.put("urutan", j + 1);
                baru.put("nama", i.nama().strip());
                baru.put("satuan", i.satuan().strip());
                baru.put("target", i.target());
                baru.put("realisasi", i.realisasi());
                s.selaraskan(
                        "indikator_program",
                        "indikator_program",
                        indikatorAda.remove(barisId + "/" + (j + 1)),
                        baru,
                        Map.of(),
                        i.nama().strip(),
                        new Lingkup(path + ".indikator[" + j + "]", pdId, tahun, null));
            }
        }
    }

    /**
     * Realisasi by (indicator, tahun, triwulan), as RealisasiService stores them. Realisasi the file
     * does not list stay: they are entered on screens and through the API between imports.
     */
    int tulisRealisasi(
            Penyelaras s,
            String path,
            long pdId,
            int tahun,
            List<RealisasiData> data,
            Map<String, Long> indikator,
            Instant kini) {
        Map<String, Map<String, Object>> ada = s.baca(
                """
                SELECT r.* FROM realisasi_indikator r
                JOIN indikator i ON i.tenant_id = r.tenant_id AND i.id = r.indikator_id
                WHERE r.tenant_id = ? AND i.perangkat_daerah_id = ?""",
                b -> Penyelaras.teks("", "", b.get("indikator_id")) + "/" + Penyelaras.teks("", "", b.get("tahun"))
                        + "/" + Penyelaras.teks("", "", b.get("triwulan")),
                pdId);
        Map<String, Object> cap = new LinkedHashMap<>();
        cap.put("diubah_oleh", JejakAuditService.pelaku());
        cap.put("diubah_pada", Timestamp.from(kini));
        for (int j = 0; j < data.size(); j++) {
            RealisasiData r = data.get(j);
            long indikatorId = indikator.get(r.indikator());
            int th = r.tahun() == null ? tahun : r.tahun();
            int tw = r.triwulan() == null ? RealisasiIndikator.TAHUNAN : r.triwulan();
            boolean rasio = r.nilai() == null;
            Map<String, Object> baru = new LinkedHashMap<>();
            baru.put("indikator_id", indikatorId);
            baru.put("tahun", th);
            baru.put("triwulan", tw);
            baru.put("nilai", r.nilai());
            baru.put("pembilang", r.pembilang());
            baru.put("penyebut", r.penyebut());
            baru.put("skala", rasio ? (r.skala() == null ? SKALA_PERSEN : r.skala()) : null);
            baru.put("upaya", Teks.kosongJadiNull(r.upaya()));
            baru.put("hambatan", Teks.kosongJadiNull(r.hambatan()));
            baru.put("rencana_tindak_lanjut", Teks.kosongJadiNull(r.rencanaTindakLanjut()));
            s.selaraskan(
                    "realisasi_indikator",
                    "realisasi",
                    ada.get(indikatorId + "/" + th + "/" + tw),
                    baru,
                    cap,
                    r.indikator() + " " + th + "/" + tw,
                    new Lingkup(path + ".realisasi[" + j + "]", pdId, th, indikatorId),
                    ISIAN_REALISASI);
        }
        return data.size();
    }
}
