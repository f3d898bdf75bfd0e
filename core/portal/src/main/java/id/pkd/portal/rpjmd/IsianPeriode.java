package id.pkd.portal.rpjmd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An RPJMD period as typed on the RPJMD screen: no id for a new one; the misi in their order. {@code asalMisi} gives,
 * for each misi, the number it had when the editor loaded the period (null for one added since), so the tujuan RPJMD
 * follow their misi through moves and removals; null altogether means each misi keeps its number (the import, the
 * demo, a caller that only edits texts).
 */
public record IsianPeriode(
        Long id, Integer tahunAwal, Integer tahunAkhir, String visi, List<String> misi, List<Integer> asalMisi) {

    public IsianPeriode {
        if (asalMisi != null && (misi == null || misi.size() != asalMisi.size())) {
            throw new IllegalArgumentException("asalMisi needs one entry per misi");
        }
        // List.copyOf refuses nulls, and a new misi has none
        asalMisi = asalMisi == null ? null : Collections.unmodifiableList(new ArrayList<>(asalMisi));
    }

    /** Each misi keeps the number of its place. */
    public IsianPeriode(Long id, Integer tahunAwal, Integer tahunAkhir, String visi, List<String> misi) {
        this(id, tahunAwal, tahunAkhir, visi, misi, null);
    }
}
