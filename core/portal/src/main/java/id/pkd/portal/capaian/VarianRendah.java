package id.pkd.portal.capaian;

/**
 * The two capaian formulas in use for lower-is-better indicators. The regulation does not pick one,
 * so the tenant chooses per indicator and the choice is stored with it: the same realisasi gives a
 * different capaian (and sometimes a different kategori) under each variant.
 */
public enum VarianRendah {
    /** The formula of LKIP Balangan: every point over target is subtracted from the target. */
    A("Varian A", "(target − (realisasi − target)) / target × 100"),
    /** For percentage indicators (other districts): compares the remaining distances to 100. */
    B("Varian B", "(100 − realisasi) / (100 − target) × 100");

    private final String nama;
    private final String rumus;

    VarianRendah(String nama, String rumus) {
        this.nama = nama;
        this.rumus = rumus;
    }

    /** What a tenant admin sees when choosing, e.g. "Varian A: (target − (realisasi − target)) / target × 100". */
    public String label() {
        return nama + ": " + rumus;
    }

    /** The formula alone, as the method section of a report prints it after "Capaian =". */
    public String rumus() {
        return rumus;
    }
}
