package id.pkd.portal.plugin;

import id.pkd.plugin.api.BagianRkpd;
import id.pkd.portal.capaian.AngkaIndonesia;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The narrative per type of an RKPD part: a sentence with the totals, then one lettered item per type. */
final class NarasiRkpd {

    private NarasiRkpd() {}

    static BagianRkpdUrusan susun(PluginTerpasang p, BagianRkpd b, int tahun, List<BarisUrusan> baris) {
        String kodeJumlah = b.isian().get(0);
        String kodeTertangani = b.isian().get(1);
        List<String> butir = new ArrayList<>();
        BigDecimal jumlah = BigDecimal.ZERO;
        BigDecimal tertangani = BigDecimal.ZERO;
        for (BarisUrusan r : baris) {
            BigDecimal j = angka(r.nilai().get(kodeJumlah));
            if (j == null) {
                continue;
            }
            BigDecimal t = angka(r.nilai().get(kodeTertangani));
            jumlah = jumlah.add(j);
            tertangani = tertangani.add(t == null ? BigDecimal.ZERO : t);
            String kalimat = b.pola()
                    .replace("{nama}", r.namaRincian() == null ? "" : r.namaRincian())
                    .replace("{persen}", BagianRkpdPlugin.persen(t, j).orElse("-"));
            kalimat = kalimat.replace("{" + kodeJumlah + "}", AngkaIndonesia.formatRingkas(j))
                    .replace("{" + kodeTertangani + "}", t == null ? "-" : AngkaIndonesia.formatRingkas(t));
            butir.add((char) ('a' + butir.size() % 26) + ") " + kalimat);
        }
        List<String> paragraf = new ArrayList<>();
        if (!butir.isEmpty()) {
            paragraf.add("Pada tahun " + tahun + " tercatat " + butir.size() + " jenis berjumlah "
                    + AngkaIndonesia.formatRingkas(jumlah) + ", dengan " + AngkaIndonesia.formatRingkas(tertangani)
                    + " (" + BagianRkpdPlugin.persen(tertangani, jumlah).orElse("-") + "%) yang tertangani,"
                    + " sebagai berikut:");
            paragraf.addAll(butir);
        }
        return new BagianRkpdUrusan(
                p.id(),
                p.urusan().urusan().kode(),
                BagianRkpdUrusan.Jenis.NARASI_PER_JENIS,
                b.judul(),
                List.of(),
                List.of(tahun),
                List.of(),
                paragraf);
    }

    private static BigDecimal angka(String v) {
        return v == null || v.equals(PenyimpanNilai.TIDAK_DIKETAHUI) || v.isBlank() ? null : new BigDecimal(v);
    }
}
