package id.pkd.portal.perencanaan;

/** Where a sub kegiatan's money comes from. */
public enum SumberDana {
    APBD_KABUPATEN_KOTA("APBD Kabupaten/Kota"),
    APBD_PROVINSI("APBD Provinsi"),
    APBN("APBN");

    private final String label;

    SumberDana(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
