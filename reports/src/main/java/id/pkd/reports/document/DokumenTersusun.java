package id.pkd.reports.document;

import java.util.List;
import java.util.Map;

/**
 * A rendered document.
 *
 * @param halamanJudul page (1-based) of every heading with a jangkar
 * @param tandaTangan where each signer's block landed, in document order
 */
public record DokumenTersusun(
        byte[] isi, int jumlahHalaman, Map<String, Integer> halamanJudul, List<PosisiTandaTangan> tandaTangan) {
    public DokumenTersusun {
        halamanJudul = Map.copyOf(halamanJudul);
        tandaTangan = List.copyOf(tandaTangan);
    }
}
