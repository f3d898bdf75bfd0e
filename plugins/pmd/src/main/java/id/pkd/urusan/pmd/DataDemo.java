package id.pkd.urusan.pmd;

import id.pkd.plugin.api.DataContoh;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Balangan's published figures (see demo/README.md) as rows of this plugin's forms. */
final class DataDemo {

    static final String BALANGAN = "63.11";
    private static final List<String> STATUS =
            List.of("MANDIRI", "MAJU", "BERKEMBANG", "TERTINGGAL", "SANGAT_TERTINGGAL");

    private DataDemo() {}

    static List<DataContoh> balangan() {
        List<DataContoh> hasil = new ArrayList<>();
        hasil.add(new DataContoh(
                BALANGAN,
                "desa",
                null,
                TabelCsv.baca("demo/desa-balangan.csv").stream()
                        .map(r -> Map.of("kode", r.get("kode"), "nama", r.get("nama"), "kecamatan", r.get("kecamatan")))
                        .toList()));
        Map<Integer, List<Map<String, String>>> idm = new TreeMap<>();
        for (Map<String, String> r : TabelCsv.baca("demo/status-idm-desa-balangan.csv")) {
            idm.computeIfAbsent(Integer.valueOf(r.get("tahun")), t -> new ArrayList<>())
                    .add(Map.of("kode_desa", r.get("kode_desa"), "status", r.get("status_idm")));
        }
        idm.forEach((tahun, baris) -> hasil.add(new DataContoh(BALANGAN, "idm", tahun, baris)));
        for (Map<String, String> r : TabelCsv.baca("demo/jumlah-desa-per-status-idm-balangan.csv")) {
            List<Map<String, String>> baris = STATUS.stream()
                    .map(s -> Map.of("rincian", s, "jumlah_desa", r.get(s.toLowerCase())))
                    .toList();
            hasil.add(new DataContoh(BALANGAN, "rekap-status", Integer.valueOf(r.get("tahun")), baris));
        }
        Map<Integer, List<Map<String, String>>> bpjs = new TreeMap<>();
        for (Map<String, String> r : TabelCsv.baca("demo/iuran-bpjs-aparatur-balangan.csv")) {
            Map<String, String> baris = new java.util.LinkedHashMap<>(r);
            // the year picks the form's year; the printed total is the check the portal's computed total must meet
            baris.remove("tahun");
            baris.remove("total_tercetak");
            bpjs.computeIfAbsent(Integer.valueOf(r.get("tahun")), t -> new ArrayList<>())
                    .add(baris);
        }
        bpjs.forEach((tahun, baris) -> hasil.add(new DataContoh(BALANGAN, "iuran-bpjs-aparatur", tahun, baris)));
        return hasil;
    }
}
