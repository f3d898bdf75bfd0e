package id.pkd.plugin.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plugin's own calculation of an {@link IndikatorTerhitung}, for what expressions cannot say. It
 * must have a public no-argument constructor and use only the data it is given.
 */
public interface PenghitungIndikator {

    /** The rows of one form for one year, as the portal stored them. */
    interface Data {
        /**
         * Rows of form {@code formulir} (for a yearly form, of {@code tahun}); values are {@link
         * BigDecimal} for numeric fields, {@link String} otherwise, absent when empty.
         */
        List<Map<String, Object>> baris(String formulir, int tahun);
    }

    /** The figure's parts for one year; empty when the data do not allow it. */
    record Hasil(BigDecimal pembilang, BigDecimal penyebut, BigDecimal skala) {}

    Optional<Hasil> hitung(Data data, int tahun);
}
