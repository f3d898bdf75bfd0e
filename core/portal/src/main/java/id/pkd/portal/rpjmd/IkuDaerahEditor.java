package id.pkd.portal.rpjmd;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.capaian.AngkaTidakSahException;
import id.pkd.portal.capaian.VarianRendah;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One IKU Kepala Daerah with a target field per year of the period. A year that is under review or locked shows its
 * target read-only (the service refuses it anyway); numbers are typed the Indonesian way (52,95).
 */
class IkuDaerahEditor extends VerticalLayout {

    /** What the screen does after a save or a removal. */
    interface Selesai {
        void berubah(Long idTerpilih);
    }

    private final IkuDaerahService layanan;
    private final TautanSasaranRpjmdService tautan;
    private final ComboBox<SasaranRpjmd> sasaranRpjmd = new ComboBox<>("Sasaran RPJMD");
    private final PeriodeRpjmd periode;
    private final boolean bolehUbah;
    private final Selesai selesai;
    private final H3 judul = new H3();
    private final TextField kode = new TextField("Kode");
    private final TextField nama = new TextField("Nama indikator");
    private final TextField satuan = new TextField("Satuan");
    private final Select<Polaritas> polaritas = new Select<>();
    private final Select<VarianRendah> varian = new Select<>();
    private final TextField kondisiAwal = new TextField("Kondisi awal");
    private final TextField kondisiAkhir = new TextField("Kondisi akhir periode");
    private final Map<Integer, TextField> target;
    private final Button hapus = new Button("Hapus IKU", e -> konfirmasiHapus());
    private final Formulir formulir;
    private IkuDaerah terpilih;

    IkuDaerahEditor(
            IkuDaerahService layanan,
            TautanSasaranRpjmdService tautan,
            PeriodeRpjmd periode,
            Set<Integer> terkunci,
            boolean bolehUbah,
            Selesai selesai) {
        this.layanan = layanan;
        this.tautan = tautan;
        // the combo box filters on the label as typed, so a sasaran is found by its code or by words of its name
        sasaranRpjmd.setId("iku-sasaran-rpjmd");
        sasaranRpjmd.setItemLabelGenerator(SasaranRpjmd::label);
        sasaranRpjmd.setHelperText("Ketik kode atau kata dari uraian sasaran; kosong: belum ditautkan.");
        sasaranRpjmd.setClearButtonVisible(true);
        this.periode = periode;
        this.bolehUbah = bolehUbah;
        this.selesai = selesai;
        setPadding(false);
        setId("editor-iku");
        kode.setId("iku-kode");
        kode.setMaxLength(40);
        nama.setId("iku-nama");
        nama.setMaxLength(600);
        satuan.setId("iku-satuan");
        satuan.setMaxLength(40);
        satuan.setHelperText("%, orang, indeks, rasio per 100.000 …");
        polaritas.setLabel("Polaritas");
        polaritas.setId("iku-polaritas");
        polaritas.setItems(Polaritas.values());
        polaritas.setItemLabelGenerator(Polaritas::label);
        polaritas.addValueChangeListener(e -> varian.setEnabled(e.getValue() == Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK));
        varian.setLabel("Varian rumus (semakin rendah semakin baik)");
        varian.setId("iku-varian");
        varian.setItems(VarianRendah.values());
        varian.setItemLabelGenerator(v -> v.label() + ": " + v.rumus());
        varian.setEnabled(false);
        kondisiAwal.setId("iku-kondisi-awal");
        kondisiAkhir.setId("iku-kondisi-akhir");
        Map<String, HasValidation> isian = new HashMap<>(Map.<String, HasValidation>of(
                "kode", kode,
                "nama", nama,
                "satuan", satuan,
                "polaritas", polaritas,
                "varianRendah", varian,
                "kondisiAwal", kondisiAwal,
                "kondisiAkhir", kondisiAkhir));
        isian.put("sasaranRpjmd", sasaranRpjmd);
        IsianPerTahun barisTarget = new IsianPerTahun("iku-target-", "target", isian, periode, terkunci, bolehUbah);
        target = barisTarget.perTahun();
        formulir = new Formulir(isian);

        Button simpan = new Button("Simpan IKU", e -> simpan());
        simpan.setId("simpan-iku");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).listenOn(this);
        simpan.setTooltipText("Ctrl+S");
        hapus.setId("hapus-iku");
        hapus.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FormLayout form =
                new FormLayout(kode, satuan, nama, sasaranRpjmd, polaritas, varian, kondisiAwal, kondisiAkhir);
        form.setColspan(sasaranRpjmd, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(nama, 2);
        for (var f : new com.vaadin.flow.component.HasValue<?, ?>[] {
            kode, nama, satuan, polaritas, kondisiAwal, kondisiAkhir, varian, sasaranRpjmd
        }) {
            f.setReadOnly(!bolehUbah);
        }
        HorizontalLayout tombol = new HorizontalLayout(simpan, hapus);
        tombol.setVisible(bolehUbah);
        add(judul, form, new H4("Target per tahun"), barisTarget, tombol);
    }

