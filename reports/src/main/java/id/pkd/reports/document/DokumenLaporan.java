package id.pkd.reports.document;

import java.util.List;
import java.util.Objects;

/**
 * A formal document to render.
 *
 * @param judul PDF metadata title
 * @param penulis PDF metadata author (the region)
 * @param kakiHalaman printed at the foot of every page but the cover
 * @param draf prints DRAFT across every page
 */
public record DokumenLaporan(String judul, String penulis, String kakiHalaman, boolean draf, List<Blok> blok) {
    public DokumenLaporan {
        Objects.requireNonNull(judul, "judul");
        Objects.requireNonNull(penulis, "penulis");
        Objects.requireNonNull(kakiHalaman, "kakiHalaman");
        blok = List.copyOf(blok);
    }
}
