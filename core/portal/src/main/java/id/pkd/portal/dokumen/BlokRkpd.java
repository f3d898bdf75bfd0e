package id.pkd.portal.dokumen;

import id.pkd.portal.plugin.BagianRkpdUrusan;
import id.pkd.reports.document.Blok;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocks of the RKPD chapter that follow the real one's shape: tables numbered per chapter ("Tabel 2.1 …"),
 * each followed by its source line, and the plugins' parts (history and SPM tables, narrative per type).
 */
final class BlokRkpd {

    /** The RKPD's evaluation chapter is BAB II: its tables are Tabel 2.n. */
    static final int BAB = 2;

    private final String sumber;
    private int nomor;
    private int nomorGrafik;

    /** @param sumber the agency and region the figures come from, printed under every table */
    BlokRkpd(String sumber) {
        this.sumber = sumber;
    }

    /** The caption of the chapter's next table. */
    String judulTabel(String judul) {
        return "Tabel " + BAB + "." + (++nomor) + " " + judul;
    }

    /** The caption of the chapter's next chart: numbered like the tables ("Grafik 2.1 …"), the word once. */
    String judulGrafik(String judul) {
        return "Grafik " + BAB + "." + (++nomorGrafik) + " " + judul.replaceFirst("^Grafik\\s+", "");
    }

    /** A numbered table and its source line. */
    List<Blok> tabel(String judul, List<Blok.Kolom> kolom, List<Blok.Baris> baris) {
        return List.of(new Blok.Tabel(judulTabel(judul), kolom, baris), baris("Sumber: " + sumber + "."));
    }

    /** The source line for a part placed by other means (a plugin subreport). */
    Blok sumber() {
        return baris("Sumber: " + sumber + ".");
    }

    private static Blok baris(String teks) {
        return new Blok.Paragraf(teks, Blok.Perataan.KIRI, false);
    }

    /**
     * A plugin part: its table titled with the region and the span of years ("Capaian Indikator Sosial Kabupaten
     * Balangan Tahun 2017 – 2020"), or its heading and paragraphs. Nothing for a part without data: it is in the
     * list of what is missing instead.
     */
    List<Blok> bagian(BagianRkpdUrusan b, String namaDaerah) {
        if (b.kosong()) {
            return List.of();
        }
        if (b.jenis() == BagianRkpdUrusan.Jenis.NARASI_PER_JENIS) {
            List<Blok> hasil = new ArrayList<>();
            hasil.add(new Blok.Judul(2, b.judul(), null));
            b.paragraf().forEach(p -> hasil.add(Blok.Paragraf.biasa(p)));
            return hasil;
        }
        List<Blok.Kolom> kolom = new ArrayList<>();
        for (String k : b.kolom()) {
            kolom.add(
                    k.equals("No")
                            ? Blok.Kolom.teks(k, 1)
                            : Blok.Kolom.teks(k, b.kolom().size() > 2 ? 4 : 7));
        }
        b.tahun().forEach(t -> kolom.add(Blok.Kolom.angka(String.valueOf(t), 2)));
        List<Blok.Baris> baris = b.baris().stream()
                .map(s -> new Blok.Baris(s, Blok.GayaBaris.BIASA))
                .toList();
        return tabel(b.judul() + " " + namaDaerah + " Tahun " + b.rentang(), kolom, baris);
    }
}
