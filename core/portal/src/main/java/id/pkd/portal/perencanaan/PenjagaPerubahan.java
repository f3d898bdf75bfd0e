package id.pkd.portal.perencanaan;

/**
 * Decides whether an agency's realisasi of a year may still change. The approval feature
 * implements it, so planning data never depends on the approval workflow.
 */
public interface PenjagaPerubahan {

    /** Throws {@link DataTerkunciException} with the reason when the change is not allowed. */
    void pastikanBolehDiubah(long perangkatDaerahId, int tahun, long indikatorId);

    /**
     * {@link #pastikanBolehDiubah(long, int, long)} for a writer of one indicator's realisasi that then locks the
     * realisasi row it changes: it takes the agency's lock shared, so writers of one agency no longer queue behind
     * each other (of every year, before), while an approval step or a multi-agency writer, which take it
     * exclusively, still wait for them and they for it. Such a writer must not take the agency's lock exclusively
     * later in the same transaction (two of them would wait on each other).
     */
    void pastikanRealisasiBolehDiubah(long perangkatDaerahId, int tahun, long indikatorId);

    /** Throws {@link DataTerkunciException} when any realisasi of the agency-year is locked or under review. */
    void pastikanBolehDiubah(long perangkatDaerahId, int tahun);

    /**
     * For the region's own figures of a year (the IKU Kepala Daerah targets), which every agency's accounting of that
     * year rests on: throws {@link DataTerkunciException} when any agency's year is under review or locked.
     */
    void pastikanDaerahBolehDiubah(int tahun);

    /**
     * Takes the row locks of the signed-in tenant's agencies with these codes (codes of no agency are skipped),
     * in ascending id so two writers never wait on each other in a circle: the lock every approval step and this
     * guard take, for a writer that changes several agencies at once (the plan import) and must hold them all
     * before it reads anything. Call it first in the writing transaction.
     */
    void kunciPerangkatDaerah(java.util.Collection<String> kode);
}
