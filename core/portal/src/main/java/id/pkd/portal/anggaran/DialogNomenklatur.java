package id.pkd.portal.anggaran;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.Map;
import java.util.function.Function;

/**
 * The searchable picker of a new row: the nomenclature rows that may go under the chosen parent (or the programs),
 * found by a code prefix or a part of the name as the user types. A refused code keeps the dialog open with the
 * message at the field.
 */
class DialogNomenklatur extends Dialog {

    private final ComboBox<Nomenklatur> pilih = new ComboBox<>();
    private final Formulir formulir = new Formulir(Map.of("kode", pilih));

    DialogNomenklatur(
            NomenklaturService nomenklatur,
            int tahun,
            BarisProgram induk,
            Function<Nomenklatur, BarisProgram> tambah,
            java.util.function.Consumer<BarisProgram> selesai) {
        setHeaderTitle(induk == null ? "Tambah program" : "Tambah di bawah " + induk.kode());
        pilih.setId("pilih-nomenklatur");
        pilih.setLabel("Kode atau nama (" + nomenklatur.versi(tahun).nama() + ")");
        pilih.setWidth("48em");
        pilih.setItemLabelGenerator(Nomenklatur::label);
        pilih.setItems(
                q -> nomenklatur
                        .pilihan(
                                tahun,
                                induk == null ? null : induk.kode(),
                                q.getFilter().orElse(""))
                        .stream()
                        .skip(q.getOffset())
                        .limit(q.getLimit()));
        pilih.setRequiredIndicatorVisible(true);
        Button simpan = new Button("Tambah", e -> simpan(tambah, selesai));
        simpan.setId("tambah-nomenklatur");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickShortcut(Key.ENTER);
        Button batal = new Button("Batal", e -> close());
        add(new Paragraph("Hanya kode turunan dari induknya yang ditawarkan; nama mengikuti nomenklatur."), pilih);
        getFooter().add(batal, simpan);
        addOpenedChangeListener(e -> pilih.focus());
    }

    private void simpan(Function<Nomenklatur, BarisProgram> tambah, java.util.function.Consumer<BarisProgram> selesai) {
        formulir.bersihkan();
        if (pilih.getValue() == null) {
            formulir.tampilkan(IsianTidakSahException.pada("kode", "Pilih kode dari nomenklatur."));
            return;
        }
        try {
            BarisProgram b = tambah.apply(pilih.getValue());
            close();
            selesai.accept(b);
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        } catch (DataTerkunciException e) {
            Formulir.gagal(e.getMessage());
            close();
        }
    }
}
