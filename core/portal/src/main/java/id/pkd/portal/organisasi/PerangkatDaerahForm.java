package id.pkd.portal.organisasi;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/** One agency's kode, name, short name and urusan, with its removal after a confirmation. */
class PerangkatDaerahForm extends VerticalLayout {

    private final PerangkatDaerahService layanan;
    private final Map<String, String> namaUrusan;
    private final Consumer<Long> berubah;
    private final H3 judul = new H3();
    private final TextField kode = new TextField("Kode");
    private final TextField nama = new TextField("Nama perangkat daerah");
    private final TextField singkatan = new TextField("Singkatan");
    private final MultiSelectComboBox<String> urusan = new MultiSelectComboBox<>("Urusan yang dipegang");
    private final Button hapus = new Button("Hapus perangkat daerah", e -> konfirmasiHapus());
    private final Formulir formulir;
    private PerangkatDaerah terpilih;

    /** {@code namaUrusan}: the urusan the portal knows, code → name; {@code berubah}: the id to show after a change. */
    PerangkatDaerahForm(
            PerangkatDaerahService layanan, Map<String, String> namaUrusan, boolean bolehUbah, Consumer<Long> berubah) {
        this.layanan = layanan;
        this.namaUrusan = new LinkedHashMap<>(namaUrusan);
        this.berubah = berubah;
        setPadding(false);
        kode.setId("kode-pd");
        kode.setMaxLength(40);
        kode.setHelperText("Mis. 1.06.0.00.0.00.01.0000");
        nama.setId("nama-pd");
        nama.setMaxLength(300);
        singkatan.setId("singkatan-pd");
        singkatan.setMaxLength(100);
        urusan.setId("urusan-pd");
        urusan.setItemLabelGenerator(k -> this.namaUrusan.containsKey(k) ? k + " " + this.namaUrusan.get(k) : k);
        formulir = new Formulir(Map.of("kode", kode, "nama", nama, "singkatan", singkatan, "urusan", urusan));
        Button simpan = new Button("Simpan perangkat daerah", e -> simpan());
        simpan.setId("simpan-pd");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).listenOn(this);
        simpan.setTooltipText("Ctrl+S");
        hapus.setId("hapus-pd");
        hapus.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FormLayout form = new FormLayout(kode, singkatan, nama, urusan);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(nama, 2);
        form.setColspan(urusan, 2);
        kode.setReadOnly(!bolehUbah);
        nama.setReadOnly(!bolehUbah);
        singkatan.setReadOnly(!bolehUbah);
        urusan.setReadOnly(!bolehUbah);
        HorizontalLayout tombol = new HorizontalLayout(simpan, hapus);
        tombol.setVisible(bolehUbah);
        add(judul, form, tombol);
    }

    /** Shows an agency; none for a new one. */
    void isi(PerangkatDaerah pd) {
        terpilih = pd;
        formulir.bersihkan();
        judul.setText(pd == null ? "Perangkat daerah baru" : pd.nama());
        kode.setValue(pd == null ? "" : pd.kode());
        nama.setValue(pd == null ? "" : pd.nama());
        singkatan.setValue(pd == null || pd.singkatan() == null ? "" : pd.singkatan());
        List<String> dipegang = pd == null ? List.of() : layanan.urusan(pd.id());
        TreeSet<String> pilihan = new TreeSet<>(namaUrusan.keySet());
        pilihan.addAll(dipegang);
        urusan.setItems(pilihan);
        urusan.setValue(dipegang);
        hapus.setVisible(pd != null);
        kode.focus();
    }

    private void simpan() {
        try {
            PerangkatDaerah pd = layanan.simpan(new IsianPerangkatDaerah(
                    terpilih == null ? null : terpilih.id(),
                    kode.getValue(),
                    nama.getValue(),
                    singkatan.getValue(),
                    new ArrayList<>(urusan.getValue())));
            Formulir.berhasil("Perangkat daerah " + pd.namaPendek() + " disimpan.");
            berubah.accept(pd.id());
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        }
    }

    private void konfirmasiHapus() {
        PerangkatDaerah pd = terpilih;
        ConfirmDialog konfirmasi = new ConfirmDialog();
        konfirmasi.setId("konfirmasi-hapus-pd");
        konfirmasi.setHeader("Hapus " + pd.nama() + "?");
        konfirmasi.setText("Perangkat daerah yang masih punya pejabat, Renstra, perjanjian kinerja, program atau"
                + " realisasi tidak dapat dihapus; bidangnya ikut terhapus.");
        konfirmasi.setCancelable(true);
        konfirmasi.setCancelText("Batal");
        konfirmasi.setConfirmText("Hapus");
        konfirmasi.setConfirmButtonTheme("error primary");
        konfirmasi.addConfirmListener(e -> {
            try {
                layanan.hapus(pd.id());
                Formulir.berhasil(pd.nama() + " dihapus.");
                berubah.accept(null);
            } catch (IsianTidakSahException x) {
                Formulir.gagal(String.join(" ", x.pesanPerIsian().values()));
            }
        });
        konfirmasi.open();
    }
}
