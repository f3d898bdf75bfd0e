package id.pkd.portal.plugin;

/**
 * Decides whether a year of a plugin's form rows may still change: they may not while an agency
 * whose figures or documents use that plugin has the year submitted, verified or approved: an
 * agency with an indicator whose realisasi is computed from the plugin, and, when the plugin
 * contributes report sections, every agency holding the plugin's urusan ({@link PemegangUrusan},
 * whose LKIP prints them). An issued document needs its agency-year approved, so a document
 * carrying the sections locks through that status. Other agencies' states do not lock the form.
 * The approval feature implements it, so the plugin machinery never depends on the approval
 * workflow.
 */
public interface PenjagaDataUrusan {

    /**
     * Called inside the writing transaction, before anything is written; takes the lock of every
     * agency concerned so no approval step can slip in between the check and the write.
     *
     * @param diDokumen the plugin contributes report sections, so the documents of the agencies
     *     holding its urusan use its rows
     * @throws RuntimeException a {@code perencanaan.DataTerkunciException} naming the year, the
     *     agency and its status when the year is locked
     */
    void pastikanBolehDiubah(String pluginId, int tahun, boolean diDokumen);
}
