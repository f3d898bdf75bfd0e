package id.pkd.portal.plugin;

import id.pkd.plugin.api.BagianRkpd;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.capaian.RumusCapaian;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the RKPD parts of the current tenant's enabled plugins from their stored form rows: the tables over
 * every year from the first with a value to the last (a year in between without one prints "-", it is not
 * dropped), the narrative for the last year the urusan's tables reach.
 */
@Component
class BagianRkpdPlugin implements SumberBagianRkpd {

    /** Leading columns plus years stay within the twelve columns a table of the documents can have. */
    private static final int KOLOM_MAKSIMAL = 12;

    private final PluginPortal plugins;
    private final PluginDaerahRepository pilihan;
    private final DataUrusanService data;

    BagianRkpdPlugin(PluginPortal plugins, PluginDaerahRepository pilihan, DataUrusanService data) {
        this.plugins = plugins;
        this.pilihan = pilihan;
        this.data = data;
    }

    @Override
    @BolehBaca
    @Transactional(readOnly = true)
    public List<BagianRkpdUrusan> bagianRkpd(String kodeUrusan, int tahun) {
        Set<String> aktif = pilihan.aktif(TenantContext.wajib().value());
        List<BagianRkpdUrusan> hasil = new ArrayList<>();
        for (PluginTerpasang p : plugins.terpasang()) {
            if (!aktif.contains(p.id()) || !p.urusan().urusan().kode().equals(kodeUrusan)) {
                continue;
            }
            List<BagianRkpd> bagian = plugins.definisi(p.id()).orElseThrow().bagianRkpd();
            Map<BagianRkpd, BagianRkpdUrusan> tabel = new LinkedHashMap<>();
            for (BagianRkpd b : bagian) {
                if (b.jenis() != BagianRkpd.Jenis.NARASI_PER_JENIS) {
                    tabel.put(b, tabel(p, b, tahun));
                }
            }
            int tahunNarasi = tabel.values().stream()
                    .flatMap(t -> t.tahun().stream())
                    .max(Integer::compare)
                    .orElse(tahun);
            for (BagianRkpd b : bagian) {
                hasil.add(
                        b.jenis() == BagianRkpd.Jenis.NARASI_PER_JENIS
                                ? NarasiRkpd.susun(p, b, tahunNarasi, data.baris(p.id(), b.formulir(), tahunNarasi))
                                : tabel.get(b));
            }
        }
        return hasil;
    }

    private BagianRkpdUrusan tabel(PluginTerpasang p, BagianRkpd b, int tahun) {
        boolean spm = b.jenis() == BagianRkpd.Jenis.SPM;
        List<String> kolom = spm ? List.of("No", "Jenis Pelayanan Dasar", "Indikator") : List.of("No", "Indikator");
        int kunci = kolom.size();
        // Rows of every year keyed by their leading texts, in the order they first appear.
        Map<List<String>, Map<Integer, String>> perBaris = new LinkedHashMap<>();
        TreeSet<Integer> bernilai = new TreeSet<>();
        data.riwayatTersimpan(p.id(), b.formulir(), tahun).forEach((t, baris) -> {
            for (BarisUrusan r : baris) {
                List<String> teks = new ArrayList<>();
                for (int i = 0; i < kunci; i++) {
                    teks.add(r.nilai().getOrDefault(b.isian().get(i), ""));
                }
                String nilai = r.nilai().get(b.isian().get(kunci));
                String satuan = spm ? "%" : r.nilai().get(b.isian().get(3));
                Map<Integer, String> perTahun = perBaris.computeIfAbsent(teks, k -> new LinkedHashMap<>());
                if (nilai != null && !nilai.equals(PenyimpanNilai.TIDAK_DIKETAHUI)) {
                    perTahun.put(t, nilaiBersatuan(new BigDecimal(nilai), satuan));
                    bernilai.add(t);
                }
            }
        });
        List<Integer> tahunTabel = new ArrayList<>();
        if (!bernilai.isEmpty()) {
            int awal = Math.max(bernilai.first(), bernilai.last() - (KOLOM_MAKSIMAL - kunci) + 1);
            for (int t = awal; t <= bernilai.last(); t++) {
                tahunTabel.add(t);
            }
        }
        List<List<String>> baris = new ArrayList<>();
        perBaris.forEach((teks, perTahun) -> {
            List<String> sel = new ArrayList<>(teks);
            tahunTabel.forEach(t -> sel.add(perTahun.getOrDefault(t, "-")));
            baris.add(sel);
        });
        return new BagianRkpdUrusan(
                p.id(),
                p.urusan().urusan().kode(),
                spm ? BagianRkpdUrusan.Jenis.SPM : BagianRkpdUrusan.Jenis.RIWAYAT_INDIKATOR,
                b.judul(),
                kolom,
                tahunTabel,
                tahunTabel.isEmpty() ? List.of() : baris,
                List.of());
    }

    /** A value as it was entered (its decimals kept: "1,811", "33,00") followed by its unit: "28,28%", "42.211 orang". */
    static String nilaiBersatuan(BigDecimal nilai, String satuan) {
        String angka = AngkaIndonesia.format(nilai, Math.max(0, nilai.scale()));
        if (satuan == null || satuan.isBlank()) {
            return angka;
        }
        return "%".equals(satuan.strip()) ? angka + "%" : angka + " " + satuan.strip();
    }

    /** The second value as a percentage of the first, rounded half up to two decimals. */
    static Optional<String> persen(BigDecimal bagian, BigDecimal keseluruhan) {
        return RumusCapaian.rasio(bagian, keseluruhan, BigDecimal.valueOf(100)).map(v -> AngkaIndonesia.format(v, 2));
    }
}