    /** Shows an indicator; none for a new one. */
    void isi(IkuDaerah i) {
        terpilih = i;
        formulir.bersihkan();
        judul.setText(i == null ? "IKU Kepala Daerah baru" : i.kode() + " " + i.nama());
        kode.setValue(i == null ? "" : i.kode());
        nama.setValue(i == null ? "" : i.nama());
        satuan.setValue(i == null ? "" : i.satuan());
        polaritas.setValue(i == null ? Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK : i.polaritas());
        varian.setValue(i == null ? null : i.varianRendah());
        kondisiAwal.setValue(i == null ? "" : teks(i.kondisiAwal()));
        kondisiAkhir.setValue(i == null ? "" : teks(i.kondisiAkhir()));
        target.forEach((th, f) -> f.setValue(i == null ? "" : teks(i.target(th))));
        List<SasaranRpjmd> pilihan = tautan.sasaranRpjmd(periode.id());
        sasaranRpjmd.setItems(pilihan);
        Long tertaut = i == null ? null : tautan.sasaranIku(periode.id()).get(i.id());
        sasaranRpjmd.setValue(pilihan.stream()
                .filter(s -> tertaut != null && s.id() == tertaut)
                .findFirst()
                .orElse(null));
        hapus.setVisible(i != null);
        kode.focus();
    }

    private void simpan() {
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        BigDecimal awal = angka(kondisiAwal, "kondisiAwal", salah);
        BigDecimal akhir = angka(kondisiAkhir, "kondisiAkhir", salah);
        Map<Integer, BigDecimal> nilai = new HashMap<>();
        target.forEach((th, f) -> nilai.put(th, angka(f, "target." + th, salah)));
        AksiEditorRpjmd.simpan(formulir, "IKU Kepala Daerah", () -> {
            salah.lemparJikaAda();
            IkuDaerah i = tautan.simpanIku(
                    new IsianIkuDaerah(
                            terpilih == null ? null : terpilih.id(),
                            periode.id(),
                            kode.getValue(),
                            nama.getValue(),
                            satuan.getValue(),
                            polaritas.getValue(),
                            varian.getValue(),
                            awal,
                            akhir,
                            nilai),
                    sasaranRpjmd.getValue() == null
                            ? null
                            : sasaranRpjmd.getValue().id());
            Formulir.berhasil("IKU " + i.kode() + " disimpan.");
            selesai.berubah(i.id());
        });
    }

    private void konfirmasiHapus() {
        IkuDaerah i = terpilih;
        AksiEditorRpjmd.konfirmasiHapus(
                "konfirmasi-hapus-iku",
                "Hapus IKU " + i.kode() + "?",
                "\"" + i.nama() + "\" dan targetnya (" + i.target().size()
                        + " tahun) dihapus. Tahun yang terkunci menolak penghapusan.",
                () -> {
                    layanan.hapus(i.id());
                    Formulir.berhasil("IKU " + i.kode() + " dihapus.");
                    selesai.berubah(null);
                });
    }

    static String teks(BigDecimal b) {
        return b == null ? "" : AngkaIndonesia.formatRingkas(b);
    }

    /** The typed number, or null when empty; an unreadable number is reported at its field. */
    private static BigDecimal angka(TextField field, String isian, IsianTidakSahException.Pengumpul salah) {
        if (field.getValue().isBlank()) {
            return null;
        }
        try {
            return AngkaIndonesia.parse(field.getValue());
        } catch (AngkaTidakSahException e) {
            salah.tambah(isian, e.getMessage());
            return null;
        }
    }
}
