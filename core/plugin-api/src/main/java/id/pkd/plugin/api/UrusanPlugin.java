package id.pkd.plugin.api;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * What an urusan plugin contributes to the portal. A plugin jar declares one implementation,
 * annotated with {@code @org.pf4j.Extension}; the portal shows its contributions only to tenants
 * that enabled the plugin.
 *
 * <p>Everything is declarative: the portal renders the forms, stores the rows per tenant,
 * validates them, audits every change, evaluates the computed indicators and fills the report
 * sections. The portal reads each method once, at start-up, and checks the whole contribution
 * (codes, references between forms, lists and fields, every expression); an invalid contribution
 * refuses the plugin with the reason, and the portal keeps running for everyone else.
 *
 * <p>Schema migrations: a plugin that needs tables of its own ships Flyway SQL migrations under
 * {@code db/urusan/} in its jar ({@code V1__nama.sql} …). Every table they touch must start with
 * the plugin's namespace, its id with dashes as underscores plus an underscore ({@code
 * urusan_contoh_}), and must carry a {@code tenant_id}. A failing migration refuses the plugin.
 *
 * <p>Compatibility promise: within API line 1.x, methods are only ever added with a default
 * implementation, so a plugin built against 1.0 keeps loading on every 1.x portal.
 */
public interface UrusanPlugin extends ExtensionPoint {

    /** The urusan this plugin delivers, with its code in the Permendagri 90/2019 nomenclature. */
    Urusan urusan();

    /** The key indicators of this urusan, in the order a report lists them. */
    List<DefinisiIndikator> indikator();

    /** Data-entry forms and tables, in menu order. @since 1.1 */
    default List<Formulir> formulir() {
        return List.of();
    }

    /** Versioned reference lists the forms choose from or break down by. @since 1.1 */
    default List<DaftarReferensi> referensi() {
        return List.of();
    }

    /**
     * How the portal computes some of {@link #indikator()} from the stored form data; each may be
     * the realisasi source of a tenant's Renstra or PK indicator. @since 1.1
     */
    default List<IndikatorTerhitung> indikatorTerhitung() {
        return List.of();
    }

    /** Sections for the LKIP and the RKPD evaluation chapter. @since 1.1 */
    default List<BagianLaporan> bagianLaporan() {
        return List.of();
    }

    /**
     * The parts of the RKPD evaluation chapter of this urusan drawn from the plugin's forms: the
     * indicator history, the SPM table, the narrative per type, in the order the chapter prints them.
     * A plugin built before 1.2 contributes none and keeps loading. @since 1.2
     */
    default List<BagianRkpd> bagianRkpd() {
        return List.of();
    }

    /** Example rows for demo tenants. @since 1.1 */
    default List<DataContoh> dataContoh() {
        return List.of();
    }
}
