package id.pkd.portal.penerbitan;

import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.ZonaWaktuDaerah;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The date a document carries (its place-and-date line), chosen when it is drafted or issued: the LKIP 2022 is
 * dated early 2023, not the day someone happened to render it. A document about a year is not dated before that
 * year began, nor more than a year ahead of today (a typo, not a plan).
 */
public final class TanggalDokumen {

    /** The field the screens and the API name in a refusal. */
    public static final String ISIAN = "tanggal";

    private TanggalDokumen() {}

    /** Why this date cannot be the document's, or empty when it can. */
    public static Optional<String> salah(LocalDate tanggal, int tahun, LocalDate hariIni) {
        LocalDate awal = LocalDate.of(tahun, 1, 1);
        if (tanggal.isBefore(awal)) {
            return Optional.of(
                    "Tanggal dokumen tahun " + tahun + " tidak boleh sebelum " + ZonaWaktuDaerah.tanggal(awal) + ".");
        }
        LocalDate batas = hariIni.plusYears(1);
        if (tanggal.isAfter(batas)) {
            return Optional.of(
                    "Tanggal dokumen paling lambat " + ZonaWaktuDaerah.tanggal(batas) + " (satu tahun dari hari ini).");
        }
        return Optional.empty();
    }

    /** @throws IsianTidakSahException at {@value #ISIAN} when the date cannot be the document's */
    public static void tolakBilaSalah(LocalDate tanggal, int tahun, LocalDate hariIni) {
        salah(tanggal, tahun, hariIni).ifPresent(pesan -> {
            throw IsianTidakSahException.pada(ISIAN, pesan);
        });
    }

    /**
     * A date as the API receives it ({@code 2023-01-31}), checked; {@code null} or blank for today.
     *
     * @throws IsianTidakSahException at {@value #ISIAN} when it is no date or cannot be the document's
     */
    public static LocalDate baca(String teks, int tahun, LocalDate hariIni) {
        if (teks == null || teks.isBlank()) {
            return null;
        }
        LocalDate tanggal;
        try {
            tanggal = LocalDate.parse(teks.strip());
        } catch (DateTimeParseException e) {
            throw IsianTidakSahException.pada(ISIAN, "Tanggal dokumen ditulis TTTT-BB-HH, mis. 2023-01-31.");
        }
        tolakBilaSalah(tanggal, tahun, hariIni);
        return tanggal;
    }
}
