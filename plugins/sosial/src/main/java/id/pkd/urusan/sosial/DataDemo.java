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
        hasil.addAll(capaianIndikator());
        hasil.addAll(capaianSpm());
        return hasil;
    }

    /**
     * Tabel 2.44 of the RKPD 2022 as printed, 2017–2020: the indicators, then the Rastra/BPNT and PKH
     * households of the bansos figures and their sum. The 2021 and 2022 values of the CSV come from the
     * LKIP and are the planning realisasi of those years; the RKPD table does not carry them.
     */
    private static List<DataContoh> capaianIndikator() {
        Map<Integer, List<Map<String, String>>> perTahun = new TreeMap<>();
        for (Map<String, String> r : TabelCsv.baca("demo/capaian-indikator-sosial-balangan.csv")) {
            if (!r.get("sumber").startsWith("RKPD 2022 Tabel 2.44")) {
                continue;
            }
            String kode = r.get("kode");
            perTahun.computeIfAbsent(Integer.valueOf(r.get("tahun")), t -> new ArrayList<>())
                    .add(barisIndikator(
                            Character.isDigit(kode.charAt(0)) ? kode : "",
                            r.get("indikator"),
                            r.get("nilai"),
                            r.get("satuan")));
        }
        Map<Integer, Map<String, Long>> rumahTangga = new TreeMap<>();
        for (Map<String, String> r : TabelCsv.baca("demo/penerima-bansos-balangan.csv")) {
            int tahun = Integer.parseInt(r.get("tahun"));
            String program = r.get("kode_program_bansos");
            if (perTahun.containsKey(tahun) && (program.equals("bpnt-sembako") || program.equals("pkh"))) {
                rumahTangga
                        .computeIfAbsent(tahun, t -> new LinkedHashMap<>())
                        .put(program, Long.valueOf(r.get("penerima")));
            }
        }
        rumahTangga.forEach((tahun, program) -> {
            List<Map<String, String>> baris = perTahun.get(tahun);
            baris.add(barisIndikator("", "Penerima Rastra/BPNT", program.get("bpnt-sembako") + "", "rumah tangga"));
            baris.add(barisIndikator("", "Penerima PKH", program.get("pkh") + "", "rumah tangga"));
            baris.add(barisIndikator(
                    "",
                    "Jumlah penerima Rastra/BPNT dan PKH",
                    (program.get("bpnt-sembako") + program.get("pkh")) + "",
                    "rumah tangga"));
        });
        List<DataContoh> hasil = new ArrayList<>();
        perTahun.forEach((tahun, baris) -> hasil.add(new DataContoh(BALANGAN, "capaian-indikator", tahun, baris)));
        return hasil;
    }

    private static Map<String, String> barisIndikator(String nomor, String indikator, String nilai, String satuan) {
        Map<String, String> baris = new LinkedHashMap<>();
        baris.put("nomor", nomor);
        baris.put("indikator", indikator);
        baris.put("nilai", ketikan(nilai));
        baris.put("satuan", satuan);
        return baris;
    }

    /** Tabel 2.45 of the RKPD 2022, 2017–2020; an empty value is the source's "-". */
    private static List<DataContoh> capaianSpm() {
        Map<Integer, List<Map<String, String>>> perTahun = new TreeMap<>();
        for (Map<String, String> r : TabelCsv.baca("demo/spm-sosial-balangan.csv")) {
            Map<String, String> baris = new LinkedHashMap<>();
            baris.put("nomor", r.get("nomor"));
            baris.put("layanan", r.get("jenis_pelayanan_dasar"));
            baris.put("indikator", r.get("indikator"));
            baris.put("nilai", ketikan(r.get("nilai_persen")));
            perTahun.computeIfAbsent(Integer.valueOf(r.get("tahun")), t -> new ArrayList<>())
                    .add(baris);
        }
        List<DataContoh> hasil = new ArrayList<>();
        perTahun.forEach((tahun, baris) -> hasil.add(new DataContoh(BALANGAN, "capaian-spm", tahun, baris)));
        return hasil;
    }

    /** A CSV decimal (point) as typed in a form (comma): the forms read "1.811" as one thousand eight hundred. */
    private static String ketikan(String nilai) {
        return nilai == null ? "" : nilai.replace('.', ',');
    }
}
