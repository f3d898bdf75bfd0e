package id.pkd.portal.plugin;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small, safe expression language of plugin contributions: numbers, {@code + - * /},
 * parentheses, the row's own fields, and the aggregates {@code jumlah(formulir.isian[, filter])}
 * and {@code hitung(formulir[, filter])} with filters {@code isian = 'nilai'} or {@code isian in
 * ('a', 'b')}. Nothing else can be called, so a plugin's expression cannot reach beyond the data
 * it is given. Parsed once when the plugin loads; a parse error refuses the plugin.
 */
final class Ekspresi {

    /** Where an expression reads its values. */
    interface Konteks {
        /** A numeric field of the current row, or {@code null} when empty. */
        BigDecimal isian(String kode);

        /** The rows of a form for the year being computed; each maps field codes to stored text. */
        List<Map<String, String>> baris(String formulir);
    }

    /** What a parsed expression refers to, for the load-time check. */
    interface Skema {
        /** An error message when field {@code isian} (of the row, or of form {@code formulir}) is unusable. */
        String periksaIsian(String formulir, String isian, boolean harusAngka);

        String periksaFormulir(String formulir);
    }

    sealed interface Simpul permits Angka, Isian, Operasi, Negatif, Agregat {
        /** The value, or {@code null} when a needed value is missing or a division is by zero. */
        BigDecimal nilai(Konteks k);
    }

    record Angka(BigDecimal nilai) implements Simpul {
        public BigDecimal nilai(Konteks k) {
            return nilai;
        }
    }

    record Isian(String kode) implements Simpul {
        public BigDecimal nilai(Konteks k) {
            return k.isian(kode);
        }
    }

    record Negatif(Simpul isi) implements Simpul {
        public BigDecimal nilai(Konteks k) {
            BigDecimal v = isi.nilai(k);
            return v == null ? null : v.negate();
        }
    }

    record Operasi(char operator, Simpul kiri, Simpul kanan) implements Simpul {
        public BigDecimal nilai(Konteks k) {
            BigDecimal a = kiri.nilai(k);
            BigDecimal b = kanan.nilai(k);
            if (a == null || b == null) {
                return null;
            }
            return switch (operator) {
                case '+' -> a.add(b);
                case '-' -> a.subtract(b);
                case '*' -> a.multiply(b);
                default -> b.signum() == 0 ? null : a.divide(b, MathContext.DECIMAL64);
            };
        }
    }

    record Saring(String isian, Set<String> nilai) {
        boolean cocok(Map<String, String> baris) {
            String v = baris.get(isian);
            return v != null && nilai.contains(v);
        }
    }

    /** An aggregate over the year's rows; no rows at all means no data, so no value. */
    record Agregat(boolean hitung, String formulir, String isian, Saring saring) implements Simpul {
        public BigDecimal nilai(Konteks k) {
            List<Map<String, String>> semua = k.baris(formulir);
            if (semua.isEmpty()) {
                return null;
            }
            BigDecimal total = BigDecimal.ZERO;
            for (Map<String, String> b : semua) {
                if (saring != null && !saring.cocok(b)) {
                    continue;
                }
                if (hitung) {
                    total = total.add(BigDecimal.ONE);
                } else {
                    String v = b.get(isian);
                    if (v != null && !v.isBlank() && !v.equals(PenyimpanNilai.TIDAK_DIKETAHUI)) {
                        total = total.add(new BigDecimal(v));
                    }
                }
            }
            return total;
        }
    }

    /**
     * Parsing and evaluating recurse on the expression's nesting, so an unbounded expression (a
     * plugin shipping 20,000 nested parentheses) would overflow the stack of whatever thread reads
     * it. Real contributions nest a handful of levels and have a few dozen terms.
     */
    static final int BATAS_KEDALAMAN = 64;

    /** At most this many terms, which also bounds the depth of a long chain like 1+1+…+1. */
    static final int BATAS_SUKU = 1_000;

