package id.pkd.portal.renstra;

import com.vaadin.flow.data.provider.hierarchy.TreeData;
import java.util.Set;

/** The tree grid's items of a Renstra: one {@link Simpul} per row under its parent, and the row to select again. */
final class DataPohonRenstra {

    final TreeData<Simpul> data = new TreeData<>();
    private final PohonRenstra pohon;
    private Simpul terpilih;

    /** Builds the items of {@code pohon}; the node of {@code pilih} (a row just saved or moved), if any, is kept. */
    DataPohonRenstra(PohonRenstra pohon, BarisRenstra pilih) {
        this.pohon = pohon;
        for (BarisRenstra t : pohon.dari(JenisBaris.TUJUAN)) {
            tambah(null, t, pilih);
        }
    }

    /** The node of the row to select again, or null. */
    Simpul terpilih() {
        return terpilih;
    }

    private void tambah(Simpul induk, BarisRenstra b, BarisRenstra pilih) {
        Simpul s = new Simpul(b);
        data.addItem(induk, s);
        if (pilih != null && s.sama(pilih.jenis(), pilih.id())) {
            terpilih = s;
        }
        if (b.jenis().anak() != null) {
            for (BarisRenstra a : pohon.anak(b)) {
                tambah(s, a, pilih);
            }
        }
    }

    /** The line above the tree naming the locked years, empty when none is. */
    static String teksTerkunci(Set<Integer> tahun) {
        return tahun.isEmpty()
                ? ""
                : "Tahun terkunci (target hanya dapat dibaca): "
                        + String.join(
                                ", ",
                                tahun.stream().sorted().map(String::valueOf).toList())
                        + ".";
    }
}
