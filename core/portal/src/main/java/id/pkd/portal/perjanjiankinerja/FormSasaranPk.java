package id.pkd.portal.perjanjiankinerja;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.capaian.AngkaTidakSahException;
import id.pkd.portal.perjanjiankinerja.IsianSasaranPk.IsianIndikatorPk;
import id.pkd.portal.perjanjiankinerja.PerjanjianPejabat.IndikatorPk;
import id.pkd.portal.perjanjiankinerja.PerjanjianPejabat.Pilihan;
import id.pkd.portal.perjanjiankinerja.PerjanjianPejabat.SasaranPk;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form of one PK sasaran: code, description, the sasaran it supports (picked from a list), and its indicator
 * rows, each a Renstra indicator or one named here with its unit, and the target. Ctrl+Enter saves, Escape cancels;
 * a refused save keeps every field as typed and shows each message at its field.
 */
class FormSasaranPk extends VerticalLayout {

    final TextField kode = new TextField("Kode sasaran");
    final TextArea uraian = new TextArea("Uraian sasaran");
    final ComboBox<Pilihan> atasan = new ComboBox<>();
    final Button tambahIndikator = new Button("Tambah indikator");
    final Button simpan = new Button("Simpan sasaran");
    final Button batal = new Button("Batal");
    private final H3 judul = new H3();
    private final Div daftarIndikator = new Div();
    private final Div pesanIndikator = new Div();
    private final List<Baris> baris = new ArrayList<>();
    private Long id;
    private List<Pilihan> renstra = List.of();

    /** One indicator row's fields. */
    private record Baris(
            Long indikatorPk,
            ComboBox<Pilihan> renstra,
            TextField nama,
            TextField satuan,
            TextField target,
            HorizontalLayout tata) {}

    FormSasaranPk() {
        setId("form-sasaran");
        setPadding(false);
        kode.setId("kode");
        kode.setMaxLength(30);
        uraian.setId("uraian");
        uraian.setWidthFull();
        atasan.setId("atasan");
        atasan.setWidthFull();
        atasan.setItemLabelGenerator(Pilihan::label);
        tambahIndikator.setId("tambah-indikator");
        tambahIndikator.addClickListener(e -> tambahBaris(null).nama().focus());
        simpan.setId("simpan-sasaran");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the focused field sends its value first, so the figure just typed is the one saved
        simpan.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
        batal.setId("batal-sasaran");
        batal.addClickShortcut(Key.ESCAPE).resetFocusOnActiveElement();
        daftarIndikator.setId("daftar-indikator");
        daftarIndikator.setWidthFull();
        pesanIndikator.setId("pesan-indikator");
        pesanIndikator.addClassName("teks-galat");
        add(
                judul,
                kode,
                uraian,
                atasan,
                daftarIndikator,
                pesanIndikator,
                tambahIndikator,
                new HorizontalLayout(simpan, batal));
    }

    /** Opens the form on {@code s} (null: a new sasaran) with the pickers of this agreement. */
    void buka(SasaranPk s, PerjanjianPejabat pk) {
        id = s == null ? null : s.id();
        renstra = pk.indikatorRenstra();
        judul.setText(s == null ? "Sasaran baru" : "Ubah sasaran " + s.kode());
        atasan.setLabel(
                pk.kepala()
                        ? "Mendukung sasaran Renstra"
                        : "Mendukung sasaran atasan (" + pk.atasan().nama() + ")");
        atasan.setItems(pk.pilihanAtasan());
        atasan.setValue(
                s == null
                        ? null
                        : pk.pilihanAtasan().stream()
                                .filter(p -> p.id() == (s.atasanId() == null ? -1 : s.atasanId()))
                                .findFirst()
                                .orElse(null));
        kode.setValue(s == null ? "" : s.kode());
        uraian.setValue(s == null ? "" : s.uraian());
        baris.clear();
        daftarIndikator.removeAll();
        if (s == null) {
            tambahBaris(null);
        } else {
            s.indikator().forEach(this::tambahBaris);
        }
        formulir().bersihkan();
        pesanIndikator.setText("");
        kode.focus();
    }

