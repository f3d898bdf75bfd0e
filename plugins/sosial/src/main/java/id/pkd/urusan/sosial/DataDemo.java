package id.pkd.urusan.sosial;

import id.pkd.plugin.api.DataContoh;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Balangan's published figures (see demo/README.md) as rows of this plugin's forms. */
final class DataDemo {

    static final String BALANGAN = "63.11";

    private DataDemo() {}

    static List<DataContoh> balangan() {
        List<DataContoh> hasil = new ArrayList<>();
        Map<Integer, List<Map<String, String>>> ppks = new TreeMap<>();
        for (Map<String, String> r : TabelCsv.baca("demo/ppks-balangan.csv")) {
            Map<String, String> baris = new LinkedHashMap<>();
            baris.put("rincian", r.get("kode_jenis_ppks"));
            baris.put("ditangani", "ya");
            baris.put("populasi", r.get("populasi"));
            baris.put("tertangani", r.get("tertangani"));
            ppks.computeIfAbsent(Integer.valueOf(r.get("tahun")), t -> new ArrayList<>())
                    .add(baris);
        }
        ppks.forEach((tahun, baris) -> hasil.add(new DataContoh(BALANGAN, "ppks", tahun, baris)));

        Map<Integer, List<Map<String, String>>> psks = new TreeMap<>();
        for (Map<String, String> r : TabelCsv.baca("demo/psks-balangan.csv")) {
            psks.computeIfAbsent(Integer.valueOf(r.get("tahun")), t -> new ArrayList<>())
                    .add(Map.of("rincian", r.get("kode_jenis_psks"), "jumlah", r.get("jumlah")));
        }
        psks.forEach((tahun, baris) -> hasil.add(new DataContoh(BALANGAN, "psks", tahun, baris)));

        Map<Integer, List<Map<String, String>>> bansos = new TreeMap<>();
        for (Map<String, String> r : TabelCsv.baca("demo/penerima-bansos-balangan.csv")) {
            Map<String, String> baris = new LinkedHashMap<>();
            baris.put("program", r.get("kode_program_bansos"));
            baris.put("sumber_dana", r.get("kode_sumber_dana"));
            baris.put("penerima", r.get("penerima"));
            bansos.computeIfAbsent(Integer.valueOf(r.get("tahun")), t -> new ArrayList<>())
                    .add(baris);
        }
        bansos.forEach((tahun, baris) -> hasil.add(new DataContoh(BALANGAN, "bansos", tahun, baris)));
        return hasil;
    }
}
