package id.pkd.plugin.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * What an urusan plugin contributes to the portal. A plugin jar declares one implementation,
 * annotated with {@code @org.pf4j.Extension}; the portal shows its contributions only to tenants
 * that enabled the plugin.
 *
 * <p>Compatibility promise: within API line 1.x, methods are only ever added with a default
 * implementation, so a plugin built against 1.0 keeps loading on every 1.x portal.
 */
public interface UrusanPlugin extends ExtensionPoint {

    /** The urusan this plugin delivers, with its code in the Permendagri 90/2019 nomenclature. */
    Urusan urusan();

    /** The key indicators of this urusan, in the order a report lists them. */
    List<DefinisiIndikator> indikator();
}
