package id.pkd.portal.penerbitan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.pekerjaan.AntreanPenuhException;
import id.pkd.portal.pekerjaan.PantauPekerjaan;
import id.pkd.portal.pekerjaan.Pekerjaan;
import id.pkd.portal.pekerjaan.PekerjaanService;
import id.pkd.portal.tahun.PilihanTahunService;
import id.pkd.portal.tandatangan.JenisPenandatangan;
import id.pkd.portal.tandatangan.Kredensial;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.PemilihTanggal;
import id.pkd.portal.umum.WaktuDaerah;
import id.pkd.portal.umum.ZonaWaktuDaerah;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Issuing a document: choose type, subject and year; see what is missing; download a draft; the pimpinan issues
 * and signs. Rendering and signing are jobs (rows any node may run) whose progress the page follows by polling the
 * row, so the page and every other user stay responsive, and a page opened again follows the pimpinan's job still
 * running. Below, the tenant's registry with every version.
 */
@Route("penerbitan")
@PageTitle("Penerbitan Dokumen | Portal Kinerja Daerah")
@Menu(title = "Penerbitan Dokumen", order = 51)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class PenerbitanView extends VerticalLayout {

    /** Times in the region's own zone, with its name: "31 Jan 2023 10:15 WITA". */
    private final ZonaWaktuDaerah zona;

    private final PenerbitanService penerbitan;
    private final PekerjaanService pekerjaan;
    private final boolean pimpinan;

    private final ComboBox<PembuatDokumen> jenis = new ComboBox<>("Jenis dokumen");
    private final IntegerField tahun = new IntegerField("Tahun");
    private final ComboBox<SubjekDokumen> subjek = new ComboBox<>("Untuk");
    private final DatePicker tanggal;
    private final Div kekurangan = new Div();
    private final Button terbitkan = new Button("Terbitkan & tanda tangani");
    private final PantauPekerjaan progres;
    private final Span status = new Span();
    private final Div hasil = new Div();
    private final Grid<DokumenTerbit> registri = new Grid<>();

    PenerbitanView(
            PenerbitanService penerbitan,
            PekerjaanService pekerjaan,
            AuthenticationContext auth,
            PilihanTahunService pilihanTahun,
            WaktuDaerah waktu) {
        this.penerbitan = penerbitan;
        this.zona = waktu.zona();
        this.tanggal = PemilihTanggal.tanggalDokumen(waktu.hariIni());
        this.pekerjaan = pekerjaan;
        this.progres = new PantauPekerjaan(pekerjaan);
        this.pimpinan = auth.hasRole("PIMPINAN");

        jenis.setItems(penerbitan.jenis());
        jenis.setItemLabelGenerator(PembuatDokumen::nama);
        jenis.setId("jenis-dokumen");
        jenis.setWidth("28em");
        tahun.setId("tahun-dokumen");
        tahun.setValue(pilihanTahun.tahunBawaan());
        tahun.setMin(2000);
        tahun.setMax(2100);
        tahun.setStepButtonsVisible(true);
        subjek.setId("subjek-dokumen");
        subjek.setItemLabelGenerator(SubjekDokumen::nama);
        subjek.setWidth("28em");
        jenis.addValueChangeListener(e -> muatSubjek());
        tahun.addValueChangeListener(e -> muatSubjek());
        subjek.addValueChangeListener(e -> periksa());
        kekurangan.setId("kekurangan");

        Anchor draf = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    DokumenSiapTerbit d;
                    try {
                        // rendered in this request, on one of the node's document workers like a queued draft
                        d = pekerjaan.jalankanLangsung(() -> penerbitan.draf(
                                jenis.getValue().jenis(), subjek.getValue(), tahun.getValue(), tanggal.getValue()));
                    } catch (AntreanPenuhException penuh) {
                        e.getUI().access(() -> status.setText(penuh.getMessage()));
                        return DownloadResponse.error(503, penuh.getMessage());
                    }
                    return new DownloadResponse(
                            new ByteArrayInputStream(d.pdf()),
                            (d.jenis() + "-" + d.tahun() + "-draf.pdf").toLowerCase(Locale.ROOT),
                            "application/pdf",
                            d.pdf().length);
                }),
                "Unduh draf");
        draf.setId("unduh-draf");
        draf.getElement().setAttribute("download", true);

        terbitkan.setId("terbitkan");
        terbitkan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        terbitkan.setVisible(pimpinan);
        terbitkan.addClickListener(e -> mulaiTerbit());
        progres.setWidth("20em");
        progres.setId("kemajuan-penerbitan");
        status.setId("status-penerbitan");
        hasil.setId("hasil-penerbitan");

        registri.setId("registri");
        registri.addColumn(DokumenTerbit::nomor).setHeader("Nomor").setAutoWidth(true);
        registri.addColumn(DokumenTerbit::judul).setHeader("Dokumen").setAutoWidth(true);
        registri.addColumn(DokumenTerbit::subjekNama).setHeader("Untuk").setAutoWidth(true);
        registri.addColumn(DokumenTerbit::tahun).setHeader("Tahun");
        registri.addColumn(DokumenTerbit::versi).setHeader("Versi");
        registri.addColumn(d -> d.status().label()).setHeader("Status").setAutoWidth(true);
        registri.addColumn(d -> d.penandatangan().size() + " dari " + d.blok().size())
                .setHeader("Tanda tangan");
        registri.addColumn(d -> zona.waktu(d.terbitPada() != null ? d.terbitPada() : d.dibuatPada()))
                .setHeader("Waktu")
                .setAutoWidth(true);
        registri.addComponentColumn(this::aksi).setHeader("").setAutoWidth(true);
        registri.setAllRowsVisible(true);

        HorizontalLayout pilihan = new HorizontalLayout(jenis, tahun, subjek, tanggal);
        pilihan.setAlignItems(FlexComponent.Alignment.BASELINE);
        pilihan.setWrap(true);
        HorizontalLayout tombol = new HorizontalLayout(draf, terbitkan, progres, status);
        tombol.setAlignItems(FlexComponent.Alignment.CENTER);
        add(
                new H2("Penerbitan Dokumen"),
                new Paragraph("Dokumen disusun dari data tersimpan. Periksa kelengkapannya, unduh draf untuk ditelaah,"
                        + " lalu Pimpinan menerbitkan dan menandatanganinya secara elektronik. Setiap penerbitan"
                        + " menjadi versi baru; versi lama tetap dapat diverifikasi."),
                pilihan,
                kekurangan,
                tombol,
                hasil,
                new H3("Registri dokumen terbit"),
                registri);
        if (!penerbitan.jenis().isEmpty()) {
            jenis.setValue(penerbitan.jenis().get(0));
        }
        muatRegistri();
        lanjutkanPekerjaan();
    }

    /** A reload, or another tab: the pimpinan's issuance or signature still queued goes on showing here. */
    private void lanjutkanPekerjaan() {
        if (!pimpinan) {
            return;
        }
        pekerjaan.milikSaya(PekerjaanTerbitkan.JENIS, PekerjaanTandatangani.JENIS).stream()
                .filter(p -> !p.status().berakhir())
                .findFirst()
                .ifPresent(p -> ikuti(
                        p.id(),
                        PekerjaanTerbitkan.JENIS.equals(p.jenis())
                                ? "Menyusun dokumen dari data tersimpan…"
                                : "Menandatangani dokumen…",
                        PekerjaanTerbitkan.JENIS.equals(p.jenis()) ? this::setelahTerbit : this::setelahTandaTangan));
    }

    private void muatSubjek() {
        subjek.clear();
        if (jenis.getValue() == null || tahun.getValue() == null) {
            subjek.setItems(List.of());
            return;
        }
        List<SubjekDokumen> daftar;
        try {
            daftar = jenis.getValue().subjek(tahun.getValue());
        } catch (IsianTidakSahException e) {
            // a year outside every RPJMD period: said at the year, and the page stays usable
            tahun.setErrorMessage(e.pesanPerIsian().getOrDefault("tahun", e.getMessage()));
            tahun.setInvalid(true);
            subjek.setItems(List.of());
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
        if (jenis.getValue() == null || subjek.getValue() == null || tahun.getValue() == null) {
            terbitkan.setEnabled(false);
            return;
        }
        List<String> kurang;
        try {
            kurang = penerbitan.kekurangan(jenis.getValue().jenis(), subjek.getValue(), tahun.getValue());
        } catch (IsianTidakSahException | DataTidakDitemukanException e) {
            kurang = List.of(e.getMessage());
        }
        if (kurang.isEmpty()) {
            Paragraph p = new Paragraph("Data lengkap: dokumen siap diterbitkan.");
            p.getElement().setAttribute("data-lengkap", "true");
            kekurangan.add(p);
        } else {
            UnorderedList daftar = new UnorderedList();
            kurang.forEach(k -> daftar.add(new ListItem(k)));
            kekurangan.add(new Paragraph("Lengkapi dahulu sebelum menerbitkan:"), daftar);
        }
        terbitkan.setEnabled(kurang.isEmpty());
    }

    private void mulaiTerbit() {
        PembuatDokumen p = jenis.getValue();
        SubjekDokumen s = subjek.getValue();
        Integer t = tahun.getValue();
        LocalDate tgl = tanggal.getValue();
        if (p == null || s == null || t == null) {
            return;
        }
        hasil.removeAll();
        tanggal.setInvalid(false);
        kirim(
                PekerjaanTerbitkan.JENIS,
                new PekerjaanTerbitkan.Parameter(p.jenis(), s.kode(), s.nama(), t, tgl),
                null,
                "Menyusun dokumen dari data tersimpan…",
                this::setelahTerbit);
    }

    private void setelahTerbit(DokumenTerbit d) {
        muatRegistri();
        mintaTandaTangan(d);
    }

    private void setelahTandaTangan(DokumenTerbit hasilTtd) {
        muatRegistri();
        if (hasilTtd.blokBerikutnya() == null) {
            selesai(hasilTtd);
        } else {
            status.setText("Tanda tangan " + hasilTtd.penandatangan().size() + " dari "
                    + hasilTtd.blok().size() + " tersimpan. Menunggu pihak berikutnya.");
            tautanUnduh(hasilTtd);
        }
    }

    private void mintaTandaTangan(DokumenTerbit d) {
        PenerbitanService.LangkahTandaTangan langkah;
        try {
            langkah = penerbitan.langkahBerikutnya(d.id()).orElse(null);
        } catch (RuntimeException e) {
            status.setText(e.getMessage());
            return;
        }
        if (langkah == null) {
            selesai(d);
            return;
        }
        status.setText("Dokumen " + d.nomor() + " menunggu tanda tangan "
                + langkah.pejabat().nama() + ".");
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Tanda tangan elektronik");
        dialog.setCloseOnOutsideClick(false);
        boolean bsre = langkah.cara() == JenisPenandatangan.BSRE;
        // A key the region's CA issued opens without the official's passphrase: nothing to ask.
        boolean tanpaSandi = langkah.cara() == JenisPenandatangan.CA_DAERAH;
        TextField nik = new TextField("NIK");
        nik.setId("nik");
        nik.setVisible(bsre);
        nik.setMaxLength(16);
        PasswordField sandi = new PasswordField(bsre ? "Passphrase BSrE" : "Passphrase sertifikat");
        sandi.setId("passphrase");
        sandi.setWidthFull();
        sandi.setVisible(!tanpaSandi);
        Paragraph siapa =
                new Paragraph(langkah.blok().peran() + ": " + langkah.pejabat().nama() + " — " + d.judul() + " ("
                        + d.nomor() + "), dengan " + langkah.cara().label() + ".");
        Button ttd = new Button("Tandatangani");
        ttd.setId("tandatangani");
        ttd.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button batal = new Button("Nanti saja", e -> {
            dialog.close();
            status.setText("Dokumen " + d.nomor() + " tersimpan dan menunggu tanda tangan; lanjutkan dari registri.");
        });
        ttd.addClickListener(e -> {
            if (!tanpaSandi && sandi.isEmpty()) {
                sandi.setErrorMessage("Passphrase wajib diisi.");
                sandi.setInvalid(true);
                return;
            }
            // The passphrase leaves the field at once and lives only in this char[] until the signature is made.
            Kredensial k = new Kredensial(
                    bsre ? nik.getValue().strip() : null, sandi.getValue().toCharArray());
            sandi.clear();
            dialog.close();
            kirim(
                    PekerjaanTandatangani.JENIS,
                    new PekerjaanTandatangani.Parameter(
                            d.id(), d.penandatangan().size(), tanpaSandi),
                    tanpaSandi ? null : k,
                    "Menandatangani sebagai " + langkah.pejabat().nama() + "…",
                    this::setelahTandaTangan);
        });
        dialog.add(siapa, nik, sandi);
        dialog.getFooter().add(batal, ttd);
        dialog.open();
        (bsre ? nik : tanpaSandi ? ttd : sandi).focus();
    }

    private void selesai(DokumenTerbit d) {
        status.setText("Dokumen terbit: " + d.nomor() + " (versi " + d.versi() + ").");
        tautanUnduh(d);
    }

    private void tautanUnduh(DokumenTerbit d) {
        hasil.removeAll();
        Anchor unduh = unduhan(d, "Unduh " + d.nomor());
        unduh.setId("unduh-terbit");
        hasil.add(unduh);
    }

    private Anchor unduhan(DokumenTerbit d, String teks) {
        long id = d.id();
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] pdf = penerbitan.pdf(id);
                    return new DownloadResponse(
                            new ByteArrayInputStream(pdf),
                            PenerbitanService.namaBerkas(d),
                            "application/pdf",
                            pdf.length);
                }),
                teks);
        a.getElement().setAttribute("download", true);
        return a;
    }

    private HorizontalLayout aksi(DokumenTerbit d) {
        HorizontalLayout h = new HorizontalLayout(unduhan(d, "Unduh PDF"));
        if (pimpinan && d.blokBerikutnya() != null) {
            Button lanjut = new Button("Tanda tangani", e -> mintaTandaTangan(penerbitan.dokumen(d.id())));
            lanjut.addThemeVariants(ButtonVariant.LUMO_SMALL);
            h.add(lanjut);
        }
        return h;
    }

    private void muatRegistri() {
        registri.setItems(penerbitan.daftar());
    }

    /**
     * Queues a job and follows it; {@code rahasia} (a passphrase) stays in this node's memory. A full queue, or the
     * job's failure (a wrong passphrase, a BSrE error), is said in the status line as the job reports it.
     */
    private void kirim(String jenis, Object parameter, Object rahasia, String pesan, Consumer<DokumenTerbit> lalu) {
        long id;
        try {
            id = pekerjaan.kirim(jenis, parameter, rahasia);
        } catch (AntreanPenuhException e) {
            if (rahasia instanceof Kredensial k) {
                k.hapus();
            }
            status.setText(e.getMessage());
            status.getElement().setAttribute("data-gagal", "true");
            return;
        }
        ikuti(id, pesan, lalu);
    }

    private void ikuti(long id, String pesan, Consumer<DokumenTerbit> lalu) {
        terbitkan.setEnabled(false);
        status.getElement().removeAttribute("data-gagal");
        status.setText(pesan);
        progres.ikuti(id, p -> kabar(p, pesan, lalu));
    }

    private void kabar(Pekerjaan p, String pesan, Consumer<DokumenTerbit> lalu) {
        switch (p.status()) {
            case MENUNGGU -> status.setText("Menunggu giliran… " + pesan);
            case BERJALAN -> status.setText(pesan);
            case GAGAL -> {
                akhiri();
                status.setText(p.galat());
                status.getElement().setAttribute("data-gagal", "true");
            }
            case SELESAI -> {
                akhiri();
                lalu.accept(penerbitan.dokumen(p.rujukan()));
            }
        }
    }

    private void akhiri() {
        status.getElement().removeAttribute("data-gagal");
        terbitkan.setEnabled(subjek.getValue() != null);
    }
}
