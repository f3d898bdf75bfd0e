package id.pkd.portal.anggaran;

/** One row of a nomenclature version: a code and its official name. */
public record Nomenklatur(String kode, TingkatNomenklatur tingkat, String indukKode, String nomenklatur) {

    /** "1.06.02 PROGRAM PEMBERDAYAAN SOSIAL", as a picker shows it. */
    public String label() {
        return kode + " " + nomenklatur;
    }
}