    /** Longer expressions are refused before parsing, and cut short in error messages. */
    static final int BATAS_PANJANG = 100_000;

    private final String teks;
    private int posisi;
    private int kedalaman;
    private int suku;

    private Ekspresi(String teks) {
        this.teks = teks;
    }

    /** Parses {@code teks}; throws {@link IllegalArgumentException} with an Indonesian reason. */
    static Simpul urai(String teks) {
        if (teks == null || teks.isBlank()) {
            throw new IllegalArgumentException("ekspresi kosong");
        }
        if (teks.length() > BATAS_PANJANG) {
            throw new IllegalArgumentException(
                    "ekspresi terlalu panjang (" + teks.length() + " karakter, paling banyak " + BATAS_PANJANG + ")");
        }
        Ekspresi e = new Ekspresi(teks);
        Simpul hasil = e.jumlahan();
        e.spasi();
        if (e.posisi < teks.length()) {
            throw e.salah("tidak diharapkan '" + teks.charAt(e.posisi) + "'");
        }
        return hasil;
    }

    /** Checks every name in {@code simpul} against the plugin's forms; returns the first problem. */
    static String periksa(Simpul simpul, Skema skema, String formulirBaris) {
        if (simpul instanceof Angka) {
            return null;
        }
        if (simpul instanceof Isian i) {
            return formulirBaris == null
                    ? "isian '" + i.kode() + "' hanya boleh di dalam jumlah(...) atau hitung(...)"
                    : skema.periksaIsian(formulirBaris, i.kode(), true);
        }
        if (simpul instanceof Negatif n) {
            return periksa(n.isi(), skema, formulirBaris);
        }
        if (simpul instanceof Operasi o) {
            String kiri = periksa(o.kiri(), skema, formulirBaris);
            return kiri != null ? kiri : periksa(o.kanan(), skema, formulirBaris);
        }
        Agregat a = (Agregat) simpul;
        String f = skema.periksaFormulir(a.formulir());
        if (f != null) {
            return f;
        }
        if (!a.hitung()) {
            String i = skema.periksaIsian(a.formulir(), a.isian(), true);
            if (i != null) {
                return i;
            }
        }
        return a.saring() == null || a.saring().isian().equals(PenyimpanNilai.RINCIAN)
                ? null
                : skema.periksaIsian(a.formulir(), a.saring().isian(), false);
    }

    private Simpul jumlahan() {
        Simpul kiri = perkalian();
        while (true) {
            spasi();
            if (lihat('+') || lihat('-')) {
                char op = teks.charAt(posisi++);
                kiri = new Operasi(op, kiri, perkalian());
            } else {
                return kiri;
            }
        }
    }

    private Simpul perkalian() {
        Simpul kiri = faktor();
        while (true) {
            spasi();
            if (lihat('*') || lihat('/')) {
                char op = teks.charAt(posisi++);
                kiri = new Operasi(op, kiri, faktor());
            } else {
                return kiri;
            }
        }
    }

    private Simpul faktor() {
        spasi();
        if (posisi >= teks.length()) {
            throw salah("ekspresi berakhir terlalu cepat");
        }
        if (++suku > BATAS_SUKU) {
            throw salah("ekspresi terlalu banyak suku (paling banyak " + BATAS_SUKU + ")");
        }
        char c = teks.charAt(posisi);
        if (c == '(' || c == '-') {
            if (++kedalaman > BATAS_KEDALAMAN) {
                throw salah("ekspresi bersarang terlalu dalam (paling banyak " + BATAS_KEDALAMAN + " tingkat)");
            }
            posisi++;
            Simpul isi;
            if (c == '(') {
                isi = jumlahan();
                harus(')');
            } else {
                isi = new Negatif(faktor());
            }
            kedalaman--;
            return isi;
        }
        if (Character.isDigit(c)) {
            int awal = posisi;
            while (posisi < teks.length() && (Character.isDigit(teks.charAt(posisi)) || teks.charAt(posisi) == '.')) {
                posisi++;
            }
            try {
                return new Angka(new BigDecimal(teks.substring(awal, posisi)));
            } catch (NumberFormatException e) {
                throw salah("angka tidak sah '" + teks.substring(awal, posisi) + "'");
            }
        }
        if (Character.isLetter(c) || c == '_') {
            String nama = nama(false);
            spasi();
            if (lihat('(')) {
                return agregat(nama);
            }
            return new Isian(nama);
        }
        throw salah("tidak diharapkan '" + c + "'");
    }

