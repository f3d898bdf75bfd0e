package id.pkd.portal.rpjmd;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbered misi of a period, edited in place: add, move up or down, delete after a confirmation. Only the typed
 * list changes here; the period's save stores it. Every button is a real button, so the list works from the keyboard.
 * Each field remembers the number its misi had when loaded ({@link #asal()}), so the save can move the tujuan RPJMD
 * with their misi instead of leaving them at the old number under another text.
 */
class DaftarMisi extends VerticalLayout implements HasValidation {

    private final List<TextField> butir = new ArrayList<>();
    /** The loaded number of each field's misi; a field added since has none. Keyed by the field, so it moves along. */
    private final Map<TextField, Integer> nomorAsal = new IdentityHashMap<>();

    private final VerticalLayout baris = new VerticalLayout();
    private final Span galat = new Span();
    private final Button tambah = new Button("Tambah misi", VaadinIcon.PLUS.create(), e -> tambah("", true));
    private boolean hanyaBaca;
    private String pesanGalat;

    DaftarMisi() {
        setPadding(false);
        setSpacing(false);
        setId("daftar-misi");
        baris.setPadding(false);
        galat.addClassName("galat-isian");
        galat.getStyle().set("color", "var(--lumo-error-text-color)");
        galat.setVisible(false);
        tambah.setId("tambah-misi");
        tambah.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Span("Misi"), baris, galat, tambah);
    }

    List<String> nilai() {
        return butir.stream().map(TextField::getValue).toList();
    }

    /** For each misi in its current place, the number it had when loaded; null for one added since. */
    List<Integer> asal() {
        return butir.stream().map(nomorAsal::get).toList();
    }

    void isi(List<String> misi) {
        butir.clear();
        nomorAsal.clear();
        misi.forEach(m -> {
            TextField f = field(m);
            butir.add(f);
            nomorAsal.put(f, butir.size());
        });
        susun();
    }

    void setHanyaBaca(boolean hanyaBaca) {
        this.hanyaBaca = hanyaBaca;
        tambah.setVisible(!hanyaBaca);
        susun();
    }

    private void tambah(String teks, boolean fokus) {
        TextField f = field(teks);
        butir.add(f);
        susun();
        if (fokus) {
            f.focus();
        }
    }

    private TextField field(String teks) {
        TextField f = new TextField();
        f.setValue(teks);
        f.setWidthFull();
        f.setMaxLength(RpjmdService.PANJANG_MISI);
        return f;
    }

    private void susun() {
        baris.removeAll();
        for (int i = 0; i < butir.size(); i++) {
            int ke = i;
            TextField f = butir.get(i);
            f.setId("misi-" + (i + 1));
            f.setReadOnly(hanyaBaca);
            f.setAriaLabel("Misi ke-" + (i + 1));
            Span nomor = new Span((i + 1) + ".");
            nomor.setWidth("2em");
            Button naik = tombol(VaadinIcon.ARROW_UP, "Naikkan misi ke-" + (i + 1), () -> tukar(ke, ke - 1));
            naik.setEnabled(i > 0);
            Button turun = tombol(VaadinIcon.ARROW_DOWN, "Turunkan misi ke-" + (i + 1), () -> tukar(ke, ke + 1));
            turun.setEnabled(i < butir.size() - 1);
            Button hapus = tombol(VaadinIcon.TRASH, "Hapus misi ke-" + (i + 1), () -> konfirmasiHapus(ke));
            hapus.setId("hapus-misi-" + (i + 1));
            HorizontalLayout satu = new HorizontalLayout(nomor, f);
            if (!hanyaBaca) {
                satu.add(naik, turun, hapus);
            }
            satu.setWidthFull();
            satu.setAlignItems(FlexComponent.Alignment.BASELINE);
            satu.setFlexGrow(1, f);
            baris.add(satu);
        }
    }

    private static Button tombol(VaadinIcon ikon, String label, Runnable aksi) {
        Button b = new Button(ikon.create(), e -> aksi.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        return b;
    }

    private void tukar(int a, int b) {
        TextField x = butir.get(a);
        butir.set(a, butir.get(b));
        butir.set(b, x);
        susun();
        butir.get(b).focus();
    }

    private void konfirmasiHapus(int ke) {
        String teks = butir.get(ke).getValue();
        ConfirmDialog konfirmasi = new ConfirmDialog();
        konfirmasi.setId("konfirmasi-hapus-misi");
        konfirmasi.setHeader("Hapus misi ke-" + (ke + 1) + "?");
        konfirmasi.setText((teks.isBlank() ? "Butir kosong." : "\"" + teks + "\".")
                + " Nomor misi sesudahnya bergeser, tujuan RPJMD-nya ikut; perubahan tersimpan saat periode disimpan.");
        konfirmasi.setCancelable(true);
        konfirmasi.setCancelText("Batal");
        konfirmasi.setConfirmText("Hapus");
        konfirmasi.setConfirmButtonTheme("error primary");
        konfirmasi.addConfirmListener(e -> {
            nomorAsal.remove(butir.remove(ke));
            susun();
        });
        konfirmasi.open();
    }

    @Override
    public void setErrorMessage(String pesan) {
        this.pesanGalat = pesan;
        galat.setText(pesan == null ? "" : pesan);
    }

    @Override
    public String getErrorMessage() {
        return pesanGalat;
    }

    @Override
    public void setInvalid(boolean salah) {
        galat.setVisible(salah);
    }

    @Override
    public boolean isInvalid() {
        return galat.isVisible();
    }
}
