package id.pkd.portal.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The values the fuzz tests put where a user or a client puts one: texts around every column size
 * (in letters, accented and CJK letters, emoji, control and bidi characters), numbers beyond and
 * just within every DECIMAL column, tiny, negative, over-precise, and in notations that expand
 * (1e999999999), and the codes the plan uses (so duplicates and dangling references happen).
 */
final class Masukan {

    private Masukan() {}

    /** Column sizes of the migrations, each with its neighbours. */
    static final List<Integer> PANJANG = List.of(
            0, 1, 2, 5, 8, 9, 17, 18, 19, 20, 21, 29, 30, 31, 39, 40, 41, 59, 60, 61, 99, 100, 101, 139, 140, 141, 199,
            200, 201, 299, 300, 301, 499, 500, 501, 599, 600, 601, 1_499, 1_500, 1_501, 15_999, 16_000, 16_001, 70_000);

    static final List<String> HURUF = List.of("a", " ", "é", "中", "😀", "\u0000", "\u202e", "\"", "\\", "\n", "9", ".");

    static final List<String> ISTIMEWA = List.of(
            "",
            " ",
            "  \t\n",
            "null",
            "0",
            "-1",
            "1e999999999",
            "IKU-1",
            "IKU-2",
            "PK-1",
            "S1",
            "T1",
            "PK-S1",
            "197001012000011001",
            "198002022005022002",
            "1970 0101 2000 01 1 001",
            "APBN",
            "SEMAKIN_RENDAH_SEMAKIN_BAIK",
            "SEMAKIN_TINGGI_SEMAKIN_BAIK",
            "A",
            "B",
            "PLT",
            "PLH",
            "II.b",
            "IV/a",
            "2024-02-30",
            "2024-01-01",
            "1.06",
            "1.06.01",
            "1.06.01.2.01.99",
            DaerahFuzz.PD,
            "urusan-sosial/ppks-tertangani",
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "%",
            "Orang",
            "ya",
            "tidak diketahui",
            "Rp 1.500.000,50",
            "1.234.567,891",
            "17/08/2022",
            "31/02/2022",
            "0,7274",
            "9".repeat(17),
            "9".repeat(400),
            "0," + "1".repeat(30));

    static Arbitrary<String> teks() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(
                        4,
                        Combinators.combine(Arbitraries.of(PANJANG), Arbitraries.of(HURUF))
                                .as((n, h) -> h.repeat(n))),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(ISTIMEWA)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)));
    }

    static final List<BigDecimal> ANGKA_ISTIMEWA = List.of(
            new BigDecimal("1e16"),
            new BigDecimal("9999999999999999.9999"),
            new BigDecimal("99999999999999999"),
            new BigDecimal("99999999999999999.99"),
            new BigDecimal("1e17"),
            new BigDecimal("1e20"),
            new BigDecimal("-1"),
            new BigDecimal("-0.0001"),
            new BigDecimal("0.00001"),
            new BigDecimal("1e-30"),
            BigDecimal.ZERO,
            new BigDecimal("0.0000"),
            new BigDecimal("100.0001"),
            new BigDecimal("1e999999999"),
            new BigDecimal("-1e999999999"),
            new BigDecimal("1e-999999999"),
            new BigDecimal("12345678901234567.5"),
            new BigDecimal("0.123456789"),
            new BigDecimal("1.50000000"),
            new BigDecimal(BigInteger.TWO.pow(70)),
            BigDecimal.valueOf(Long.MAX_VALUE),
            BigDecimal.valueOf(Integer.MAX_VALUE + 1L),
            BigDecimal.valueOf(2024),
            BigDecimal.valueOf(2019),
            BigDecimal.valueOf(5));

    static Arbitrary<BigDecimal> angka() {
        Arbitrary<BigDecimal> acak = Arbitraries.integers().between(0, 6).flatMap(skala -> Arbitraries.bigDecimals()
                .between(new BigDecimal("-100000"), new BigDecimal("1000000"))
                .ofScale(skala));
        Arbitrary<BigDecimal> besar = Arbitraries.bigIntegers()
                .between(BigInteger.TWO.pow(80).negate(), BigInteger.TWO.pow(80))
                .map(BigDecimal::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(ANGKA_ISTIMEWA)),
                net.jqwik.api.Tuple.of(3, acak),
                net.jqwik.api.Tuple.of(1, besar));
    }
}
