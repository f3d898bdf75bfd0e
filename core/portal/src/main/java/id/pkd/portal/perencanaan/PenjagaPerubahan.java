package id.pkd.portal.perencanaan;

/**
 * Decides whether an agency's realisasi of a year may still change. The approval feature
 * implements it, so planning data never depends on the approval workflow.
 */
public interface PenjagaPerubahan {

    /** Throws {@link DataTerkunciException} with the reason when the change is not allowed. */
    void pastikanBolehDiubah(long perangkatDaerahId, int tahun, long indikatorId);

    /** Throws {@link DataTerkunciException} when any realisasi of the agency-year is locked or under review. */
    void pastikanBolehDiubah(long perangkatDaerahId, int tahun);
}
