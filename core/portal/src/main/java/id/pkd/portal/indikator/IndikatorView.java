package id.pkd.portal.indikator;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.pkd.portal.plugin.IndikatorUrusan;
import id.pkd.portal.plugin.PluginDaerahService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The key indicators of the urusan the tenant enabled. */
@Route("indikator")
@PageTitle("Indikator Kinerja | Portal Kinerja Daerah")
@Menu(title = "Indikator Kinerja", order = 40)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class IndikatorView extends VerticalLayout {

    IndikatorView(PluginDaerahService plugins) {
        List<IndikatorUrusan> indikator = plugins.indikatorAktif();
        Grid<IndikatorUrusan> tabel = new Grid<>();
        tabel.addClassName("tabel-indikator");
        tabel.addColumn(i -> i.urusan().kode() + " " + i.urusan().nama())
                .setHeader("Urusan")
                .setAutoWidth(true);
        tabel.addColumn(i -> i.indikator().nama()).setHeader("Indikator").setFlexGrow(1);
        tabel.addColumn(i -> i.indikator().satuan()).setHeader("Satuan").setAutoWidth(true);
        tabel.addColumn(i -> i.indikator().polaritas().label())
                .setHeader("Polaritas")
                .setAutoWidth(true);
        tabel.setItems(indikator);
        tabel.setAllRowsVisible(true);
        add(new H2("Indikator Kinerja"));
        if (indikator.isEmpty()) {
            add(new Paragraph("Belum ada urusan yang diaktifkan untuk daerah ini. Admin Daerah dapat"
                    + " mengaktifkannya di menu Plugin Urusan."));
        } else {
            add(tabel);
        }
    }
}
