package id.pkd.portal.dokumen;

/**
 * Captions numbered within a chapter ("Tabel 3.4", "Grafik 3.2") in the order they are printed, so a table added or
 * left out never leaves a gap or a number twice.
 */
final class NomorKeterangan {

    private final String jenis;
    private final int bab;
    private int terakhir;

    NomorKeterangan(String jenis, int bab) {
        this.jenis = jenis;
        this.bab = bab;
    }

    /** "Tabel 3.4 Capaian …" */
    String berikutnya(String judul) {
        return jenis + " " + bab + "." + ++terakhir + " " + judul;
    }
}
