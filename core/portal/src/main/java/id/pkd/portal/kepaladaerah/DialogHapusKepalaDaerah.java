package id.pkd.portal.kepaladaerah;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** The confirmation of a term's removal: lists what depends on it first, offers the removal only when nothing does. */
final class DialogHapusKepalaDaerah {

    private DialogHapusKepalaDaerah() {}

    static void buka(KetergantunganKepalaDaerah k, Runnable hapus) {
        Dialog d = new Dialog();
        d.setHeaderTitle(
                "Hapus " + k.kepala().jabatanTercetak() + " " + k.kepala().nama() + "?");
        UnorderedList daftar = new UnorderedList();
        daftar.setId("daftar-ketergantungan-kepala-daerah");
        k.uraian().forEach(u -> daftar.add(new ListItem(u)));
        d.add(daftar);
        Button tutup = new Button(k.bolehDihapus() ? "Batal" : "Tutup", e -> d.close());
        if (k.bolehDihapus()) {
            Button ya = new Button("Hapus", e -> {
                d.close();
                hapus.run();
            });
            ya.setId("konfirmasi-hapus-kepala-daerah");
            ya.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
            d.getFooter().add(tutup, ya);
        } else {
            Paragraph alasan = new Paragraph(k.alasanDitolak());
            alasan.setId("alasan-kepala-daerah-tidak-dapat-dihapus");
            d.add(alasan);
            d.getFooter().add(tutup);
        }
        d.open();
    }
}
