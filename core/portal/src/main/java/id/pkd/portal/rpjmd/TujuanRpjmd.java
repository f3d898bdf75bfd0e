package id.pkd.portal.rpjmd;

import java.util.List;

/** A tujuan of the region's RPJMD period, under its misi (by number), with its sasaran in their order. */
public record TujuanRpjmd(
        long id, long periodeId, int misiKe, int urutan, String kode, String uraian, List<SasaranRpjmd> sasaran) {

    public TujuanRpjmd {
        sasaran = List.copyOf(sasaran);
    }

    public String label() {
        return kode + " " + uraian;
    }
}
