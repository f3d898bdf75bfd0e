package id.pkd.portal.plugin;

import java.util.List;
import java.util.Objects;

/**
 * A part of the RKPD evaluation chapter an urusan plugin declares ({@code UrusanPlugin.bagianRkpd()}),
 * filled with the current tenant's data and formatted the Indonesian way: a multi-year table (every
 * year of {@link #tahun()}, none skipped) or running text. The documents feature numbers, sources and
 * places it.
 *
 * @param kolom the headers of the leading text columns ("No.", "Indikator" …); one column per year follows
 * @param tahun the years of the table, consecutive and oldest first; for a narrative, the one year it describes
 * @param baris the table rows: the leading texts, then one value per year ({@code -} where none)
 * @param paragraf the narrative's paragraphs, empty for a table
 */
public record BagianRkpdUrusan(
        String pluginId,
        String kodeUrusan,
        Jenis jenis,
        String judul,
        List<String> kolom,
        List<Integer> tahun,
        List<List<String>> baris,
        List<String> paragraf) {

    public BagianRkpdUrusan {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(kodeUrusan, "kodeUrusan");
        Objects.requireNonNull(jenis, "jenis");
        Objects.requireNonNull(judul, "judul");
        kolom = List.copyOf(kolom);
        tahun = List.copyOf(tahun);
        baris = baris.stream().map(List::copyOf).toList();
        paragraf = List.copyOf(paragraf);
    }

    public enum Jenis {
        RIWAYAT_INDIKATOR,
        SPM,
        NARASI_PER_JENIS
    }

    /** Whether there is nothing to print: no stored row for the part. */
    public boolean kosong() {
        return baris.isEmpty() && paragraf.isEmpty();
    }

    /** "2017 – 2020", or the one year. */
    public String rentang() {
        if (tahun.isEmpty()) {
            return "";
        }
        int awal = tahun.get(0);
        int akhir = tahun.get(tahun.size() - 1);
        return awal == akhir ? String.valueOf(awal) : awal + " – " + akhir;
    }
}
