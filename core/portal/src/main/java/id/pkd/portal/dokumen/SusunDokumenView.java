package id.pkd.portal.dokumen;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.pkd.portal.pekerjaan.AntreanPenuhException;
import id.pkd.portal.pekerjaan.HasilPekerjaan;
import id.pkd.portal.pekerjaan.PantauPekerjaan;
import id.pkd.portal.pekerjaan.Pekerjaan;
import id.pkd.portal.pekerjaan.PekerjaanService;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.penerbitan.TanggalDokumen;
import id.pkd.portal.plugin.BagianLaporanUrusan;
import id.pkd.portal.tahun.PilihanTahunService;
import id.pkd.portal.tampilan.BelumAdaRencana;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.PemilihTanggal;
import id.pkd.reports.document.FormatDokumen;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Drafts of the formal documents: choose type, subject and year, see what is still missing, and
 * download a draft PDF, or a DOCX / XLSX written from the same blocks to edit (real tables, styles, numeric cells).
 * Rendering is a job (any node may run it); the screen follows its row, and a page opened again follows the user's
 * job still waiting or running.
 */
@Route("dokumen/susun")
@PageTitle("Susun Dokumen | Portal Kinerja Daerah")
@Menu(title = "Susun Dokumen", order = 49)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class SusunDokumenView extends VerticalLayout {

    private final KonteksDokumen konteks;
    private final PekerjaanService pekerjaan;
    private final Select<DokumenResmi> jenis = new Select<>();
    private final IntegerField tahun = new IntegerField("Tahun");
    private final ComboBox<SubjekDokumen> subjek = new ComboBox<>("Untuk");
    private final UnorderedList kekurangan = new UnorderedList();
    private final Paragraph statusKekurangan = new Paragraph();
    private final PantauPekerjaan kemajuan;
    private final Paragraph status = new Paragraph();
    private final Div unduhan = new Div();
    private final Div grafik = new Div();
    private final HorizontalLayout tombol = new HorizontalLayout();
    private final DatePicker tanggal;

    SusunDokumenView(
            List<DokumenResmi> dokumen,
            KonteksDokumen konteks,
            PekerjaanService pekerjaan,
            PilihanTahunService pilihanTahun) {
        this.konteks = konteks;
        this.pekerjaan = pekerjaan;
        this.kemajuan = new PantauPekerjaan(pekerjaan);
        LocalDate hariIni = konteks.waktu.hariIni();
        this.tanggal = PemilihTanggal.tanggalDokumen(hariIni);
        jenis.setLabel("Jenis dokumen");
        jenis.setItems(dokumen);
        jenis.setItemLabelGenerator(DokumenResmi::nama);
        jenis.setId("jenis-dokumen");
        tahun.setValue(pilihanTahun.tahunBawaan());
        tahun.setMin(2000);
        tahun.setMax(2100);
        tahun.setStepButtonsVisible(true);
        tahun.setId("tahun-dokumen");
        subjek.setItemLabelGenerator(SubjekDokumen::nama);
        subjek.setWidth("32em");
        subjek.setId("subjek-dokumen");
        jenis.addValueChangeListener(e -> muatSubjek());
        tahun.addValueChangeListener(e -> muatSubjek());
        subjek.addValueChangeListener(e -> periksa());
        kemajuan.setWidth("20em");
        kemajuan.setId("kemajuan-penyusunan");
        status.setId("status-penyusunan");
        unduhan.setId("unduhan-dokumen");
        kekurangan.setId("kekurangan-dokumen");
        for (FormatDokumen f : FormatDokumen.values()) {
            Button b = new Button("Susun draf " + f.name(), e -> susun(f));
            b.setId("susun-" + f.ekstensi());
            if (f == FormatDokumen.PDF) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            tombol.add(b);
        }
        tombol.setEnabled(false);
        add(
                new H2("Susun Dokumen"),
                new Paragraph("Draf LKIP, bab evaluasi RKPD per urusan dan Perjanjian Kinerja disusun dari data yang"
                        + " tersimpan. Draf bertanda DRAFT di setiap halaman dan tidak ditandatangani."),
                new HorizontalLayout(jenis, tahun, subjek, tanggal),
                new H3("Pemeriksaan kelengkapan"),
                statusKekurangan,
                kekurangan,
                tombol,
                kemajuan,
                status,
                unduhan,
                grafik);
        if (konteks.perencanaan.daftarPerangkatDaerah().isEmpty()) {
            addComponentAtIndex(1, new BelumAdaRencana("dokumen yang dapat disusun"));
        }
        if (!dokumen.isEmpty()) {
            jenis.setValue(dokumen.get(0));
        }
        // A reload, or another tab: the user's draft still in the queue goes on showing its progress here.
        pekerjaan.milikSaya(PenyusunanDraf.JENIS).stream()
                .filter(p -> !p.status().berakhir())
                .findFirst()
                .ifPresent(p -> ikuti(p.id()));
    }

    private void muatSubjek() {
        subjek.clear();
        DokumenResmi d = jenis.getValue();
        Integer t = tahun.getValue();
        if (d == null || t == null || tahun.isInvalid()) {
            subjek.setItems(List.of());
            return;
        }
        List<SubjekDokumen> daftar;
        try {
            daftar = d.subjek(t);
        } catch (IsianTidakSahException e) {
            // a year outside every RPJMD period: said at the year, and the page stays usable
            tahun.setErrorMessage(e.pesanPerIsian().getOrDefault("tahun", e.getMessage()));
            tahun.setInvalid(true);
            subjek.setItems(List.of());
            periksa();
            return;
        }
        tahun.setInvalid(false);
        subjek.setItems(daftar);
        if (!daftar.isEmpty()) {
            subjek.setValue(daftar.get(0));
        }
    }

    private void periksa() {
        kekurangan.removeAll();
        unduhan.removeAll();
        grafik.removeAll();
        SubjekDokumen s = subjek.getValue();
        tombol.setEnabled(s != null);
        if (s == null) {
            statusKekurangan.setText("Pilih jenis dokumen, tahun dan subjek.");
            return;
        }
        List<String> kurang;
        try {
            kurang = jenis.getValue().kekurangan(s, tahun.getValue());
        } catch (IsianTidakSahException | DataTidakDitemukanException e) {
            kurang = List.of(e.getMessage());
        }
        statusKekurangan.setText(
                kurang.isEmpty()
                        ? "Lengkap: dokumen siap diterbitkan."
                        : kurang.size() + " hal perlu dilengkapi sebelum diterbitkan:");
        kurang.forEach(k -> kekurangan.add(new ListItem(k)));
        tampilkanGrafik(s);
    }

    /** The charts of the urusan sections, the same PNG the PDF carries. */
    private void tampilkanGrafik(SubjekDokumen s) {
        if (!s.kode().startsWith("pd:")) {
            return;
        }
        long pdId = KonteksDokumen.idDari(s.kode(), "pd");
        for (BagianLaporanUrusan b :
                konteks.bagianUrusan(BagianLaporanUrusan.Tempat.LKIP_CAPAIAN, pdId, tahun.getValue())) {
            for (BagianLaporanUrusan.DataGrafik g : b.grafik()) {
                // Drawn when the browser asks for it: the session keeps the chart's figures, not its PNG (the
                // bytes of every chart, held per open page, were most of its live heap; issue 16: <= 250 kB).
                Image gambar = new Image(
                        DownloadHandler.fromInputStream(e -> {
                            byte[] png = KonteksDokumen.grafikPng(g);
                            return new DownloadResponse(
                                    new ByteArrayInputStream(png), "grafik.png", "image/png", png.length);
                        }),
                        g.judul());
                gambar.setWidth("640px");
                grafik.add(new H3(g.judul()), gambar);
            }
        }
    }

    private void susun(FormatDokumen format) {
        DokumenResmi d = jenis.getValue();
        SubjekDokumen s = subjek.getValue();
        Integer t = tahun.getValue();
        LocalDate tgl = tanggal.getValue();
        if (d == null || s == null || t == null) {
            return;
        }
        // Checked here too, so a wrong date is said at the field rather than as a failed render.
        var salah = tgl == null ? Optional.<String>empty() : TanggalDokumen.salah(tgl, t, konteks.waktu.hariIni());
        tanggal.setInvalid(salah.isPresent());
        tanggal.setErrorMessage(salah.orElse(null));
        if (salah.isPresent()) {
            return;
        }
        long id;
        try {
            id = pekerjaan.kirim(
                    PenyusunanDraf.JENIS, new PenyusunanDraf.Parameter(d.jenis(), s.kode(), t, format, tgl));
        } catch (AntreanPenuhException e) {
            status.setText(e.getMessage());
            return;
        }
        unduhan.removeAll();
        ikuti(id);
    }

    private void ikuti(long id) {
        tombol.setEnabled(false);
        kemajuan.ikuti(id, this::kabar);
    }

    private void kabar(Pekerjaan p) {
        switch (p.status()) {
            case MENUNGGU -> status.setText("Menunggu giliran penyusunan…");
            case BERJALAN -> status.setText(p.langkah());
            case GAGAL -> {
                tombol.setEnabled(subjek.getValue() != null);
                status.setText(p.galat());
            }
            case SELESAI -> {
                tombol.setEnabled(subjek.getValue() != null);
                tampilkanUnduhan(p.id());
            }
        }
    }

    /** The file stays in the job's row; the link reads it when clicked, so the session holds only its name. */
    private void tampilkanUnduhan(long id) {
        HasilPekerjaan.Berkas berkas = pekerjaan.berkas(id).orElse(null);
        if (berkas == null) {
            status.setText("Hasil penyusunan sudah tidak tersedia. Silakan susun kembali.");
            return;
        }
        String nama = berkas.namaBerkas();
        String mime = berkas.mime();
        // Word and spreadsheets lay out their own pages: only the PDF has a page count to report.
        status.setText(
                berkas.jumlahHalaman() > 0
                        ? "Selesai: " + berkas.jumlahHalaman() + " halaman."
                        : "Selesai: "
                                + nama.substring(nama.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT)
                                + " yang dapat disunting siap diunduh.");
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] isi =
                            pekerjaan.berkas(id).map(HasilPekerjaan.Berkas::isi).orElse(new byte[0]);
                    return new DownloadResponse(new ByteArrayInputStream(isi), nama, mime, isi.length);
                }),
                "Unduh " + nama);
        a.setId("unduh-draf-" + nama.substring(nama.lastIndexOf('.') + 1));
        unduhan.removeAll();
        unduhan.add(a);
    }
}
