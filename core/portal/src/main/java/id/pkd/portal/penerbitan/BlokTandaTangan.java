package id.pkd.portal.penerbitan;

/**
 * Where an official signs: the visible signature (with the verification QR code) is drawn in
 * this rectangle. Coordinates are PDF points with the origin at the bottom left of the page.
 *
 * @param halaman 1-based page number
 * @param peran e.g. "Pihak Pertama", "Pihak Kedua", "Kepala Dinas"
 */
public record BlokTandaTangan(long pejabatId, String peran, int halaman, float x, float y, float lebar, float tinggi) {}
