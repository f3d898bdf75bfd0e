package id.pkd.portal.umum;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A date field in Indonesian: month and day names in the calendar, typed as 31/01/2023. */
public final class PemilihTanggal {

    private PemilihTanggal() {}

    /** The date a document carries, default {@code hariIni} (today in the region's zone). */
    public static DatePicker tanggalDokumen(LocalDate hariIni) {
        DatePicker p = tanggal("Tanggal dokumen", hariIni);
        p.setId("tanggal-dokumen");
        p.setHelperText("HH/BB/TTTT; dicetak pada baris tempat dan tanggal, mis. \"Paringin, 31 Januari 2023\".");
        p.setRequired(true);
        return p;
    }

    /** Any date field with the Indonesian calendar, typed as 31/01/2023. */
    public static DatePicker tanggal(String label, LocalDate nilai) {
        DatePicker p = new DatePicker(label, nilai);
        p.setLocale(Locale.forLanguageTag("id-ID"));
        p.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormat("dd/MM/yyyy")
                .setMonthNames(List.of(
                        "Januari",
                        "Februari",
                        "Maret",
                        "April",
                        "Mei",
                        "Juni",
                        "Juli",
                        "Agustus",
                        "September",
                        "Oktober",
                        "November",
                        "Desember"))
                .setWeekdays(List.of("Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"))
                .setWeekdaysShort(List.of("Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"))
                .setFirstDayOfWeek(1)
                .setToday("Hari ini")
                .setCancel("Batal"));
        return p;
    }
}
