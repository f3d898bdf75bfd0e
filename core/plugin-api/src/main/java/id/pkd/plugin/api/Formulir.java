package id.pkd.plugin.api;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A data-entry form (a table of rows) a plugin contributes. The portal renders it, stores its rows
 * per tenant (and per year when {@link #tahunan()}), validates each row against the fields and
 * rules, saves a whole form at once or nothing, and records every change in the audit trail.
 *
 * @param kode stable identifier within the plugin (lower case, digits, dashes); never renamed
 * @param judul the form's title
 * @param keterangan a short explanation shown above the form, or {@code null}
 * @param tahunan whether rows belong to a year (a register such as villages does not)
 * @param rincian how rows come about: typed one by one, or one per item of a reference list
 * @param isian the fields, in display order
 * @param aturan rules between fields of one row
 * @param kunci the field whose value identifies a row (unique within the form and year), or {@code
 *     null}; other forms refer to rows by it ({@link JenisIsian#RUJUKAN})
 * @param bolehImpor whether rows may be imported from a spreadsheet whose column headers are the
 *     field labels
 */
public record Formulir(
        String kode,
        String judul,
        String keterangan,
        boolean tahunan,
        Rincian rincian,
        List<Isian> isian,
        List<AturanSilang> aturan,
        String kunci,
        boolean bolehImpor) {

    static final Pattern KODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** How a form's rows come about. */
    public record Rincian(Jenis jenis, String referensi) {
        public enum Jenis {
            /** Rows typed one by one (a register, e.g. disaster events). */
            BARIS_BERULANG,
            /** One row per item of reference list {@code referensi} (e.g. per PPKS type). */
            MENURUT_REFERENSI,
            /** Exactly one row (e.g. a yearly index). */
            SATU_BARIS
        }

        public Rincian {
            Objects.requireNonNull(jenis, "Jenis rincian");
            if (jenis == Jenis.MENURUT_REFERENSI && (referensi == null || referensi.isBlank())) {
                throw new IllegalArgumentException("Rincian menurut referensi memerlukan daftar referensi");
            }
        }

        public static Rincian barisBerulang() {
            return new Rincian(Jenis.BARIS_BERULANG, null);
        }

        public static Rincian menurut(String daftarReferensi) {
            return new Rincian(Jenis.MENURUT_REFERENSI, daftarReferensi);
        }

        public static Rincian satuBaris() {
            return new Rincian(Jenis.SATU_BARIS, null);
        }
    }

    public Formulir {
        if (kode == null || !KODE.matcher(kode).matches()) {
            throw new IllegalArgumentException("Kode formulir hanya huruf kecil, angka dan tanda hubung: " + kode);
        }
        Teks.wajib(judul, "Judul formulir " + kode);
        Objects.requireNonNull(rincian, "Rincian formulir " + kode);
        isian = List.copyOf(isian);
        aturan = aturan == null ? List.of() : List.copyOf(aturan);
        if (isian.isEmpty()) {
            throw new IllegalArgumentException("Formulir " + kode + " tidak memiliki isian");
        }
        Set<String> kodeIsian = new HashSet<>();
        for (Isian i : isian) {
            if (!kodeIsian.add(i.kode())) {
                throw new IllegalArgumentException("Formulir " + kode + ": isian " + i.kode() + " ganda");
            }
        }
        for (AturanSilang a : aturan) {
            if (!kodeIsian.contains(a.isian()) || !kodeIsian.contains(a.isianLain())) {
                throw new IllegalArgumentException("Formulir " + kode + ": aturan menyebut isian yang tidak ada ("
                        + a.isian() + ", " + a.isianLain() + ")");
            }
        }
        if (kunci != null && !kodeIsian.contains(kunci)) {
            throw new IllegalArgumentException("Formulir " + kode + ": isian kunci " + kunci + " tidak ada");
        }
    }

    /** A yearly form with the given rows and fields, no rules, no key, no import. */
    public static Formulir tahunan(String kode, String judul, Rincian rincian, List<Isian> isian) {
        return new Formulir(kode, judul, null, true, rincian, isian, List.of(), null, false);
    }

    public Formulir keterangan(String teks) {
        return new Formulir(kode, judul, teks, tahunan, rincian, isian, aturan, kunci, bolehImpor);
    }

    public Formulir aturan(AturanSilang... tambahan) {
        List<AturanSilang> semua = new java.util.ArrayList<>(aturan);
        semua.addAll(List.of(tambahan));
        return new Formulir(kode, judul, keterangan, tahunan, rincian, isian, semua, kunci, bolehImpor);
    }

    public Formulir kunci(String isianKunci) {
        return new Formulir(kode, judul, keterangan, tahunan, rincian, isian, aturan, isianKunci, bolehImpor);
    }

    public Formulir dapatDiimpor() {
        return new Formulir(kode, judul, keterangan, tahunan, rincian, isian, aturan, kunci, true);
    }

    /** The same form kept once, not per year (a register). */
    public Formulir tetap() {
        return new Formulir(kode, judul, keterangan, false, rincian, isian, aturan, kunci, bolehImpor);
    }

    public java.util.Optional<Isian> isian(String kodeIsian) {
        return isian.stream().filter(i -> i.kode().equals(kodeIsian)).findFirst();
    }
}
