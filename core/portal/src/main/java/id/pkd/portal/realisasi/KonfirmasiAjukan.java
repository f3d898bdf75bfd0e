package id.pkd.portal.realisasi;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * Asked before a year is submitted while its LKIP still lacks something: once adopted, realisasi, texts and staff
 * composition are locked with the year, so the operator sees the list while it can still be filled.
 */
final class KonfirmasiAjukan {

    private KonfirmasiAjukan() {}

    static void tanya(int tahun, List<String> kekurangan, Runnable ajukan) {
        if (kekurangan.isEmpty()) {
            ajukan.run();
            return;
        }
        UnorderedList daftar = new UnorderedList();
        daftar.setId("kekurangan-ajukan");
        kekurangan.forEach(k -> daftar.add(new ListItem(k)));
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader("LKIP " + tahun + " belum lengkap");
        dialog.setText(new Div(
                new Paragraph("Setelah ditetapkan, realisasi, teks dokumen dan komposisi SDM tahun " + tahun
                        + " terkunci; LKIP baru dapat diterbitkan bila semua berikut sudah diisi:"),
                daftar,
                new Paragraph("Lengkapi dahulu, atau ajukan sekarang bila yang kurang memang akan dilengkapi"
                        + " setelah penolakan atau pembukaan kembali.")));
        dialog.setCancelable(true);
        dialog.setCancelText("Lengkapi dahulu");
        dialog.setConfirmText("Ajukan tetap");
        dialog.addConfirmListener(e -> ajukan.run());
        dialog.getElement().setAttribute("id", "konfirmasi-ajukan");
        dialog.open();
    }
}
