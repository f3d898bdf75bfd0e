package id.pkd.portal.plugin;

/**
 * Decides whether a year of a plugin's form rows may still change: they may not while an agency
 * whose realisasi is computed from that plugin has the year submitted or approved. The approval
 * feature implements it, so the plugin machinery never depends on the approval workflow.
 */
public interface PenjagaDataUrusan {

    /**
     * Called inside the writing transaction, before anything is written; takes the lock of every
     * agency concerned so no approval step can slip in between the check and the write.
     *
     * @throws RuntimeException a {@code perencanaan.DataTerkunciException} naming the year, the
     *     agency and its status when the year is locked
     */
    void pastikanBolehDiubah(String pluginId, int tahun);
}
