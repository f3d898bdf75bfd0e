package id.pkd.portal.tampilan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * The confirmation of a removal: lists what depends on the item first and offers the removal only when nothing
 * refuses it; otherwise says why and only closes.
 */
public final class DialogHapus {

    private DialogHapus() {}

    /**
     * @param akhiranId appended to the element ids ({@code daftar-ketergantungan}, {@code konfirmasi-hapus},
     *     {@code alasan-tidak-dapat-dihapus}) so that two screens' dialogs stay apart
     */
    public static void buka(
            String judul,
            List<String> uraian,
            boolean bolehDihapus,
            String alasanDitolak,
            String akhiranId,
            Runnable hapus) {
        Dialog d = new Dialog();
        d.setHeaderTitle(judul);
        UnorderedList daftar = new UnorderedList();
        daftar.setId("daftar-ketergantungan" + akhiranId);
        uraian.forEach(u -> daftar.add(new ListItem(u)));
        d.add(daftar);
        Button tutup = new Button(bolehDihapus ? "Batal" : "Tutup", e -> d.close());
        if (bolehDihapus) {
            Button ya = new Button("Hapus", e -> {
                d.close();
                hapus.run();
            });
            ya.setId("konfirmasi-hapus" + akhiranId);
            ya.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            d.getFooter().add(tutup, ya);
        } else {
            Paragraph alasan = new Paragraph(alasanDitolak);
            alasan.setId("alasan-tidak-dapat-dihapus" + akhiranId);
            d.add(alasan);
            d.getFooter().add(tutup);
        }
        d.open();
    }
}
