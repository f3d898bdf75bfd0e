package id.pkd.portal.dataurusan;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.capaian.RumusCapaian;
import id.pkd.portal.pengukuran.BarisCapaian;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.plugin.DataUrusanService;
import id.pkd.portal.plugin.IndikatorUrusan;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.ArrayList;
import java.util.List;

/**
 * A plugin's computed indicators for a year and, where a planning indicator takes one as its
 * realisasi source, that indicator's capaian: both through the one calculation path.
 */
class IndikatorTerhitungPanel extends VerticalLayout {

    private final DataUrusanService data;
    private final PengukuranKinerjaService pengukuran;

    IndikatorTerhitungPanel(DataUrusanService data, PengukuranKinerjaService pengukuran) {
        this.data = data;
        this.pengukuran = pengukuran;
        setPadding(false);
        addClassName("indikator-terhitung");
    }

    void tampilkan(String pluginId, int tahun) {
        removeAll();
        add(new H3("Indikator terhitung " + tahun));
        List<BarisCapaian> terkait = new ArrayList<>();
        try {
            // Every agency at once (a tenant of many agencies costs the statements of one), indicators only.
            pengukuran.ukurIndikatorSemua(tahun).stream()
                    .flatMap(m -> m.semuaIndikator().stream())
                    .filter(b -> b.indikator().realisasiTerhitung()
                            && b.indikator().sumberRealisasi().startsWith(pluginId + "/"))
                    .forEach(terkait::add);
        } catch (IsianTidakSahException e) {
            // the year lies outside every RPJMD period: no planning indicator to show
        }
        for (IndikatorUrusan i : data.indikatorTerhitungAktif()) {
            if (!i.pluginId().equals(pluginId)) {
                continue;
            }
            String sumber = pluginId + "/" + i.indikator().kode();
            var hasil = data.hitung(sumber, tahun);
            String nilai = hasil.filter(h -> !h.terhitung())
                    .map(h -> h.tidakDapatDihitung())
                    .or(() -> hasil.flatMap(h -> RumusCapaian.rasio(h.pembilang(), h.penyebut(), h.skala()))
                            .map(v -> AngkaIndonesia.format(v, 2)))
                    .orElse("belum ada data");
            Div baris =
                    new Div(new Span(i.indikator().nama() + " (" + i.indikator().satuan() + "): "));
            Span angka = new Span(nilai);
            angka.setId("terhitung-" + i.indikator().kode());
            baris.add(angka);
            for (BarisCapaian b : terkait) {
                if (b.indikator().sumberRealisasi().equals(sumber)) {
                    Span capaian = new Span(b.capaianTerbulat()
                            .map(c -> " · " + b.indikator().kode() + " capaian " + AngkaIndonesia.persen(c)
                                    + b.kategori()
                                            .map(k -> " (" + k.label() + ")")
                                            .orElse(""))
                            .orElse(" · " + b.indikator().kode() + " tanpa target tahun ini"));
                    capaian.setId("capaian-" + i.indikator().kode());
                    baris.add(capaian);
                }
            }
            add(baris);
        }
    }
}
