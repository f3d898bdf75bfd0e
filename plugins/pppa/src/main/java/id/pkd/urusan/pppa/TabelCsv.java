package id.pkd.urusan.pppa;

import id.pkd.plugin.api.Csv;
import java.util.List;
import java.util.Map;

/**
 * The plugin's own CSV resources, by a path relative to this package ({@code demo/…},
 * {@code referensi/…}), read through the plugin API's {@link Csv} and the plugin class loader.
 */
final class TabelCsv {

    private TabelCsv() {}

    static List<Map<String, String>> baca(String sumber) {
        return Csv.baca(TabelCsv.class, TabelCsv.class.getPackageName().replace('.', '/') + "/" + sumber);
    }
}
