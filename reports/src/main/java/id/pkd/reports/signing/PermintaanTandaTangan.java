package id.pkd.reports.signing;

/**
 * What goes into one PAdES signature besides the key.
 *
 * @param alasan /Reason; the portal puts the verification address here, so a changed copy can still be traced
 *     to its registry entry
 * @param lokasi /Location
 * @param namaPenandatangan /Name
 * @param tampilan visible appearance, or {@code null} for an invisible signature
 */
public record PermintaanTandaTangan(
        String alasan, String lokasi, String namaPenandatangan, TampilanTandaTangan tampilan) {}
