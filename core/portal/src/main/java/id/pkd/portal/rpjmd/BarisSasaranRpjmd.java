package id.pkd.portal.rpjmd;

import java.util.ArrayList;
import java.util.List;

/** One line of the tujuan/sasaran RPJMD list: a tujuan ({@code sasaran} null) or one of its sasaran. */
record BarisSasaranRpjmd(TujuanRpjmd tujuan, SasaranRpjmd sasaran) {

    /** The tree as the list shows it: each tujuan followed by its sasaran, in their order. */
    static List<BarisSasaranRpjmd> dari(List<TujuanRpjmd> pohon) {
        List<BarisSasaranRpjmd> baris = new ArrayList<>();
        for (TujuanRpjmd t : pohon) {
            baris.add(new BarisSasaranRpjmd(t, null));
            t.sasaran().forEach(s -> baris.add(new BarisSasaranRpjmd(t, s)));
        }
        return baris;
    }

    boolean adalahTujuan() {
        return sasaran == null;
    }

    long id() {
        return adalahTujuan() ? tujuan.id() : sasaran.id();
    }

    String kode() {
        return adalahTujuan() ? tujuan.kode() : sasaran.kode();
    }

    String uraian() {
        return adalahTujuan() ? tujuan.uraian() : sasaran.uraian();
    }
}