    private Simpul agregat(String fungsi) {
        boolean hitung;
        if (fungsi.equals("jumlah")) {
            hitung = false;
        } else if (fungsi.equals("hitung")) {
            hitung = true;
        } else {
            throw salah("fungsi '" + fungsi + "' tidak dikenal (yang ada: jumlah, hitung)");
        }
        harus('(');
        spasi();
        String formulir = nama(true);
        String isian = null;
        if (lihat('.')) {
            posisi++;
            isian = nama(false);
        }
        if (!hitung && isian == null) {
            throw salah("jumlah(...) memerlukan formulir.isian");
        }
        if (hitung && isian != null) {
            throw salah("hitung(...) menghitung baris formulir, tanpa .isian");
        }
        Saring saring = null;
        spasi();
        if (lihat(',')) {
            posisi++;
            spasi();
            String isianSaring = nama(false);
            spasi();
            if (lihat('=')) {
                posisi++;
                saring = new Saring(isianSaring, Set.of(teksKutip()));
            } else if (teks.startsWith("in", posisi)) {
                posisi += 2;
                harus('(');
                List<String> nilai = new ArrayList<>();
                do {
                    spasi();
                    if (lihat(',')) {
                        posisi++;
                    }
                    nilai.add(teksKutip());
                    spasi();
                } while (lihat(','));
                harus(')');
                saring = new Saring(isianSaring, Set.copyOf(nilai));
            } else {
                throw salah("saringan harus berbentuk isian = 'nilai' atau isian in ('a', 'b')");
            }
        }
        harus(')');
        return new Agregat(hitung, formulir, isian, saring);
    }

    private String teksKutip() {
        spasi();
        if (!lihat('\'')) {
            throw salah("nilai saringan harus di antara tanda kutip tunggal");
        }
        int akhir = teks.indexOf('\'', posisi + 1);
        if (akhir < 0) {
            throw salah("tanda kutip tidak ditutup");
        }
        String isi = teks.substring(posisi + 1, akhir);
        posisi = akhir + 1;
        return isi;
    }

    /** A name; form codes may contain dashes, field codes not, so {@code a-b} stays a subtraction. */
    private String nama(boolean bolehTandaHubung) {
        int awal = posisi;
        while (posisi < teks.length()) {
            char c = teks.charAt(posisi);
            if (Character.isLetterOrDigit(c) || c == '_' || (bolehTandaHubung && c == '-')) {
                posisi++;
            } else {
                break;
            }
        }
        if (awal == posisi) {
            throw salah("nama diharapkan");
        }
        return teks.substring(awal, posisi);
    }

    private void harus(char c) {
        spasi();
        if (!lihat(c)) {
            throw salah("'" + c + "' diharapkan");
        }
        posisi++;
    }

    private boolean lihat(char c) {
        return posisi < teks.length() && teks.charAt(posisi) == c;
    }

    private void spasi() {
        while (posisi < teks.length() && Character.isWhitespace(teks.charAt(posisi))) {
            posisi++;
        }
    }

    private IllegalArgumentException salah(String apa) {
        String kutipan = teks.length() > 120 ? teks.substring(0, 120) + "…" : teks;
        return new IllegalArgumentException(apa + " pada posisi " + (posisi + 1) + " dalam \"" + kutipan + "\"");
    }
}
