package id.pkd.portal.dokumentasi;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.pkd.portal.dokumentasi.FotoDokumentasi.Kandidat;
import id.pkd.portal.dokumentasi.FotoDokumentasi.Pilihan;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tahun.PilihanTahunService;
import id.pkd.portal.umum.ValidasiGagalException;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the evidence images of an agency-year that the LKIP prints in its "Dokumentasi" attachment, each with its
 * caption; a missing caption is shown at its field.
 */
@Route("dokumen/foto")
@PageTitle("Foto Dokumentasi | Portal Kinerja Daerah")
@Menu(title = "Foto Dokumentasi", order = 48)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "PIMPINAN"})
class FotoDokumentasiView extends VerticalLayout {

    private final FotoDokumentasiService layanan;
    private final Select<PerangkatDaerah> pd = new Select<>();
    private final IntegerField tahun = new IntegerField("Tahun");
    private final Grid<Kandidat> tabel = new Grid<>();
    private final Map<Long, Checkbox> pilih = new HashMap<>();
    private final Map<Long, TextField> keterangan = new HashMap<>();
    private final Span pesan = new Span();
    private List<Kandidat> kandidat = List.of();

    FotoDokumentasiView(
            FotoDokumentasiService layanan, PerencanaanService perencanaan, PilihanTahunService pilihanTahun) {
        this.layanan = layanan;
        List<PerangkatDaerah> semua = perencanaan.daftarPerangkatDaerah();
        pd.setLabel("Perangkat daerah");
        pd.setItems(semua);
        pd.setItemLabelGenerator(PerangkatDaerah::nama);
        tahun.setValue(pilihanTahun.tahunBawaan());
        tahun.setStepButtonsVisible(true);
        tabel.setId("tabel-foto");
        tabel.addComponentColumn(k -> pilih.get(k.buktiId())).setHeader("Cetak").setAutoWidth(true);
        tabel.addColumn(Kandidat::namaBerkas).setHeader("Berkas").setAutoWidth(true);
        tabel.addColumn(Kandidat::indikator).setHeader("Bukti dukung indikator").setFlexGrow(1);
        tabel.addComponentColumn(k -> keterangan.get(k.buktiId()))
                .setHeader("Keterangan")
                .setFlexGrow(2);
        tabel.setAllRowsVisible(true);
        pesan.setId("pesan-foto");
        pesan.getStyle().set("color", "var(--lumo-error-text-color)");
        Button simpan = new Button("Simpan", e -> simpan());
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.setId("simpan-foto");
        add(
                new H2("Foto Dokumentasi LKIP"),
                new Paragraph("Gambar (JPEG/PNG) di antara bukti dukung realisasi tahun itu yang dicetak pada lampiran"
                        + " Dokumentasi LKIP, dengan keterangannya, paling banyak " + FotoDokumentasiService.MAKSIMAL
                        + " foto, dua per halaman. Unggah gambar sebagai bukti dukung di layar Realisasi Kinerja."),
                new HorizontalLayout(pd, tahun),
                tabel,
                pesan,
                simpan);
        pd.addValueChangeListener(e -> muat());
        tahun.addValueChangeListener(e -> muat());
        if (!semua.isEmpty()) {
            pd.setValue(semua.get(0));
        }
    }

    private void muat() {
        pesan.setText("");
        pilih.clear();
        keterangan.clear();
        kandidat = pd.getValue() == null || tahun.getValue() == null
                ? List.of()
                : layanan.kandidat(pd.getValue().id(), tahun.getValue());
        for (Kandidat k : kandidat) {
            Checkbox c = new Checkbox(k.terpilih());
            c.setId("pilih-foto-" + k.buktiId());
            TextField t = new TextField();
            t.setId("keterangan-foto-" + k.buktiId());
            t.setWidthFull();
            t.setMaxLength(FotoDokumentasiService.PANJANG_KETERANGAN);
            t.setValue(k.keterangan() == null ? "" : k.keterangan());
            pilih.put(k.buktiId(), c);
            keterangan.put(k.buktiId(), t);
        }
        tabel.setItems(kandidat);
        if (kandidat.isEmpty() && pd.getValue() != null) {
            pesan.setText("Belum ada gambar di antara bukti dukung tahun ini.");
        }
    }

    private void simpan() {
        pesan.setText("");
        keterangan.values().forEach(t -> t.setInvalid(false));
        if (pd.getValue() == null || tahun.getValue() == null) {
            pesan.setText("Pilih perangkat daerah dan tahun lebih dulu.");
            return;
        }
        List<Pilihan> terpilih = new ArrayList<>();
        for (Kandidat k : kandidat) {
            if (pilih.get(k.buktiId()).getValue()) {
                terpilih.add(
                        new Pilihan(k.buktiId(), keterangan.get(k.buktiId()).getValue()));
            }
        }
        try {
            layanan.simpan(pd.getValue().id(), tahun.getValue(), terpilih);
            Notification.show("Pilihan foto disimpan.");
        } catch (ValidasiGagalException e) {
            for (ValidasiGagalException.Kesalahan k : e.kesalahan()) {
                TextField t = k.path().startsWith("keterangan.")
                        ? keterangan.get(Long.parseLong(k.path().substring("keterangan.".length())))
                        : null;
                if (t != null) {
                    t.setErrorMessage(k.pesan());
                    t.setInvalid(true);
                } else {
                    pesan.setText(k.pesan());
                }
            }
        } catch (DataTerkunciException e) {
            pesan.setText(e.getMessage());
        }
    }
}
