package id.pkd.reports.document;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JasperReport;

/**
 * One piece of a formal document, in reading order. The three documents (LKIP, RKPD chapter,
 * Perjanjian Kinerja) are sequences of these blocks rendered by one master template, so the PDF,
 * DOCX and XLSX exports come from the same template source.
 */
public sealed interface Blok {

    /** The cover page: title lines, the region's logo (PNG or JPEG) and the year. */
    record Sampul(String judul, String subjudul, String instansi, String daerah, String tahun, byte[] logo)
            implements Blok {
        public Sampul {
            Objects.requireNonNull(judul, "judul");
            Objects.requireNonNull(logo, "logo");
        }
    }

    /**
     * A heading. Level 1 is a chapter (BAB), level 2 a section. A heading with a {@code jangkar} is
     * a PDF bookmark and appears in the daftar isi with its real page number.
     */
    record Judul(int tingkat, String teks, String jangkar) implements Blok {
        public Judul {
            Objects.requireNonNull(teks, "teks");
            if (tingkat < 1 || tingkat > 3) {
                throw new IllegalArgumentException("tingkat judul 1..3");
            }
        }
    }

    /** Running text; line breaks in {@code teks} are kept. */
    record Paragraf(String teks, Perataan perataan, boolean tebal) implements Blok {
        public Paragraf {
            Objects.requireNonNull(teks, "teks");
            Objects.requireNonNull(perataan, "perataan");
        }

        public static Paragraf biasa(String teks) {
            return new Paragraf(teks, Perataan.RATA_KIRI_KANAN, false);
        }
    }

    enum Perataan {
        KIRI,
        TENGAH,
        RATA_KIRI_KANAN
    }

    /**
     * A table with a caption above it. Column widths are relative weights of the text width;
     * numeric columns are right-aligned.
     */
    record Tabel(String judul, List<Kolom> kolom, List<Baris> baris) implements Blok {
        public Tabel {
            kolom = List.copyOf(kolom);
            baris = List.copyOf(baris);
            if (kolom.isEmpty() || kolom.size() > Tabel.KOLOM_MAKSIMAL) {
                throw new IllegalArgumentException("tabel harus punya 1.." + KOLOM_MAKSIMAL + " kolom");
            }
            for (Baris b : baris) {
                if (b.gaya() != GayaBaris.GRUP && b.sel().size() != kolom.size()) {
                    throw new IllegalArgumentException(
                            "baris tabel \"" + judul + "\" punya " + b.sel().size() + " sel, kolomnya " + kolom.size());
                }
            }
        }

        public static final int KOLOM_MAKSIMAL = 12;
    }

    /**
     * @param lebarMinimal points the column never gets less of, whatever its weight: for values that must not wrap
     *     (a NIP); 0 for none
     */
    record Kolom(String judul, int bobot, boolean kanan, int lebarMinimal) {

        /**
         * A printed NIP ("19730501 199311 1 001": 18 digits, 3 spaces) in the table font, DejaVu Sans 7.5 pt: digits
         * advance 0.636 em (4.77 pt), spaces 0.318 em (2.38 pt), so 93.1 pt, plus 3 pt padding each side and a
         * little slack for rounding.
         */
        static final int LEBAR_NIP = 104;

        public Kolom(String judul, int bobot, boolean kanan) {
            this(judul, bobot, kanan, 0);
        }

        public static Kolom teks(String judul, int bobot) {
            return new Kolom(judul, bobot, false);
        }

        public static Kolom angka(String judul, int bobot) {
            return new Kolom(judul, bobot, true);
        }

        /** A NIP column: wide enough that a NIP never breaks over two lines. */
        public static Kolom nip(String judul, int bobot) {
            return new Kolom(judul, bobot, false, LEBAR_NIP);
        }
    }

    /** A table row; a {@code GRUP} row is one cell across the table (e.g. a sasaran heading). */
    record Baris(List<String> sel, GayaBaris gaya) {
        public Baris {
            sel = sel.stream().map(s -> s == null ? "" : s).toList();
        }

        public static Baris biasa(String... sel) {
            return new Baris(List.of(sel), GayaBaris.BIASA);
        }

        public static Baris tebal(String... sel) {
            return new Baris(List.of(sel), GayaBaris.TEBAL);
        }

        public static Baris grup(String teks) {
            return new Baris(List.of(teks), GayaBaris.GRUP);
        }
    }

    enum GayaBaris {
        BIASA,
        TEBAL,
        GRUP
    }

    /** A picture (a chart as PNG), full text width, with a caption. */
    record Gambar(String judul, byte[] png) implements Blok {
        public Gambar {
            Objects.requireNonNull(png, "png");
        }
    }

    /** A signature block on the right: place and date, the signer's position, the space to sign. */
    record TandaTangan(String tempatTanggal, Pihak pihak) implements Blok {
        public TandaTangan {
            Objects.requireNonNull(pihak, "pihak");
        }
    }

    /**
     * Two signature blocks side by side, as a Perjanjian Kinerja prints them: pihak kedua (the
     * superior) on the left, pihak pertama on the right.
     */
    record TandaTanganDua(String tempatTanggal, Pihak kiri, Pihak kanan) implements Blok {
        public TandaTanganDua {
            Objects.requireNonNull(kiri, "kiri");
            Objects.requireNonNull(kanan, "kanan");
        }
    }

    /**
     * A signer. {@code kunci} names the block in {@link DokumenTersusun#tandaTangan()}.
     *
     * @param sebutan e.g. "PIHAK PERTAMA"; may be empty
     */
    record Pihak(String kunci, String sebutan, String jabatan, String nama, String pangkat, String nip) {
        public Pihak {
            Objects.requireNonNull(kunci, "kunci");
        }
    }

    record PindahHalaman() implements Blok {}

    /** The table of contents: every {@link Judul} with a jangkar, with its page number. */
    record DaftarIsi(String judul) implements Blok {}

    /**
     * A section an urusan plugin contributes: its own compiled subreport, filled with its rows and
     * parameters.
     */
    record SubLaporan(String judul, JasperReport templat, Map<String, Object> parameter, List<Map<String, ?>> baris)
            implements Blok {
        public SubLaporan {
            Objects.requireNonNull(templat, "templat");
            parameter = Map.copyOf(parameter);
            baris = List.copyOf(baris);
        }
    }
}
