package id.pkd.portal.pengukuran;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.pkd.portal.capaian.AmbangKategori;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.capaian.Rupiah;
import java.math.BigDecimal;
import java.util.Optional;

/** How the measurement screens print figures and kategori: one place, so every screen agrees. */
final class Tampilan {

    static final String KOSONG = "–";

    private Tampilan() {}

    /** A measured value with only the decimals it carries: 68,72; 1.234.567. */
    static String angka(Optional<BigDecimal> nilai) {
        return nilai.map(AngkaIndonesia::formatRingkas).orElse(KOSONG);
    }

    /** A change with its sign: +2,5 or -1,25. */
    static String selisih(Optional<BigDecimal> nilai) {
        return nilai.map(n -> (n.signum() > 0 ? "+" : "") + AngkaIndonesia.formatRingkas(n))
                .orElse(KOSONG);
    }

    /** A percentage already rounded by the tenant's rule, always with 2 decimals: 68,72. */
    static String persen(Optional<BigDecimal> nilai) {
        return nilai.map(n -> AngkaIndonesia.format(n, 2)).orElse(KOSONG);
    }

    static String rupiah(Rupiah nilai) {
        return nilai == null ? KOSONG : nilai.tercetak();
    }

    /** A kategori as a coloured badge, white on the kategori's colour. */
    static Component lencana(Optional<Kategori> kategori) {
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

    /** A small summary card: a caption above a large figure and anything else. */
    static Div kartu(String id, String judul, Component... isi) {
        Span keterangan = new Span(judul);
        keterangan.getStyle().set("color", "var(--lumo-secondary-text-color)").set("display", "block");
        Div kartu = new Div(keterangan);
        kartu.add(isi);
        kartu.setId(id);
        kartu.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("min-width", "14em");
        return kartu;
    }

    static Span besar(String teks) {
        Span besar = new Span(teks);
        besar.getStyle()
                .set("font-size", "var(--lumo-font-size-xxl)")
                .set("font-weight", "600")
                .set("margin-right", "var(--lumo-space-s)");
        return besar;
    }

    /** The kategori bands of the tenant's rule, each as a badge with its range. */
    static HorizontalLayout legenda(AmbangKategori ambang) {
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
