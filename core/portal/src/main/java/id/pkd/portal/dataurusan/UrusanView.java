package id.pkd.portal.dataurusan;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.pkd.portal.pengukuran.PembekuanPengukuran;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.plugin.DataUrusanService;
import id.pkd.portal.plugin.FormulirUrusan;
import id.pkd.portal.plugin.IndikatorUrusan;
import id.pkd.portal.tahun.PilihanTahunService;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The forms of the urusan the tenant enabled, and which planning indicators take a computed
 * indicator as their realisasi source. Built from the plugins' declarations: the core names no urusan.
 */
@Route("urusan")
@PageTitle("Data Urusan | Portal Kinerja Daerah")
@Menu(title = "Data Urusan", order = 25)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class UrusanView extends VerticalLayout {

    UrusanView(
            DataUrusanService data,
            PerencanaanService perencanaan,
            PembekuanPengukuran pembekuan,
            PilihanTahunService pilihanTahun) {
        add(new H2("Data Urusan"));
        List<FormulirUrusan> formulir = data.formulirAktif();
        if (formulir.isEmpty()) {
            add(new Paragraph("Belum ada urusan yang diaktifkan untuk daerah ini."));
        }
        String urusan = null;
        int tahun = pilihanTahun.tahunBawaan();
        for (FormulirUrusan f : formulir) {
            if (!f.urusan().kode().equals(urusan)) {
                urusan = f.urusan().kode();
                add(new H3(f.urusan().kode() + " " + f.urusan().nama()));
            }
            String jalur = "urusan/" + f.pluginId() + "/" + f.formulir().kode()
                    + (f.formulir().tahunan() ? "?tahun=" + tahun : "");
            Anchor a = new Anchor(jalur, f.formulir().judul());
            a.setId("formulir-" + f.pluginId() + "-" + f.formulir().kode());
            add(a);
        }
        boolean bolehIsi = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_OPERATOR")
                        || a.getAuthority().equals("ROLE_ADMIN_DAERAH"));
        List<IndikatorUrusan> terhitung = data.indikatorTerhitungAktif();
        Map<String, String> sumber = new LinkedHashMap<>();
        terhitung.forEach(i -> sumber.put(
                i.pluginId() + "/" + i.indikator().kode(),
                i.urusan().nama() + ": " + i.indikator().nama()));
        add(new H3("Sumber realisasi indikator"));
        add(new Paragraph("Indikator yang bersumber dari data urusan dihitung dari data itu; tanpa sumber,"
                + " realisasinya diisi di halaman Realisasi Kinerja."));
        List<Indikator> indikator = new ArrayList<>();
        for (PerangkatDaerah pd : perencanaan.daftarPerangkatDaerah()) {
            try {
                indikator.addAll(perencanaan.rencana(pd.id(), tahun).indikator());
            } catch (IsianTidakSahException e) {
                // no RPJMD period covers last year
            }
        }
        Grid<Indikator> tabel = new Grid<>();
        tabel.addColumn(Indikator::kode).setHeader("Kode").setAutoWidth(true);
        tabel.addColumn(Indikator::nama).setHeader("Indikator").setFlexGrow(1);
        tabel.addComponentColumn(i -> {
                    ComboBox<String> pilih = new ComboBox<>();
                    pilih.setItems(new ArrayList<>(sumber.keySet()));
                    pilih.setItemLabelGenerator(k -> sumber.getOrDefault(k, k));
                    pilih.setPlaceholder("Diisi manual");
                    pilih.setClearButtonVisible(true);
                    pilih.setWidth("28em");
                    pilih.setValue(i.sumberRealisasi());
                    pilih.setReadOnly(!bolehIsi);
                    pilih.addValueChangeListener(e -> {
                        if (e.isFromClient()) {
                            perencanaan.aturSumberRealisasi(i.id(), e.getValue(), data::sumberDikenal);
                            Formulir.berhasil("Sumber realisasi " + i.kode() + " diubah. "
                                    + pembekuan
                                            .catatanTahunTerkunci(i.perangkatDaerahId(), "sumber realisasi")
                                            .orElse(""));
                        }
                    });
                    return pilih;
                })
                .setHeader("Sumber realisasi")
                .setAutoWidth(true);
        tabel.setItems(indikator);
        tabel.setAllRowsVisible(true);
        add(tabel);
    }
}
