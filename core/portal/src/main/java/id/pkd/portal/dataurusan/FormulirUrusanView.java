package id.pkd.portal.dataurusan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
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
import id.pkd.plugin.api.Isian;
import id.pkd.plugin.api.JenisIsian;
import id.pkd.portal.capaian.AngkaIndonesia;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Renders any plugin form from its declaration: one panel per row, a field per declared field,
 * Indonesian numbers and dates typed as text and checked by the service, every problem shown at
 * the field that caused it. Saving replaces the year's rows as a whole or not at all.
 */
@Route("urusan/:plugin/:formulir")
@PageTitle("Data Urusan | Portal Kinerja Daerah")
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class FormulirUrusanView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final DataUrusanService data;
    private final XlsxDataUrusanService xlsx;
    private final PilihanTahunService pilihanTahun;
    private final IndikatorTerhitungPanel terhitung;
    private final Upload impor = new Upload();
    private final Div hasilImpor = new Div();
    private final Paragraph alasanTerkunci = new Paragraph();
    private final VerticalLayout daftarBaris = new VerticalLayout();
    private final IntegerField tahun = new IntegerField("Tahun");
    private final List<BarisIsian> baris = new ArrayList<>();
    private String pluginId;
    private String kode;
    private FormulirUrusan formulir;
    /** Per choice field, its keys and labels: read once per opening, shared by every row's field. */
    private Map<String, Map<String, String>> pilihan = Map.of();

    private Map<String, List<String>> kunciPilihan = Map.of();
    private boolean bolehIsi;
    /** The year whose rows are shown: an import replaces this year, not a year typed but not shown. */
    private int tahunDitampilkan;

    /** The components of one row, by field code. */
    private record BarisIsian(String rincian, String namaRincian, Map<String, Component> isian, Div panel) {}

    FormulirUrusanView(
            DataUrusanService data,
            XlsxDataUrusanService xlsx,
            PengukuranKinerjaService pengukuran,
            PilihanTahunService pilihanTahun) {
        this.pilihanTahun = pilihanTahun;
        this.data = data;
        this.xlsx = xlsx;
        this.terhitung = new IndikatorTerhitungPanel(data, pengukuran);
        daftarBaris.setPadding(false);
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
        pilihan = isi.pilihan();
        kunciPilihan = new LinkedHashMap<>();
        pilihan.forEach((k, v) -> kunciPilihan.put(k, List.copyOf(v.keySet())));
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
        baris.clear();
        daftarBaris.removeAll();
        for (BarisUrusan b : isi.baris()) {
            tambahBaris(b);
        }
        if (bolehIsi && f.bolehImpor()) {
            add(panelImpor());
        }
        add(daftarBaris);
        if (bolehIsi) {
            HorizontalLayout tombol = new HorizontalLayout();
            if (f.rincian().jenis() == Formulir.Rincian.Jenis.BARIS_BERULANG
                    || (f.rincian().jenis() == Formulir.Rincian.Jenis.SATU_BARIS && baris.isEmpty())) {
                Button tambah = new Button("Tambah baris", e -> tambahBaris(new BarisUrusan(null, null, Map.of())));
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

    private void tambahBaris(BarisUrusan b) {
        int nomor = baris.size();
        Formulir f = formulir.formulir();
        FormLayout isian = new FormLayout();
        isian.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("500px", 3),
                new FormLayout.ResponsiveStep("900px", 5));
        Map<String, Component> komponen = new LinkedHashMap<>();
        for (Isian i : f.isian()) {
            Component c = komponen(i, b.nilai().get(i.kode()));
            c.setId("isian-" + nomor + "-" + i.kode());
            komponen.put(i.kode(), c);
            isian.add(c);
        }
        Div panel = new Div();
        panel.addClassName("baris-urusan");
        String judul = b.namaRincian() != null ? b.namaRincian() : "Baris " + (nomor + 1);
        panel.add(new H4(judul), isian);
        BarisIsian bi = new BarisIsian(b.rincian(), b.namaRincian(), komponen, panel);
        if (bolehIsi && f.rincian().jenis() == Formulir.Rincian.Jenis.BARIS_BERULANG) {
            Button hapus = new Button("Hapus baris", e -> {
                komponen.values().forEach(k -> ((HasValue<?, ?>) k).clear());
                panel.setVisible(false);
            });
            hapus.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            panel.add(hapus);
        }
        baris.add(bi);
        daftarBaris.add(panel);
    }

    private Component komponen(Isian i, String nilai) {
        boolean hanyaBaca = !bolehIsi || i.jenis() == JenisIsian.TURUNAN;
        switch (i.jenis()) {
            case PILIHAN, KELAS, YA_TIDAK, RUJUKAN -> {
                Map<String, String> label = pilihan.getOrDefault(i.kode(), Map.of());
                ComboBox<String> c = new ComboBox<>(i.label() + (i.wajib() ? " *" : ""));
                c.setItems(kunciPilihan.getOrDefault(i.kode(), List.of()));
                c.setItemLabelGenerator(k -> label.getOrDefault(k, k));
                c.setClearButtonVisible(true);
                if (nilai != null) {
                    c.setValue(nilai);
                }
                c.setReadOnly(hanyaBaca);
                if (i.jenis() == JenisIsian.KELAS) {
                    c.setHelperText("Dihitung dari " + i.rumus() + " bila ada");
                }
                return c;
            }
            default -> {
                TextField t = new TextField(i.label() + (i.wajib() ? " *" : ""));
                t.setValue(tampil(i, nilai));
                t.setReadOnly(hanyaBaca);
                if (i.jenis() == JenisIsian.TANGGAL) {
                    t.setPlaceholder("hh/bb/tttt");
                }
                if (i.jenis() == JenisIsian.RUPIAH_ATAU_TIDAK_DIKETAHUI) {
                    t.setHelperText("Angka, atau \"tidak diketahui\"");
                }
                return t;
            }
        }
    }

    private static String tampil(Isian i, String nilai) {
        if (nilai == null) {
            return "";
        }
        if (nilai.equals("tidak-diketahui")) {
            return "tidak diketahui";
        }
        if (i.jenis() == JenisIsian.TANGGAL) {
            return LocalDate.parse(nilai).format(TANGGAL);
        }
        if (i.bernilaiAngka()) {
            return AngkaIndonesia.formatRingkas(new BigDecimal(nilai));
        }
        return nilai;
    }

    private void simpan() {
        List<BarisUrusan> isi = new ArrayList<>();
        Map<String, HasValidation> perJalur = new LinkedHashMap<>();
        for (int n = 0; n < baris.size(); n++) {
            BarisIsian b = baris.get(n);
            Map<String, String> nilai = new LinkedHashMap<>();
            for (Map.Entry<String, Component> e : b.isian().entrySet()) {
                Object v = ((HasValue<?, ?>) e.getValue()).getValue();
                nilai.put(e.getKey(), v == null ? null : v.toString());
                HasValidation h = (HasValidation) e.getValue();
                h.setInvalid(false);
                perJalur.put("baris[" + n + "]." + e.getKey(), h);
            }
            isi.add(new BarisUrusan(b.rincian(), b.namaRincian(), nilai));
        }
        try {
            int jumlah = data.simpan(
                    formulir.pluginId(),
                    formulir.formulir().kode(),
                    formulir.formulir().tahunan() ? tahun.getValue() : null,
                    isi);
            id.pkd.portal.umum.Formulir.berhasil(jumlah + " baris tersimpan.");
            bangun();
        } catch (DataTerkunciException e) {
            // Nothing typed is lost: the rows stay in the form until the year is reopened.
            id.pkd.portal.umum.Formulir.gagal("Tidak ada yang disimpan: " + e.getMessage());
            alasanTerkunci.setText(e.getMessage());
        } catch (ValidasiGagalException e) {
            List<String> lain = new ArrayList<>();
            for (ValidasiGagalException.Kesalahan k : e.kesalahan()) {
                HasValidation h = perJalur.get(k.path());
                if (h != null) {
                    h.setErrorMessage(k.pesan());
                    h.setInvalid(true);
                } else {
                    lain.add(Optional.ofNullable(baris(k.path()))
                                    .map(b -> b + ": ")
                                    .orElse("")
                            + k.pesan());
                }
            }
            id.pkd.portal.umum.Formulir.gagal("Tidak ada yang disimpan: "
                    + (lain.isEmpty() ? "perbaiki isian yang ditandai merah." : String.join(" ", lain)));
        }
    }

    private String baris(String path) {
        if (path.startsWith("baris[")) {
            int n = Integer.parseInt(path.substring(6, path.indexOf(']')));
            BarisIsian b = baris.get(n);
            return b.namaRincian() != null ? b.namaRincian() : "Baris " + (n + 1);
        }
        return null;
    }
}
