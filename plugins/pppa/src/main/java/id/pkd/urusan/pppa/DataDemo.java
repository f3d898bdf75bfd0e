package id.pkd.urusan.pppa;

import id.pkd.plugin.api.DataContoh;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Balangan's published figures (see demo/README.md) as rows of this plugin's forms. */
final class DataDemo {

    static final String BALANGAN = "63.11";

    private static final Map<String, String> ISIAN_INDEKS =
            Map.of("ipg", "ipg", "idg", "idg", "arg-belanja-langsung", "arg", "perkawinan-anak", "perkawinan_anak");

    private DataDemo() {}

    static List<DataContoh> balangan() {
        List<DataContoh> hasil = new ArrayList<>();
        Map<Integer, List<Map<String, String>>> kasus = new TreeMap<>();
        for (Map<String, String> r : TabelCsv.baca("demo/korban-kekerasan-balangan.csv")) {
            kasus.computeIfAbsent(Integer.valueOf(r.get("tahun")), t -> new ArrayList<>())
                    .add(Map.of("kelompok_korban", r.get("kelompok_korban"), "korban", r.get("jumlah_korban")));
        }
        kasus.forEach((tahun, baris) -> hasil.add(new DataContoh(BALANGAN, "kasus-kekerasan", tahun, baris)));

        Map<Integer, Map<String, String>> penduduk = new TreeMap<>();
        for (Map<String, String> r : TabelCsv.baca("demo/penduduk-turunan-balangan.csv")) {
            penduduk.computeIfAbsent(Integer.valueOf(r.get("tahun")), t -> new LinkedHashMap<>())
                    .put(r.get("kelompok"), r.get("jumlah"));
        }
        penduduk.forEach((tahun, baris) -> hasil.add(new DataContoh(BALANGAN, "penduduk", tahun, List.of(baris))));

        Map<Integer, Map<String, String>> indeks = new TreeMap<>();
        for (Map<String, String> r : TabelCsv.baca("demo/indikator-pppa-balangan.csv")) {
            String isian = ISIAN_INDEKS.get(r.get("kode"));
            if (isian != null) {
                indeks.computeIfAbsent(Integer.valueOf(r.get("tahun")), t -> new LinkedHashMap<>())
                        .put(isian, r.get("realisasi").replace('.', ','));
            }
        }
        indeks.forEach((tahun, baris) -> hasil.add(new DataContoh(BALANGAN, "indeks-gender", tahun, List.of(baris))));
        return hasil;
    }
}
