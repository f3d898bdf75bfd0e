package id.pkd.portal.jejak;

/** What verification found wrong with an entry of the chain. */
public enum MasalahJejak {
    DIUBAH("Isi entri diubah"),
    DIHAPUS("Entri dihapus"),
    URUTAN_BERUBAH("Urutan entri berubah"),
    TAUTAN_PUTUS("Tautan ke entri sebelumnya putus"),
    JANGKAR_TIDAK_COCOK("Tidak cocok dengan jangkar harian"),
    KEPALA_TIDAK_COCOK("Ujung rantai tidak cocok");

    private final String label;

    MasalahJejak(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
