package id.pkd.portal.jejak;

import java.time.LocalDate;

/**
 * A search of the trail; every part is optional. {@code teks} is looked for in the record type, the
 * field and both values; {@code dari} and {@code sampai} are whole days in the portal's zone,
 * inclusive.
 */
public record SaringanJejak(
        String oleh, String jenisData, Long dataId, String isian, String teks, LocalDate dari, LocalDate sampai) {

    public static SaringanJejak semua() {
        return new SaringanJejak(null, null, null, null, null, null, null);
    }
}
