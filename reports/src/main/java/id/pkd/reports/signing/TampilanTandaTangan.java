package id.pkd.reports.signing;

import java.util.Objects;

/**
 * A visible signature: an image drawn in a rectangle of one page.
 *
 * @param halaman 1-based page number
 * @param x left edge in PDF points, from the left of the page
 * @param y bottom edge in PDF points, from the bottom of the page (PDF's own origin)
 * @param png the appearance image, see {@link GambarTandaTangan}
 */
public record TampilanTandaTangan(int halaman, float x, float y, float lebar, float tinggi, byte[] png) {
    public TampilanTandaTangan {
        Objects.requireNonNull(png, "gambar tanda tangan wajib diisi");
        if (halaman < 1 || lebar <= 0 || tinggi <= 0) {
            throw new IllegalArgumentException("letak tanda tangan tidak sah");
        }
    }
}
