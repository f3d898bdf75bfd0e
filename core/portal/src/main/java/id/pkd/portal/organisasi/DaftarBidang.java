package id.pkd.portal.organisasi;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.pkd.portal.perencanaan.Bidang;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.Map;

/** The bidang of one agency: pick a row to rename it, add one, or remove one nobody belongs to (after a confirmation). */
class DaftarBidang extends VerticalLayout {

    private final PerangkatDaerahService layanan;
    private final Grid<Bidang> tabel = new Grid<>();
    private final TextField kode = new TextField("Kode bidang");
    private final TextField nama = new TextField("Nama bidang");
    private final Button hapus = new Button("Hapus bidang", e -> konfirmasiHapus());
    private final Formulir formulir = new Formulir(Map.of("kodeBidang", kode, "namaBidang", nama));
    private long pdId;
    private Bidang terpilih;

    DaftarBidang(PerangkatDaerahService layanan, boolean bolehUbah) {
        this.layanan = layanan;
        setPadding(false);
        tabel.setId("tabel-bidang");
        tabel.addColumn(Bidang::kode).setHeader("Kode").setAutoWidth(true);
        tabel.addColumn(Bidang::nama).setHeader("Nama bidang").setFlexGrow(1);
        tabel.setAllRowsVisible(true);
        tabel.asSingleSelect().addValueChangeListener(e -> isi(e.getValue()));
        kode.setId("kode-bidang");
        kode.setMaxLength(30);
        nama.setId("nama-bidang");
        nama.setMaxLength(300);
        nama.setWidth("24em");
        Button simpan = new Button("Simpan bidang", e -> simpan());
        simpan.setId("simpan-bidang");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nama.addKeyPressListener(Key.ENTER, e -> simpan());
        Button baru = new Button("Bidang baru", e -> tabel.asSingleSelect().clear());
        baru.setId("bidang-baru");
        hapus.setId("hapus-bidang");
        hapus.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout form = new HorizontalLayout(kode, nama, simpan, baru, hapus);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(bolehUbah);
        add(new H4("Bidang"), tabel, form);
    }

    void tampilkan(long perangkatDaerahId) {
        this.pdId = perangkatDaerahId;
        tabel.setItems(layanan.bidang(perangkatDaerahId));
        isi(null);
    }

    private void isi(Bidang b) {
        terpilih = b;
        formulir.bersihkan();
        kode.setValue(b == null ? "" : b.kode());
        nama.setValue(b == null ? "" : b.nama());
        hapus.setEnabled(b != null);
    }

    private void simpan() {
        try {
            Bidang b = layanan.simpanBidang(
                    new IsianBidang(terpilih == null ? null : terpilih.id(), pdId, kode.getValue(), nama.getValue()));
            Formulir.berhasil("Bidang " + b.nama() + " disimpan.");
            tampilkan(pdId);
            kode.focus();
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        }
    }

    private void konfirmasiHapus() {
        Bidang b = terpilih;
        ConfirmDialog konfirmasi = new ConfirmDialog();
        konfirmasi.setHeader("Hapus bidang " + b.nama() + "?");
        konfirmasi.setText("Bidang yang masih punya pejabat tidak dapat dihapus.");
        konfirmasi.setCancelable(true);
        konfirmasi.setCancelText("Batal");
        konfirmasi.setConfirmText("Hapus");
        konfirmasi.setConfirmButtonTheme("error primary");
        konfirmasi.addConfirmListener(e -> {
            try {
                layanan.hapusBidang(pdId, b.id());
                Formulir.berhasil("Bidang " + b.nama() + " dihapus.");
                tampilkan(pdId);
            } catch (IsianTidakSahException x) {
                Formulir.gagal(String.join(" ", x.pesanPerIsian().values()));
            }
        });
        konfirmasi.open();
    }
}
