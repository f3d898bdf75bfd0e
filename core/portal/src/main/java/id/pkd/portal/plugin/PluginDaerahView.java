package id.pkd.portal.plugin;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.pkd.portal.umum.Formulir;
import jakarta.annotation.security.RolesAllowed;

/** The tenant admin enables the urusan the tenant holds. */
@Route("plugin")
@PageTitle("Plugin Urusan | Portal Kinerja Daerah")
@Menu(title = "Plugin Urusan", order = 30)
@RolesAllowed("ADMIN_DAERAH")
class PluginDaerahView extends VerticalLayout {

    private final PluginDaerahService plugins;
    private final Grid<StatusPluginDaerah> tabel = new Grid<>();

    PluginDaerahView(PluginDaerahService plugins) {
        this.plugins = plugins;
        tabel.addComponentColumn(this::sakelar).setHeader("Aktif").setAutoWidth(true);
        tabel.addColumn(s -> s.plugin().urusan().urusan().kode())
                .setHeader("Kode urusan")
                .setAutoWidth(true);
        tabel.addColumn(s -> s.plugin().nama()).setHeader("Urusan").setFlexGrow(1);
        tabel.addColumn(s -> s.plugin().id()).setHeader("Id plugin").setAutoWidth(true);
        tabel.addColumn(s -> s.plugin().versi()).setHeader("Versi").setAutoWidth(true);
        tabel.setAllRowsVisible(true);
        add(
                new H2("Plugin Urusan"),
                new Paragraph("Aktifkan urusan yang menjadi kewenangan daerah Anda. Perubahan berlaku seketika"
                        + " bagi semua pengguna daerah ini; data yang sudah tercatat tetap tersimpan."),
                tabel);
        tabel.setItems(plugins.daftar());
    }

    private Checkbox sakelar(StatusPluginDaerah status) {
        Checkbox aktif = new Checkbox(status.aktif());
        aktif.setAriaLabel("Aktifkan " + status.plugin().id());
        aktif.getElement().setAttribute("data-plugin", status.plugin().id());
        aktif.addValueChangeListener(e -> {
            plugins.atur(status.plugin().id(), e.getValue());
            Formulir.berhasil(status.plugin().nama() + (e.getValue() ? " diaktifkan." : " dinonaktifkan."));
        });
        return aktif;
    }
}
