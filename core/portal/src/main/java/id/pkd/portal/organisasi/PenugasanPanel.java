package id.pkd.portal.organisasi;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import id.pkd.portal.perencanaan.AturanPenugasan;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.Pelaksana;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * The positions an official holds or acts for, each for a period: definitive, Plt. or Plh. Part of the officials
 * screen, under the official's record.
 */
class PenugasanPanel extends VerticalLayout {

    private static final DateTimeFormatter TANGGAL =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"));

    private final PenugasanService layanan;
    private final Grid<Pelaksana> tabel = new Grid<>();
    private final Select<String> jenis = new Select<>();
    private final TextField jabatan = new TextField("Jabatan");
    private final DatePicker mulai = new DatePicker("Mulai");
    private final DatePicker selesai = new DatePicker("Selesai");
    private final Button hapus = new Button("Hapus penugasan", e -> konfirmasiHapus());
    private final Formulir formulir;
    private Pejabat pejabat;
    private Pelaksana terpilih;

    PenugasanPanel(PenugasanService layanan, boolean bolehUbah) {
        this.layanan = layanan;
        setPadding(false);
        setId("penugasan");
        tabel.setId("tabel-penugasan");
        tabel.addColumn(l -> AturanPenugasan.label(l.jenis()))
                .setHeader("Jenis")
                .setAutoWidth(true);
        tabel.addColumn(Pelaksana::jabatan).setHeader("Jabatan").setFlexGrow(1);
        tabel.addColumn(l -> TANGGAL.format(l.mulai()) + " – " + TANGGAL.format(l.selesai()))
                .setHeader("Masa")
                .setAutoWidth(true);
        tabel.setAllRowsVisible(true);
        tabel.asSingleSelect().addValueChangeListener(e -> isi(e.getValue()));
        jenis.setLabel("Jenis penugasan");
        jenis.setId("jenis-penugasan");
        jenis.setItems(AturanPenugasan.JENIS);
        jenis.setItemLabelGenerator(AturanPenugasan::label);
        jabatan.setId("jabatan-penugasan");
        jabatan.setMaxLength(300);
        jabatan.setWidth("22em");
        mulai.setId("mulai-penugasan");
        selesai.setId("selesai-penugasan");
        formulir =
                new Formulir(Map.of("jenis", jenis, "jabatanPenugasan", jabatan, "mulai", mulai, "selesai", selesai));
        Button simpan = new Button("Simpan penugasan", e -> simpan());
        simpan.setId("simpan-penugasan");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button baru = new Button("Penugasan baru", e -> tabel.asSingleSelect().clear());
        baru.setId("penugasan-baru");
        hapus.setId("hapus-penugasan");
        hapus.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout form = new HorizontalLayout(jenis, jabatan, mulai, selesai);
        form.setWrap(true);
        HorizontalLayout tombol = new HorizontalLayout(simpan, baru, hapus);
        form.setVisible(bolehUbah);
        tombol.setVisible(bolehUbah);
        add(new H4("Penugasan jabatan (definitif, Plt., Plh.)"), tabel, form, tombol);
    }

    void tampilkan(Pejabat p) {
        pejabat = p;
        setVisible(p != null);
        if (p != null) {
            tabel.setItems(layanan.daftar(p.id()));
            isi(null);
        }
    }

    private void isi(Pelaksana l) {
        terpilih = l;
        formulir.bersihkan();
        jenis.setValue(l == null ? "DEFINITIF" : l.jenis());
        jabatan.setValue(l == null ? (pejabat == null ? "" : pejabat.jabatan()) : l.jabatan());
        mulai.setValue(l == null ? null : l.mulai());
        selesai.setValue(l == null ? null : l.selesai());
        hapus.setEnabled(l != null);
    }

    private void simpan() {
        try {
            Pelaksana l = layanan.simpan(new IsianPenugasan(
                    terpilih == null ? null : terpilih.id(),
                    pejabat.id(),
                    jenis.getValue(),
                    jabatan.getValue(),
                    mulai.getValue(),
                    selesai.getValue()));
            Formulir.berhasil("Penugasan " + l.jabatanTercetak() + " disimpan.");
            tampilkan(pejabat);
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        } catch (AccessDeniedException e) {
            Formulir.gagal("Hanya Admin Daerah yang dapat mengubah penugasan.");
        }
    }

    private void konfirmasiHapus() {
        Pelaksana l = terpilih;
        ConfirmDialog konfirmasi = new ConfirmDialog();
        konfirmasi.setHeader("Hapus penugasan " + l.jabatanTercetak() + "?");
        konfirmasi.setText("Dokumen yang sudah terbit tetap menyebut penandatangannya.");
        konfirmasi.setCancelable(true);
        konfirmasi.setCancelText("Batal");
        konfirmasi.setConfirmText("Hapus");
        konfirmasi.setConfirmButtonTheme("error primary");
        konfirmasi.addConfirmListener(e -> {
            layanan.hapus(l.id());
            Formulir.berhasil("Penugasan dihapus.");
            tampilkan(pejabat);
        });
        konfirmasi.open();
    }
}
