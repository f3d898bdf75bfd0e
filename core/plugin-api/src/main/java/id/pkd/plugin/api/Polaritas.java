package id.pkd.plugin.api;

/** Direction in which an indicator improves; decides the capaian formula. */
public enum Polaritas {
    SEMAKIN_TINGGI_SEMAKIN_BAIK("Semakin tinggi semakin baik"),
    SEMAKIN_RENDAH_SEMAKIN_BAIK("Semakin rendah semakin baik");

    private final String label;

    Polaritas(String label) {
        this.label = label;
    }

    /** The wording documents print. */
    public String label() {
        return label;
    }
}
