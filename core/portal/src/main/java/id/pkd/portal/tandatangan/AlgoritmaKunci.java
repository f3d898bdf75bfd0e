package id.pkd.portal.tandatangan;

/** The key types a region's CA (and the keys it issues) can have. */
public enum AlgoritmaKunci {
    RSA_3072("RSA 3072 bit", "RSA", "SHA256withRSA"),
    EC_P256("EC P-256", "EC", "SHA256withECDSA");

    private final String label;
    private final String algoritmaJca;
    private final String algoritmaTandaTangan;

    AlgoritmaKunci(String label, String algoritmaJca, String algoritmaTandaTangan) {
        this.label = label;
        this.algoritmaJca = algoritmaJca;
        this.algoritmaTandaTangan = algoritmaTandaTangan;
    }

    public String label() {
        return label;
    }

    String algoritmaJca() {
        return algoritmaJca;
    }

    String algoritmaTandaTangan() {
        return algoritmaTandaTangan;
    }
}
