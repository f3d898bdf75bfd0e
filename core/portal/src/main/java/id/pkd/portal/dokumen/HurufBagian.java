package id.pkd.portal.dokumen;

/**
 * The letters of a chapter's sections (A, B, C…), given in the order the sections are printed, so that a section
 * left out (an urusan without data) never leaves a gap such as A, B, D.
 */
final class HurufBagian {

    private int berikutnya;

    /** "C. Data Urusan" for the third section printed. */
    String judul(String judul) {
        if (berikutnya >= 26) {
            throw new IllegalStateException("Bab dengan lebih dari 26 bagian.");
        }
        return (char) ('A' + berikutnya++) + ". " + judul;
    }
}
