package id.pkd.portal.plugin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The portal operator sees what is installed and what failed to load, with the reason. */
@Route("plugin-portal")
@PageTitle("Plugin Terpasang | Portal Kinerja Daerah")
@Menu(title = "Plugin Terpasang", order = 11)
@RolesAllowed("OPERATOR_PORTAL")
class PluginPortalView extends VerticalLayout {

    PluginPortalView(PluginPortal plugins) {
        Grid<PluginTerpasang> terpasang = new Grid<>();
        terpasang.addColumn(PluginTerpasang::id).setHeader("Id plugin").setAutoWidth(true);
        terpasang.addColumn(PluginTerpasang::nama).setHeader("Nama").setFlexGrow(1);
        terpasang.addColumn(PluginTerpasang::versi).setHeader("Versi").setAutoWidth(true);
        terpasang.addColumn(PluginTerpasang::berkas).setHeader("Berkas").setAutoWidth(true);
        terpasang.setItems(plugins.terpasang());
        terpasang.setAllRowsVisible(true);

        Grid<PluginGagal> gagal = new Grid<>();
        gagal.addClassName("plugin-gagal");
        gagal.addColumn(PluginGagal::berkas).setHeader("Berkas").setAutoWidth(true);
        gagal.addColumn(PluginGagal::id).setHeader("Id plugin").setAutoWidth(true);
        gagal.addColumn(PluginGagal::alasan).setHeader("Alasan").setFlexGrow(1);
        gagal.setItems(plugins.gagal());
        gagal.setAllRowsVisible(true);

        add(new H2("Plugin Terpasang"), terpasang, new H3("Plugin gagal dimuat"));
        if (plugins.gagal().isEmpty()) {
            add(new Paragraph("Semua plugin di direktori plugin berhasil dimuat."));
        } else {
            add(gagal);
        }
    }
}
