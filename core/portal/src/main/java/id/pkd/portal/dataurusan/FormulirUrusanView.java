package id.pkd.portal.dataurusan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pkd.plugin.api.Formulir;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.plugin.BarisUrusan;
import id.pkd.portal.plugin.DataUrusanService;
import id.pkd.portal.plugin.FormulirUrusan;
import id.pkd.portal.plugin.IsiFormulirUrusan;
import id.pkd.portal.plugin.XlsxDataUrusanService;
import id.pkd.portal.tahun.PilihanTahunService;
import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.portal.umum.ValidasiGagalException;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Renders any plugin form from its declaration: its rows in one grid edited in place ({@link TabelIsianUrusan}),
 * Indonesian numbers and dates typed as text and checked by the service, every problem shown at the cell that
 * caused it. Saving replaces the year's rows as a whole or not at all.
 */
@Route("urusan/:plugin/:formulir")
@PageTitle("Data Urusan | Portal Kinerja Daerah")
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class FormulirUrusanView extends VerticalLayout implements BeforeEnterObserver {

    private final DataUrusanService data;
    private final XlsxDataUrusanService xlsx;
    private final PilihanTahunService pilihanTahun;
    private final IndikatorTerhitungPanel terhitung;
    private final Upload impor = new Upload();
    private final Div hasilImpor = new Div();
    private final Paragraph alasanTerkunci = new Paragraph();
    private final IntegerField tahun = new IntegerField("Tahun");
    private String pluginId;
    private String kode;
    private FormulirUrusan formulir;
    /** The rows: one grid, one shared lookup per choice field, one row edited at a time. */
    private TabelIsianUrusan tabel;

    private boolean bolehIsi;
    /** The year whose rows are shown: an import replaces this year, not a year typed but not shown. */
    private int tahunDitampilkan;

    FormulirUrusanView(
            DataUrusanService data,
            XlsxDataUrusanService xlsx,
            PengukuranKinerjaService pengukuran,
            PilihanTahunService pilihanTahun) {
        this.pilihanTahun = pilihanTahun;
        this.data = data;
        this.xlsx = xlsx;
        this.terhitung = new IndikatorTerhitungPanel(data, pengukuran);
        impor.setId("impor-xlsx");
        impor.setUploadButton(new Button("Impor dari XLSX"));
        impor.setDropLabel(new Span("atau letakkan berkas XLSX di sini"));
        impor.setAcceptedFileTypes(".xlsx", XlsxDataUrusanService.JENIS_MIME);
        impor.setMaxFileSize((int) xlsx.batas().toBytes());
        impor.setMaxFiles(1);
        impor.setUploadHandler(UploadHandler.inMemory((meta, isi) -> impor(meta.fileName(), isi)));
        // Only the messages are set: the component merges them with its other (English) texts.
        impor.setI18n(new UploadI18N()
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig("Berkas lebih besar dari " + PengaturanPkd.teks(xlsx.batas()) + ".")
                        .setIncorrectFileType("Hanya berkas XLSX.")
                        .setTooManyFiles("Satu berkas saja.")));
        impor.addFileRejectedListener(e ->
                hasilImpor("Berkas ditolak: " + e.getErrorMessage() + " Tidak ada yang diimpor.", List.of(), false));
        hasilImpor.setId("hasil-impor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String pluginId = event.getRouteParameters().get("plugin").orElse("");
        String kode = event.getRouteParameters().get("formulir").orElse("");
        int th = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("tahun")
                .map(t -> {
                    try {
                        return Integer.parseInt(t);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                })
                .orElseGet(pilihanTahun::tahunBawaan);
        buka(pluginId, kode, th);
    }

    /** Shows a form for a year: all the view reads when it is opened (the query-count guard measures it). */
    void buka(String pluginId, String kode, int th) {
        this.pluginId = pluginId;
        this.kode = kode;
        bolehIsi = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_OPERATOR")
                        || a.getAuthority().equals("ROLE_ADMIN_DAERAH"));
        tahun.setValue(th);
        tahunDitampilkan = th;
        hasilImpor.removeAll();
        bangun();
    }

    private void bangun() {
        removeAll();
        IsiFormulirUrusan isi = data.buka(pluginId, kode, tahun.getValue());
        formulir = isi.formulir();
        Formulir f = formulir.formulir();
        add(new H2(formulir.urusan().nama() + ": " + f.judul()));
        if (f.keterangan() != null) {
            add(new Paragraph(f.keterangan()));
        }
        if (f.tahunan()) {
            tahun.setId("tahun");
            Button tampilkan = new Button("Tampilkan", e -> getUI().ifPresent(ui -> ui.navigate(
                    "urusan/" + formulir.pluginId() + "/" + f.kode(),
                    QueryParameters.of("tahun", String.valueOf(tahun.getValue())))));
            HorizontalLayout pilihTahun = new HorizontalLayout(tahun, tampilkan);
            pilihTahun.setAlignItems(Alignment.BASELINE);
            add(pilihTahun);
        }
        if (!bolehIsi) {
            add(new Paragraph("Anda hanya dapat membaca data ini."));
        }
        tabel = new TabelIsianUrusan(isi, bolehIsi);
        if (bolehIsi && f.bolehImpor()) {
            add(panelImpor());
        }
        add(tabel);
        if (bolehIsi) {
            HorizontalLayout tombol = new HorizontalLayout();
            if (f.rincian().jenis() == Formulir.Rincian.Jenis.BARIS_BERULANG
                    || (f.rincian().jenis() == Formulir.Rincian.Jenis.SATU_BARIS && tabel.kosong())) {
                Button tambah = new Button("Tambah baris", e -> tabel.tambahBaris());
                tambah.setId("tambah-baris");
                tombol.add(tambah);
            }
            Button simpan = new Button("Simpan", e -> simpan());
            simpan.setId("simpan");
            simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            tombol.add(simpan);
            alasanTerkunci.setId("alasan-terkunci");
            alasanTerkunci.setText("");
            alasanTerkunci.getStyle().set("color", "var(--lumo-error-text-color)");
            add(tombol, alasanTerkunci);
        }
        if (f.tahunan()) {
            terhitung.tampilkan(formulir.pluginId(), tahun.getValue());
            add(terhitung);
        }
    }

    private Component panelImpor() {
        Formulir f = formulir.formulir();
        Anchor templat = new Anchor(
                DownloadHandler.fromInputStream(ev -> {
                    byte[] isi = xlsx.templat(formulir.pluginId(), f.kode());
                    return new DownloadResponse(
                            new ByteArrayInputStream(isi),
                            "templat-" + f.kode() + ".xlsx",
                            XlsxDataUrusanService.JENIS_MIME,
                            isi.length);
                }),
                "Unduh templat XLSX");
        templat.setId("unduh-templat");
        Div panel = new Div(
                new H3("Impor dari XLSX"),
                new Paragraph("Lembar pertama dibaca; judul kolom sama dengan label isian (lihat templat). Impor"
                        + " mengganti seluruh baris formulir ini"
                        + (f.tahunan() ? " untuk tahun " + tahunDitampilkan : "")
                        + "; bila ada satu kesalahan, tidak ada yang disimpan."),
                templat,
                impor,
                hasilImpor);
        panel.addClassName("impor-xlsx");
        return panel;
    }

    private void impor(String namaBerkas, byte[] isi) {
        impor.clearFileList();
        Formulir f = formulir.formulir();
        try {
            int jumlah =
                    xlsx.impor(formulir.pluginId(), f.kode(), f.tahunan() ? tahunDitampilkan : null, namaBerkas, isi);
            hasilImpor(jumlah + " baris diimpor dari " + namaBerkas + ".", List.of(), true);
            id.pkd.portal.umum.Formulir.berhasil(jumlah + " baris diimpor.");
            bangun();
        } catch (ValidasiGagalException e) {
            hasilImpor(
                    "Tidak ada yang diimpor dari " + namaBerkas + ":",
                    e.kesalahan().stream()
                            .map(k -> k.path().isEmpty() ? k.pesan() : k.path() + ": " + k.pesan())
                            .toList(),
                    false);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            hasilImpor("Peran Anda tidak berwenang mengimpor data.", List.of(), false);
        } catch (DataTerkunciException e) {
            hasilImpor("Tidak ada yang diimpor dari " + namaBerkas + ":", List.of(e.getMessage()), false);
        }
    }

    private void hasilImpor(String judul, List<String> masalah, boolean berhasil) {
        hasilImpor.removeAll();
        Paragraph p = new Paragraph(judul);
        p.getStyle().set("color", berhasil ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        hasilImpor.getElement().setAttribute("data-berhasil", Boolean.toString(berhasil));
        hasilImpor.add(p);
        if (!masalah.isEmpty()) {
            UnorderedList daftar = new UnorderedList();
            daftar.setId("masalah-impor");
            masalah.forEach(m -> daftar.add(new ListItem(m)));
            hasilImpor.add(daftar);
        }
    }

    private void simpan() {
        List<BarisUrusan> isi = tabel.isi();
        try {
            int jumlah = data.simpan(
                    formulir.pluginId(),
                    formulir.formulir().kode(),
                    formulir.formulir().tahunan() ? tahun.getValue() : null,
                    isi);
            id.pkd.portal.umum.Formulir.berhasil(jumlah + " baris tersimpan.");
            bangun();
        } catch (DataTerkunciException e) {
            // Nothing typed is lost: the rows stay in the grid, the row being typed is reopened.
            id.pkd.portal.umum.Formulir.gagal("Tidak ada yang disimpan: " + e.getMessage());
            alasanTerkunci.setText(e.getMessage());
            tabel.bukaLagi();
        } catch (ValidasiGagalException e) {
            List<String> lain = tabel.tandai(e.kesalahan());
            id.pkd.portal.umum.Formulir.gagal("Tidak ada yang disimpan: "
                    + (lain.isEmpty() ? "perbaiki isian yang ditandai merah." : String.join(" ", lain)));
        }
    }
}
