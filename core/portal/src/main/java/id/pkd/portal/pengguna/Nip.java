package id.pkd.portal.pengguna;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Nomor Induk Pegawai of a civil servant (PP 11/2017 jo. BKN rules): 18 digits, namely the birth
 * date (YYYYMMDD), the month of appointment (YYYYMM), the gender (1 man, 2 woman) and a three-digit
 * sequence. Printed grouped: {@code 19730501 199311 1 001}.
 */
public record Nip(String nilai) {

    public Nip {
        periksa(nilai).ifPresent(pesan -> {
            throw new IllegalArgumentException(pesan);
        });
    }

    /** Accepts the grouped printed form as well as the 18 digits. */
    public static Nip dari(String masukan) {
        return new Nip(masukan == null ? null : masukan.replace(" ", ""));
    }

    public static Optional<String> periksa(String nilai) {
        if (nilai == null || !nilai.matches("\\d{18}")) {
            return Optional.of("NIP harus 18 angka (boleh ditulis berkelompok: 19730501 199311 1 001).");
        }
        LocalDate lahir;
        try {
            lahir = LocalDate.of(angka(nilai, 0, 4), angka(nilai, 4, 6), angka(nilai, 6, 8));
        } catch (DateTimeException e) {
            return Optional.of("8 angka pertama NIP harus tanggal lahir yang ada (TTTTBBHH).");
        }
        YearMonth pengangkatan;
        try {
            pengangkatan = YearMonth.of(angka(nilai, 8, 12), angka(nilai, 12, 14));
        } catch (DateTimeException e) {
            return Optional.of("Angka ke-9 sampai ke-14 NIP harus bulan pengangkatan yang ada (TTTTBB).");
        }
        if (pengangkatan.isBefore(YearMonth.from(lahir.plusYears(18)))) {
            return Optional.of("Bulan pengangkatan pada NIP harus setelah pegawai berusia 18 tahun.");
        }
        char jenisKelamin = nilai.charAt(14);
        if (jenisKelamin != '1' && jenisKelamin != '2') {
            return Optional.of("Angka ke-15 NIP adalah jenis kelamin: 1 (laki-laki) atau 2 (perempuan).");
        }
        return Optional.empty();
    }

    private static int angka(String s, int dari, int sampai) {
        return Integer.parseInt(s.substring(dari, sampai));
    }

    /** The printed form, {@code 19730501 199311 1 001}. */
    public String tercetak() {
        return nilai.substring(0, 8) + " " + nilai.substring(8, 14) + " " + nilai.charAt(14) + " "
                + nilai.substring(15);
    }

    @Override
    public String toString() {
        return tercetak();
    }
}