    private Baris tambahBaris(IndikatorPk i) {
        int n = baris.size();
        ComboBox<Pilihan> pilih = new ComboBox<>("Indikator Renstra (kosongkan untuk indikator PK)");
        pilih.setItems(renstra);
        pilih.setItemLabelGenerator(Pilihan::label);
        pilih.setClearButtonVisible(true);
        pilih.setId("indikator-" + n + "-renstra");
        pilih.setWidth("18em");
        TextField nama = new TextField("Nama indikator");
        nama.setId("indikator-" + n + "-nama");
        nama.setWidth("18em");
        TextField satuan = new TextField("Satuan");
        satuan.setId("indikator-" + n + "-satuan");
        satuan.setWidth("7em");
        TextField target = new TextField("Target");
        target.setId("indikator-" + n + "-target");
        target.setWidth("8em");
        Button hapus = new Button("Hapus");
        hapus.setId("indikator-" + n + "-hapus");
        HorizontalLayout tata = new HorizontalLayout(pilih, nama, satuan, target, hapus);
        tata.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // an indicator defined by this PK keeps its id, so its realisasi stays with it when renamed
        Baris b = new Baris(i == null || i.renstra() ? null : i.indikatorId(), pilih, nama, satuan, target, tata);
        pilih.addValueChangeListener(e -> {
            // a Renstra indicator brings its own name and unit
            nama.setReadOnly(e.getValue() != null);
            satuan.setReadOnly(e.getValue() != null);
        });
        hapus.addClickListener(e -> {
            tata.setVisible(false);
            b.target().setValue("");
        });
        if (i != null) {
            nama.setValue(i.nama());
            satuan.setValue(i.satuan());
            target.setValue(i.target() == null ? "" : AngkaIndonesia.formatRingkas(i.target()));
            if (i.renstra()) {
                renstra.stream()
                        .filter(p -> p.id() == i.indikatorId())
                        .findFirst()
                        .ifPresent(pilih::setValue);
            }
        }
        baris.add(b);
        daftarIndikator.add(tata);
        return b;
    }

    /** The form as typed; a figure that is not a number is reported at its field, as the service reports the rest. */
    IsianSasaranPk baca() {
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        List<IsianIndikatorPk> indikator = new ArrayList<>();
        for (Baris b : terlihat()) {
            int n = indikator.size();
            BigDecimal target = null;
            if (!b.target().getValue().isBlank()) {
                try {
                    target = AngkaIndonesia.parse(b.target().getValue());
                } catch (AngkaTidakSahException e) {
                    salah.tambah("indikator[" + n + "].target", e.getMessage());
                }
            }
            Long indikatorId = b.renstra().getValue() != null
                    ? Long.valueOf(b.renstra().getValue().id())
                    : b.indikatorPk();
            indikator.add(new IsianIndikatorPk(
                    indikatorId, b.nama().getValue(), b.satuan().getValue(), target));
        }
        salah.lemparJikaAda();
        return new IsianSasaranPk(
                id,
                kode.getValue(),
                uraian.getValue(),
                atasan.getValue() == null ? null : atasan.getValue().id(),
                indikator);
    }

    void tampilkan(IsianTidakSahException e) {
        Map<String, String> pesan = new LinkedHashMap<>(e.pesanPerIsian());
        // a message for the indicator list as a whole sits under the rows
        pesanIndikator.setText(java.util.Objects.toString(pesan.remove("indikator"), ""));
        formulir().tampilkan(new IsianTidakSahException(pesan));
    }

    private List<Baris> terlihat() {
        return baris.stream().filter(b -> b.tata().isVisible()).toList();
    }

    private Formulir formulir() {
        Map<String, HasValidation> isian = new LinkedHashMap<>();
        isian.put("kode", kode);
        isian.put("uraian", uraian);
        isian.put("atasan", atasan);
        List<Baris> t = terlihat();
        for (int n = 0; n < t.size(); n++) {
            isian.put("indikator[" + n + "].nama", t.get(n).nama());
            isian.put("indikator[" + n + "].satuan", t.get(n).satuan());
            isian.put("indikator[" + n + "].target", t.get(n).target());
        }
        return new Formulir(isian);
    }
}
