package id.pkd.portal.renstra;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import id.pkd.portal.tampilan.DialogHapus;
import java.util.function.BiConsumer;

/** The two confirmations of the tree editor: where a row moves to, and what goes with a removed row. */
final class DialogRenstra {

    private DialogRenstra() {}

    /** Chooses another parent of the same level (another tujuan for a sasaran, another sasaran for an indicator). */
    static void pindah(PohonRenstra pohon, BarisRenstra b, BiConsumer<BarisRenstra, Long> pindahkan) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Pindahkan " + b.label());
        ComboBox<BarisRenstra> induk = new ComboBox<>(b.jenis().induk().label() + " tujuan pindah");
        induk.setId("induk-baru");
        induk.setItems(pohon.dari(b.jenis().induk()).stream()
                .filter(x -> !Long.valueOf(x.id()).equals(b.indukId()))
                .toList());
        induk.setItemLabelGenerator(x -> x.kode() + " — " + x.uraian());
        induk.setWidth("32em");
        Button ya = new Button("Pindahkan", e -> {
            if (induk.getValue() != null) {
                d.close();
                pindahkan.accept(b, induk.getValue().id());
            }
        });
        ya.setId("konfirmasi-pindah");
        ya.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(induk);
        d.getFooter().add(new Button("Batal", e -> d.close()), ya);
        d.open();
    }

    /** Lists what depends on the row first; offers the removal only when nothing refuses it. */
    static void hapus(Ketergantungan k, Runnable hapus) {
        DialogHapus.buka(
                "Hapus " + k.baris().label() + "?", k.uraian(), k.bolehDihapus(), k.alasanDitolak(), "", hapus);
    }
}
