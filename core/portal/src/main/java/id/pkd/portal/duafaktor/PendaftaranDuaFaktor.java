package id.pkd.portal.duafaktor;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Enrolling a TOTP second factor: the QR code of the secret (and the secret itself for typing by hand), a first code
 * to prove the app has it, then the recovery codes, shown this once until the user confirms they are kept. The
 * secret stays on the server in this component until the first code confirms it.
 */
class PendaftaranDuaFaktor extends Composite<VerticalLayout> {

    private final DuaFaktorService duaFaktor;
    private final Runnable selesai;
    private final RahasiaTotp rahasia;
    private final TextField kode = new TextField("Kode dari aplikasi");
    private final Formulir formulir = new Formulir(Map.of("kode", kode));

    PendaftaranDuaFaktor(DuaFaktorService duaFaktor, Runnable selesai) {
        this.duaFaktor = duaFaktor;
        this.selesai = selesai;
        this.rahasia = duaFaktor.rahasiaBaru();
        Image qr = new Image(
                "data:image/png;base64," + Base64.getEncoder().encodeToString(KodeQr.png(rahasia.uri())),
                "Kode QR rahasia dua faktor");
        qr.setId("qr-dua-faktor");
        Span teksRahasia = new Span(rahasia.base32Berkelompok());
        teksRahasia.setId("rahasia-dua-faktor");
        teksRahasia.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        kode.setId("kode-daftar");
        kode.setMaxLength(Totp.DIGIT + 2);
        kode.setAllowedCharPattern("[0-9 ]");
        Button aktifkan = new Button("Aktifkan", e -> aktifkan());
        aktifkan.setId("aktifkan-dua-faktor");
        aktifkan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        aktifkan.addClickShortcut(Key.ENTER);
        getContent().setPadding(false);
        getContent()
                .add(
                        new Paragraph("1. Pindai kode QR ini dengan aplikasi autentikator (misalnya Google"
                                + " Authenticator, Microsoft Authenticator, FreeOTP atau Aegis)."),
                        qr,
                        new Paragraph("Tidak bisa memindai? Masukkan rahasia ini secara manual (berbasis waktu, 6"
                                + " angka, 30 detik):"),
                        teksRahasia,
                        new Paragraph("2. Masukkan kode 6 angka yang tampil di aplikasi untuk memastikan aplikasi"
                                + " sudah menyimpannya."),
                        kode,
                        aktifkan);
    }

    private void aktifkan() {
        formulir.bersihkan();
        try {
            tampilkanKodePemulihan(duaFaktor.daftarkan(rahasia, kode.getValue()));
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        }
    }

    private void tampilkanKodePemulihan(List<String> kodePemulihan) {
        getContent().removeAll();
        UnorderedList daftar =
                new UnorderedList(kodePemulihan.stream().map(ListItem::new).toArray(ListItem[]::new));
        daftar.setId("kode-pemulihan");
        daftar.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        Button simpan = new Button("Sudah saya simpan", e -> selesai.run());
        simpan.setId("sudah-disimpan");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent()
                .add(
                        new Paragraph("Dua faktor aktif. Simpan kode pemulihan berikut di tempat yang aman (dicetak"
                                + " atau di pengelola kata sandi). Setiap kode hanya bisa dipakai sekali, untuk masuk"
                                + " bila ponsel hilang. Kode ini hanya ditampilkan sekarang."),
                        daftar,
                        simpan);
    }
}
