package id.pkd.portal.realisasi;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.persetujuan.Persetujuan;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.tampilan.BelumAdaRencana;
import id.pkd.portal.umum.WaktuDaerah;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The approval queue: every agency-year with a recorded status, plus every agency for the current
 * year, with what awaits the signed-in role first. Each row opens the realisasi page.
 */
@Route("persetujuan")
@PageTitle("Antrean Persetujuan | Portal Kinerja Daerah")
@Menu(title = "Antrean Persetujuan", order = 31)
@RolesAllowed({"VERIFIKATOR", "PIMPINAN", "ADMIN_DAERAH"})
class PersetujuanView extends VerticalLayout {

    record Baris(PerangkatDaerah perangkatDaerah, Persetujuan persetujuan, boolean menunggu) {}

    private final List<Baris> semua;
    private final Grid<Baris> tabel = new Grid<>();

    PersetujuanView(
            PersetujuanService persetujuan,
            PerencanaanService perencanaan,
            WaktuDaerah waktu,
            AuthenticationContext auth) {
        Peran peran = Tampilan.peran(auth);
        int tahunIni = waktu.hariIni().getYear();
        Map<Long, PerangkatDaerah> pd = perencanaan.daftarPerangkatDaerah().stream()
                .collect(Collectors.toMap(PerangkatDaerah::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, Persetujuan> perKunci = new LinkedHashMap<>();
        persetujuan.semua().forEach(p -> perKunci.put(p.perangkatDaerahId() + "/" + p.tahun(), p));
        pd.values()
                .forEach(p ->
                        perKunci.computeIfAbsent(p.id() + "/" + tahunIni, k -> persetujuan.status(p.id(), tahunIni)));
        semua = perKunci.values().stream()
                .filter(p -> pd.containsKey(p.perangkatDaerahId()))
                .map(p -> new Baris(pd.get(p.perangkatDaerahId()), p, Tampilan.menungguPeran(p.status(), peran)))
                .sorted(Comparator.comparing((Baris b) -> !b.menunggu())
                        .thenComparing(b -> -b.persetujuan().tahun())
                        .thenComparing(b -> b.perangkatDaerah().nama()))
                .toList();

        tabel.addClassName("tabel-persetujuan");
        tabel.addColumn(b -> b.perangkatDaerah().namaPendek())
                .setHeader("Perangkat daerah")
                .setFlexGrow(1);
        tabel.addColumn(b -> b.persetujuan().tahun()).setHeader("Tahun").setAutoWidth(true);
        tabel.addColumn(b -> b.persetujuan().status().label())
                .setHeader("Status")
                .setAutoWidth(true);
        tabel.addColumn(b -> b.menunggu() ? "Menunggu Anda" : "")
                .setHeader("Tindakan")
                .setAutoWidth(true);
        tabel.addColumn(b ->
                        b.persetujuan().alasan() == null ? "" : b.persetujuan().alasan())
                .setHeader("Alasan terakhir")
                .setFlexGrow(1);
        // A plain link drawn by the browser (the router still takes its click): an Anchor component per row, as
        // before, was held by the page for every agency-year of the queue (issue 16: <= 250 kB per UI).
        tabel.addColumn(LitRenderer.<Baris>of("<a class=\"buka-realisasi\" href=\"${item.alamat}\">Buka realisasi</a>")
                        .withProperty(
                                "alamat",
                                b -> "realisasi?pd=" + b.perangkatDaerah().id() + "&tahun="
                                        + b.persetujuan().tahun()))
                .setAutoWidth(true);
        tabel.setAllRowsVisible(true);

        long jumlah = semua.stream().filter(Baris::menunggu).count();
        Paragraph ringkas = new Paragraph(
                jumlah == 0
                        ? "Tidak ada realisasi yang menunggu tindakan Anda."
                        : jumlah + " realisasi menunggu tindakan Anda (" + peran.label() + ").");
        ringkas.setId("ringkasan-antrean");
        Checkbox hanyaMenunggu = new Checkbox("Hanya yang menunggu tindakan saya");
        hanyaMenunggu.addValueChangeListener(e -> tabel.setItems(
                e.getValue() ? semua.stream().filter(Baris::menunggu).toList() : semua));
        hanyaMenunggu.setVisible(peran != Peran.ADMIN_DAERAH);
        tabel.setItems(semua);
        add(new H2("Antrean Persetujuan"), ringkas, hanyaMenunggu, tabel);
        if (pd.isEmpty()) {
            addComponentAtIndex(1, new BelumAdaRencana("pengajuan realisasi perangkat daerah"));
        }
    }
}
