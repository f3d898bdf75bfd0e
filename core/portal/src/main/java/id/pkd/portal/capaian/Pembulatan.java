package id.pkd.portal.capaian;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a figure is brought to the 2 decimals documents print. The source documents mix both modes
 * (the RKPD prints 888 / 3.325 as 26,70), so it is a tenant setting; {@link #HALF_UP} is the default.
 */
public enum Pembulatan {
    HALF_UP("Pembulatan biasa (26,705 menjadi 26,71)", RoundingMode.HALF_UP),
    /** Truncation: the digits after the second decimal are dropped. */
    POTONG("Pemotongan (26,709 menjadi 26,70)", RoundingMode.DOWN);

    /** Documents print every percentage and capaian with 2 decimals. */
    public static final int DESIMAL = 2;

    private final String label;
    private final RoundingMode mode;

    Pembulatan(String label, RoundingMode mode) {
        this.label = label;
        this.mode = mode;
    }

    public String label() {
        return label;
    }

    /** Always scale 2, so that 100 and 100,00 compare and print alike. */
    public BigDecimal bulatkan(BigDecimal nilai) {
        if (nilai == null) {
            throw new IllegalArgumentException("Nilai yang dibulatkan wajib diisi.");
        }
        return nilai.setScale(DESIMAL, mode);
    }
}
