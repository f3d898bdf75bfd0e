package id.pkd.portal.plugin;

import java.util.Map;

/**
 * One row of a plugin form: its reference item (for forms broken down by a reference list, with
 * the item's name) and its values by field code. Values going in are text as typed; values coming
 * out are canonical (plain decimals, ISO dates, reference codes).
 */
public record BarisUrusan(String rincian, String namaRincian, Map<String, String> nilai) {
    public BarisUrusan {
        nilai = nilai == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(nilai));
    }

    public static BarisUrusan dari(Map<String, String> nilai) {
        return new BarisUrusan(null, null, nilai);
    }
}
