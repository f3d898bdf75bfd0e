package id.pkd.portal.anggaran;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.capaian.AngkaTidakSahException;
import id.pkd.portal.perencanaan.SumberDana;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one sub kegiatan: pagu, funding source, spending per quarter and indicators with targets. Figures
 * are typed the Indonesian way; a wrong one is reported at its field together with the service's messages, and
 * what was typed stays.
 */
class IsianSubKegiatanPanel extends VerticalLayout {

    /** One indicator row of the panel. */
    private record BarisIndikator(
            Long id, TextField nama, TextField satuan, TextField target, HorizontalLayout baris) {}

    final Button simpan = new Button("Simpan sub kegiatan");
    private final H3 judul = new H3();
    private final TextField pagu = angka("Pagu (Rp)", "isian-pagu");
    private final Select<SumberDana> sumber = new Select<>();
    private final TextField[] triwulan = {
        angka("Realisasi TW I", "isian-tw1"),
        angka("Realisasi TW II", "isian-tw2"),
        angka("Realisasi TW III", "isian-tw3"),
        angka("Realisasi TW IV", "isian-tw4")
    };
    private final Span total = new Span();
    private final VerticalLayout daftarIndikator = new VerticalLayout();
    private final List<BarisIndikator> indikator = new ArrayList<>();
    private long id;

    IsianSubKegiatanPanel() {
        setPadding(false);
        setId("isian-sub-kegiatan");
        sumber.setLabel("Sumber dana");
        sumber.setId("isian-sumber-dana");
        sumber.setItems(SumberDana.values());
        sumber.setItemLabelGenerator(SumberDana::label);
        total.setId("realisasi-total");
        simpan.setId("simpan-sub-kegiatan");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button tambahIndikator = new Button("Tambah indikator", e -> tambahIndikator(null, "", "", ""));
        tambahIndikator.setId("tambah-indikator");
        daftarIndikator.setPadding(false);
        HorizontalLayout tw = new HorizontalLayout(triwulan);
        HorizontalLayout atas = new HorizontalLayout(pagu, sumber);
        add(judul, atas, tw, total, new H3("Indikator"), daftarIndikator, tambahIndikator, simpan);
    }

    private static TextField angka(String label, String id) {
        TextField f = new TextField(label);
        f.setId(id);
        f.setWidth("12em");
        return f;
    }

    void tampilkan(BarisProgram b) {
        id = b.id();
        judul.setText(b.kode() + " " + b.nama());
        pagu.setValue(teks(b.anggaran()));
        sumber.setValue(b.sumberDana());
        for (int t = 1; t <= 4; t++) {
            triwulan[t - 1].setValue(teks(b.triwulan().get(t)));
        }
        total.setText("Realisasi tahun ini: Rp " + teks(b.realisasi())
                + (b.triwulan().isEmpty() ? "" : " (jumlah triwulan)"));
        daftarIndikator.removeAll();
        indikator.clear();
        b.indikator().forEach(i -> tambahIndikator(i.id(), i.nama(), i.satuan(), teks(i.target())));
        formulir().bersihkan();
    }

    private void tambahIndikator(Long idInd, String nama, String satuan, String target) {
        TextField n = new TextField("Indikator");
        n.setWidth("28em");
        n.setValue(nama);
        TextField s = new TextField("Satuan");
        s.setWidth("8em");
        s.setValue(satuan);
        TextField t = new TextField("Target");
        t.setWidth("10em");
        t.setValue(target);
        HorizontalLayout baris = new HorizontalLayout(n, s, t);
        BarisIndikator bi = new BarisIndikator(idInd, n, s, t, baris);
        Button hapus = new Button("Hapus", e -> {
            indikator.remove(bi);
            daftarIndikator.remove(baris);
        });
        hapus.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        baris.add(hapus);
        baris.setAlignItems(FlexComponent.Alignment.BASELINE);
        baris.addClassName("baris-indikator");
        indikator.add(bi);
        daftarIndikator.add(baris);
    }

    /** The fields as the service names them, for its messages. */
    Formulir formulir() {
        Map<String, HasValidation> isian = new HashMap<>();
        isian.put("anggaran", pagu);
        isian.put("sumberDana", sumber);
        for (int t = 1; t <= 4; t++) {
            isian.put("triwulan" + t, triwulan[t - 1]);
        }
        for (int k = 0; k < indikator.size(); k++) {
            isian.put("indikator." + k + ".nama", indikator.get(k).nama());
            isian.put("indikator." + k + ".satuan", indikator.get(k).satuan());
            isian.put("indikator." + k + ".target", indikator.get(k).target());
        }
        return new Formulir(isian);
    }

    /** What is typed; a figure that is not a number is reported with every other such figure at once. */
    IsianSubKegiatan isian() {
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        BigDecimal p = baca(pagu.getValue(), "anggaran", salah);
        Map<Integer, BigDecimal> tw = new HashMap<>();
        for (int t = 1; t <= 4; t++) {
            BigDecimal v = baca(triwulan[t - 1].getValue(), "triwulan" + t, salah);
            if (v != null) {
                tw.put(t, v);
            }
        }
        List<BarisProgram.IndikatorAnggaran> ind = new ArrayList<>();
        for (int k = 0; k < indikator.size(); k++) {
            BarisIndikator b = indikator.get(k);
            ind.add(new BarisProgram.IndikatorAnggaran(
                    b.id(),
                    b.nama().getValue(),
                    b.satuan().getValue(),
                    baca(b.target().getValue(), "indikator." + k + ".target", salah)));
        }
        salah.lemparJikaAda();
        return new IsianSubKegiatan(id, p, sumber.getValue(), tw, ind);
    }

    private static BigDecimal baca(String teks, String isian, IsianTidakSahException.Pengumpul salah) {
        if (teks == null || teks.isBlank()) {
            return null;
        }
        try {
            return AngkaIndonesia.parse(teks);
        } catch (AngkaTidakSahException e) {
            salah.tambah(isian, e.getMessage());
            return null;
        }
    }

    private static String teks(BigDecimal v) {
        return v == null ? "" : AngkaIndonesia.formatRingkas(v);
    }
}
