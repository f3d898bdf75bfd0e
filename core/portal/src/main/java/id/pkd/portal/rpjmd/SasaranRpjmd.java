package id.pkd.portal.rpjmd;

/** A sasaran of the region's RPJMD period, under one of its tujuan; what the IKU and the agencies' sasaran serve. */
public record SasaranRpjmd(long id, long periodeId, long tujuanId, int urutan, String kode, String uraian) {

    /** How a picker and a document name it, e.g. {@code S1.1 Meningkatnya …}: searchable by code or name. */
    public String label() {
        return kode + " " + uraian;
    }
}
