package id.pkd.reports.document;

/**
 * The empty space left for a signature, in PDF points with the origin at the bottom left of the
 * page, as a visible PAdES signature needs it.
 *
 * @param kunci the {@link Blok.Pihak#kunci()} of the signer
 * @param halaman 1-based page
 */
public record PosisiTandaTangan(String kunci, int halaman, float x, float y, float lebar, float tinggi) {}
