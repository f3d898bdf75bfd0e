package id.pkd.portal.tampilan;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import id.pkd.portal.capaian.AmbangKategori;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.capaian.Rupiah;
import java.math.BigDecimal;
import java.util.Optional;

/** How every screen prints figures and kategori: one place, so the screens agree with each other. */
public final class FormatKinerja {

    public static final String KOSONG = "–";

    private FormatKinerja() {}

    /** A measured value with only the decimals it carries: 68,72; 1.234.567. */
    public static String angka(Optional<BigDecimal> nilai) {
        return nilai.map(AngkaIndonesia::formatRingkas).orElse(KOSONG);
    }

    /** A change with its sign: +2,5 or -1,25. */
    public static String selisih(Optional<BigDecimal> nilai) {
        return nilai.map(n -> (n.signum() > 0 ? "+" : "") + AngkaIndonesia.formatRingkas(n))
                .orElse(KOSONG);
    }

    /** A percentage already rounded by the tenant's rule, always with 2 decimals: 68,72. */
    public static String persen(Optional<BigDecimal> nilai) {
        return nilai.map(n -> AngkaIndonesia.format(n, 2)).orElse(KOSONG);
    }

    public static String rupiah(Rupiah nilai) {
        return nilai == null ? KOSONG : nilai.tercetak();
    }

    /** A kategori as a coloured badge, white on the kategori's colour. */
    public static Span lencana(Optional<Kategori> kategori) {
        Span lencana = new Span(kategori.map(Kategori::label).orElse(KOSONG));
        kategori.ifPresent(k -> {
            lencana.addClassName("lencana-kategori");
            lencana.getElement().setAttribute("data-kategori", k.name());
            lencana.getStyle()
                    .set("background", k.warna())
                    .set("color", "white")
                    .set("padding", "0.1em 0.6em")
                    .set("border-radius", "1em")
                    .set("font-size", "var(--lumo-font-size-s)")
                    .set("white-space", "nowrap");
        });
        return lencana;
    }

    private static final String GAYA_LENCANA = "color: white; padding: 0.1em 0.6em; border-radius: 1em;"
            + " font-size: var(--lumo-font-size-s); white-space: nowrap; background: ";

    /**
     * {@link #lencana} as a grid column's renderer: the same badge (class, {@code data-kategori}, colours) drawn by
     * the browser from three values per row, so a grid holds no component per row (issue 16: the capaian grid held
     * one badge component for each of its rows).
     */
    public static <T> LitRenderer<T> lencanaTabel(ValueProvider<T, Optional<Kategori>> kategori) {
        return lencanaTabel(
                "<span class=\"${item.kelas}\" data-kategori=\"${item.kategori}\" style=\"${item.gaya}\">"
                        + "${item.label}</span>",
                kategori);
    }

    /**
     * {@link #lencanaTabel(ValueProvider)} with a fixed class and the row's code as {@code data-kode}, so a page
     * and its checks find one row's badge without a component per row.
     */
    public static <T> LitRenderer<T> lencanaTabel(
            ValueProvider<T, Optional<Kategori>> kategori, String kelas, ValueProvider<T, String> kode) {
        return lencanaTabel(
                        "<span class=\"" + kelas + " ${item.kelas}\" data-kode=\"${item.kode}\""
                                + " data-kategori=\"${item.kategori}\" style=\"${item.gaya}\">${item.label}</span>",
                        kategori)
                .withProperty("kode", kode);
    }

    private static <T> LitRenderer<T> lencanaTabel(String templat, ValueProvider<T, Optional<Kategori>> kategori) {
        return LitRenderer.<T>of(templat)
                .withProperty(
                        "kelas",
                        b -> kategori.apply(b).map(k -> "lencana-kategori").orElse(""))
                .withProperty(
                        "kategori", b -> kategori.apply(b).map(Kategori::name).orElse(""))
                .withProperty("gaya", b -> kategori.apply(b)
                        .map(k -> GAYA_LENCANA + k.warna())
                        .orElse(""))
                .withProperty(
                        "label", b -> kategori.apply(b).map(Kategori::label).orElse(KOSONG));
    }

    /** The kategori bands of the tenant's rule, each as a badge with its range. */
    public static HorizontalLayout legenda(AmbangKategori ambang) {
        HorizontalLayout legenda = new HorizontalLayout();
        legenda.setId("legenda-kategori");
        legenda.getStyle().set("flex-wrap", "wrap");
        for (Kategori k : Kategori.values()) {
            Span rentang = new Span(ambang.rentang(k));
            rentang.getStyle().set("margin-left", "var(--lumo-space-xs)");
            legenda.add(new Span(lencana(Optional.of(k)), rentang));
        }
        return legenda;
    }
}
