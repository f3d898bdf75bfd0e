package id.pkd.portal.sdm;

/** The four ways the LKIP breaks the agency's staff down, each printed as its own table. */
public enum KelompokSdm {
    JABATAN("Jabatan/Eselon"),
    STATUS("Status Kepegawaian"),
    GOLONGAN("Golongan"),
    PENDIDIKAN("Tingkat Pendidikan");

    private final String label;

    KelompokSdm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether the group counts every member of staff (so its total must agree with the other such groups): the
     * golongan applies to civil servants only.
     */
    public boolean seluruhPegawai() {
        return this != GOLONGAN;
    }
}
