package id.pkd.portal.perencanaan;

import id.pkd.portal.capaian.AngkaIndonesia;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What a realisasi value may be: one rule shared by the realisasi screen, the API and the plan
 * import, reported per field name ({@code nilai}, {@code pembilang}, {@code penyebut}, {@code skala}).
 *
 * <ol>
 *   <li>A realisasi is a value ({@code nilai}) or a ratio ({@code pembilang} ÷ {@code penyebut} ×
 *       {@code skala}, skala 100 when absent), never both; {@code skala} only goes with a ratio.
 *   <li>Every number fits its column, DECIMAL(20,4): at most {@value #DIGIT_BULAT_MAKS} digits before
 *       the decimal point and {@value #DESIMAL_MAKS} after. More decimals are refused, not rounded, so
 *       the audit trail and the database always hold the same figure. {@code skala} is a whole number
 *       above zero of at most {@value #DIGIT_SKALA_MAKS} digits (DECIMAL(12,0)).
 *   <li>{@code pembilang} is not negative, {@code penyebut} is above zero, and the ratio itself must
 *       fit like a value: a tiny penyebut cannot turn into an absurd realisasi.
 *   <li>A percentage ({@link #SATUAN_PERSEN}) is 0–100, for a value and for a ratio alike, unless the
 *       indicator is marked {@link Indikator#rentangBebas()} (growth rates, coverage that can pass
 *       100 %); the mark frees the percentage range only.
 *   <li>A unit that counts things ({@link #SATUAN_CACAH}) takes a whole number of at least zero,
 *       entered as a value: a count is never a fraction, marked or not.
 *   <li>Any other unit (indeks, rasio per 100.000, Rp …) only has the limits of rule 2.
 * </ol>
 *
 * Sizes are judged from a number's precision and scale, never by writing it out: {@code 1e999999999}
 * is refused without expanding its billion digits.
 */
public final class AturanNilaiRealisasi {

    public static final int DIGIT_BULAT_MAKS = 16;
    public static final int DESIMAL_MAKS = 4;
    public static final int DIGIT_SKALA_MAKS = 12;

    /** Units read as a percentage, compared in lower case. */
    public static final Set<String> SATUAN_PERSEN = Set.of("%", "persen", "persentase");

    /**
     * Units that count whole things, compared in lower case with spaces collapsed: people and
     * households, places and administrative areas, objects and documents, occurrences, groups and the
     * institutions the demo plans count (LKS, LPM, TKSK, BUMDes, KP-SPAMS). A unit not listed here
     * (indeks, rasio, Rp, hektar, km …) may take decimals.
     */
    public static final Set<String> SATUAN_CACAH = Set.of(
            "orang",
            "jiwa",
            "anak",
            "kk",
            "keluarga",
            "rumah tangga",
            "rtm",
            "rumah",
            "unit rumah",
            "desa",
            "kelurahan",
            "desa/kelurahan",
            "kecamatan",
            "kawasan",
            "lokasi",
            "titik",
            "buah",
            "unit",
            "paket",
            "dokumen",
            "laporan",
            "tabel",
            "berkas",
            "kali",
            "kegiatan",
            "event",
            "kelompok",
            "lembaga",
            "organisasi",
            "kerjasama",
            "kerja sama",
            "sekolah",
            "lks",
            "lpm",
            "tksk",
            "bumdes",
            "kp-spams");

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);
    private static final MathContext PRESISI_RASIO = MathContext.DECIMAL128;

    /** How the unit of an indicator constrains its realisasi. */
    public enum JenisSatuan {
        PERSEN,
        CACAH,
        LAINNYA
    }

    private AturanNilaiRealisasi() {}

    public static JenisSatuan jenis(String satuan) {
        if (satuan == null) {
            return JenisSatuan.LAINNYA;
        }
        String s = satuan.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (SATUAN_PERSEN.contains(s)) {
            return JenisSatuan.PERSEN;
        }
        return SATUAN_CACAH.contains(s) ? JenisSatuan.CACAH : JenisSatuan.LAINNYA;
    }

    /** Rules 1–3 only: what can be checked before the indicator's unit is known. */
    public static void periksa(
            BigDecimal nilai,
            BigDecimal pembilang,
            BigDecimal penyebut,
            BigDecimal skala,
            BiConsumer<String, String> salah) {
        periksa(nilai, pembilang, penyebut, skala, null, false, salah);
    }

    /** Every rule, for an indicator with the given unit. */
    public static void periksa(
            BigDecimal nilai,
            BigDecimal pembilang,
            BigDecimal penyebut,
            BigDecimal skala,
            String satuan,
            boolean rentangBebas,
            BiConsumer<String, String> salah) {
        boolean adaNilai = nilai != null;
        boolean adaRasio = pembilang != null || penyebut != null;
        JenisSatuan jenis = jenis(satuan);
        if (adaNilai && adaRasio) {
            salah.accept("nilai", "Isi nilai realisasi, atau pembilang dan penyebut — tidak keduanya.");
        } else if (!adaNilai && !adaRasio) {
            salah.accept("nilai", "Nilai realisasi wajib diisi.");
        } else if (adaNilai) {
            if (skala != null) {
                salah.accept("skala", "Skala hanya dipakai bersama pembilang dan penyebut.");
            }
            if (muat("nilai", nilai, salah)) {
                periksaSatuan(nilai, jenis, satuan, rentangBebas, salah);
            }
        } else if (jenis == JenisSatuan.CACAH) {
            salah.accept(
                    "pembilang",
                    "Satuan " + satuan.strip() + " menghitung cacah: isi nilai berupa bilangan bulat, bukan"
                            + " pembilang dan penyebut.");
        } else {
            periksaRasio(pembilang, penyebut, skala, jenis, rentangBebas, salah);
        }
    }

    /** Every rule, for one entry of that indicator. */
    static void periksa(IsianRealisasi isian, Indikator ind, BiConsumer<String, String> salah) {
        periksa(
                isian.nilai(),
                isian.pembilang(),
                isian.penyebut(),
                isian.skala(),
                ind.satuan(),
                ind.rentangBebas(),
                salah);
    }

    private static void periksaRasio(
            BigDecimal pembilang,
            BigDecimal penyebut,
            BigDecimal skala,
            JenisSatuan jenis,
            boolean rentangBebas,
            BiConsumer<String, String> salah) {
        boolean sah = true;
        if (pembilang == null) {
            salah.accept("pembilang", "Pembilang wajib diisi.");
            sah = false;
        } else if (!muat("pembilang", pembilang, salah)) {
            sah = false;
        } else if (pembilang.signum() < 0) {
            salah.accept("pembilang", "Pembilang tidak boleh negatif.");
            sah = false;
        }
        if (penyebut == null) {
            salah.accept("penyebut", "Penyebut wajib diisi.");
            sah = false;
        } else if (!muat("penyebut", penyebut, salah)) {
            sah = false;
        } else if (penyebut.signum() <= 0) {
            salah.accept("penyebut", "Penyebut harus lebih dari nol.");
            sah = false;
        }
        if (skala != null && !skalaSah(skala)) {
            salah.accept(
                    "skala",
                    "Skala harus bilangan bulat lebih dari nol, paling banyak " + DIGIT_SKALA_MAKS
                            + " angka (100 untuk persen).");
            sah = false;
        }
        if (!sah) {
            return;
        }
        BigDecimal k = skala == null ? SERATUS : skala;
        // Inputs are bounded by now (≤ 16 + 4 digits, skala ≤ 12 digits), so this division is cheap and exact enough.
        BigDecimal hasil = pembilang.multiply(k).divide(penyebut, PRESISI_RASIO);
        if (digitBulat(hasil) > DIGIT_BULAT_MAKS) {
            salah.accept(
                    "penyebut",
                    "Penyebut terlalu kecil: pembilang ÷ penyebut × skala melebihi " + DIGIT_BULAT_MAKS
                            + " angka di depan koma.");
        } else if (jenis == JenisSatuan.PERSEN && !rentangBebas && hasil.compareTo(SERATUS) > 0) {
            salah.accept(
                    "pembilang",
                    "Persentase harus 0 sampai 100: pembilang ÷ penyebut × " + AngkaIndonesia.formatRingkas(k) + " = "
                            + AngkaIndonesia.format(hasil, 2) + ". Pembilang tidak boleh melebihi penyebut.");
        }
    }

    private static void periksaSatuan(
            BigDecimal nilai,
            JenisSatuan jenis,
            String satuan,
            boolean rentangBebas,
            BiConsumer<String, String> salah) {
        if (jenis == JenisSatuan.PERSEN && !rentangBebas) {
            if (nilai.signum() < 0 || nilai.compareTo(SERATUS) > 0) {
                salah.accept(
                        "nilai",
                        "Persentase harus 0 sampai 100. Bila indikator ini memang dapat keluar dari rentang itu,"
                                + " Admin Daerah menandainya berentang bebas pada rencana.");
            }
        } else if (jenis == JenisSatuan.CACAH) {
            if (nilai.signum() < 0) {
                salah.accept("nilai", "Satuan " + satuan.strip() + " menghitung cacah: tidak boleh negatif.");
            } else if (!bulat(nilai)) {
                salah.accept(
                        "nilai", "Satuan " + satuan.strip() + " menghitung cacah: isi bilangan bulat tanpa desimal.");
            }
        }
    }

    /** Rule 2 for one number; false (and reported) when it does not fit DECIMAL(20,4). */
    private static boolean muat(String isian, BigDecimal angka, BiConsumer<String, String> salah) {
        if (digitBulat(angka) > DIGIT_BULAT_MAKS) {
            salah.accept(isian, "Angka terlalu besar: paling banyak " + DIGIT_BULAT_MAKS + " angka di depan koma.");
            return false;
        }
        if (desimal(angka) > DESIMAL_MAKS) {
            salah.accept(
                    isian,
                    "Paling banyak " + DESIMAL_MAKS
                            + " angka di belakang koma; bulatkan sendiri agar yang tersimpan sama dengan yang Anda kirim.");
            return false;
        }
        return true;
    }

    private static boolean skalaSah(BigDecimal skala) {
        return digitBulat(skala) <= DIGIT_SKALA_MAKS && skala.signum() > 0 && bulat(skala);
    }

    /** Digits before the decimal point, from precision and scale alone (≤ 0 below one). */
    static long digitBulat(BigDecimal angka) {
        return (long) angka.precision() - angka.scale();
    }

    /** Decimals that carry value; trailing zeros (1,50) do not count. Called only on a bounded number. */
    static int desimal(BigDecimal angka) {
        if (angka.scale() <= 0) {
            return 0;
        }
        return Math.max(0, angka.stripTrailingZeros().scale());
    }

    private static boolean bulat(BigDecimal angka) {
        return desimal(angka) == 0;
    }
}
