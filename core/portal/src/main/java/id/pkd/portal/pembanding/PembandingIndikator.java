package id.pkd.portal.pembanding;

import java.math.BigDecimal;

/**
 * A national or provincial figure an indicator of the agency is compared with in one year: the LKIP's per-IKU
 * analysis prints it beside the agency's realisasi ("Realisasi IPG Provinsi Kalimantan Selatan sebesar 88,86").
 *
 * @param wilayah whose figure it is ("Provinsi Kalimantan Selatan", "Nasional")
 * @param sumber where the figure comes from (publication, agency)
 */
public record PembandingIndikator(
        long id,
        long indikatorId,
        int tahun,
        Tingkat tingkat,
        Jenis jenis,
        String wilayah,
        BigDecimal nilai,
        String sumber) {

    public enum Tingkat {
        NASIONAL("Nasional"),
        PROVINSI("Provinsi");

        private final String label;

        Tingkat(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Jenis {
        TARGET("Target"),
        REALISASI("Realisasi");

        private final String label;

        Jenis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the form sends: the figure without its row id. */
    public record Isian(Tingkat tingkat, Jenis jenis, String wilayah, BigDecimal nilai, String sumber) {}
}
