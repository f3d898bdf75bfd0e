package id.pkd.portal.realisasi;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.capaian.AngkaTidakSahException;
import id.pkd.portal.jejak.JejakAudit;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.pembanding.PembandingIndikatorService;
import id.pkd.portal.penerbitan.KelengkapanLkipService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pengukuran.BarisCapaian;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.perencanaan.AturanNilaiRealisasi;
import id.pkd.portal.perencanaan.BuktiRealisasi;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.IsianRealisasi;
import id.pkd.portal.perencanaan.JenisBerkas;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.persetujuan.Persetujuan;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.persetujuan.StatusPersetujuan;
import id.pkd.portal.tahun.PilihanTahunService;
import id.pkd.portal.tampilan.BelumAdaRencana;
import id.pkd.portal.tampilan.FormatKinerja;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.portal.umum.WaktuDaerah;
import id.pkd.portal.umum.ZonaWaktuDaerah;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;

/**
 * The realisasi of an agency's indicators for a year: the measured capaian per indicator, the
 * editor for the yearly realisasi with its evidence and history, and the approval workflow steps
 * the signed-in role may take.
 */
@Route("realisasi")
@PageTitle("Realisasi Kinerja | Portal Kinerja Daerah")
@Menu(title = "Realisasi Kinerja", order = 30)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "VERIFIKATOR", "PIMPINAN", "PENGAMAT"})
class RealisasiView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WAKTU = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private final PerencanaanService perencanaan;
    private final PengukuranKinerjaService pengukuran;
    private final RealisasiService realisasi;
    private final PersetujuanService persetujuan;
    private final KelengkapanLkipService kelengkapan;
    private final JejakAuditService jejak;
    private final WaktuDaerah waktu;
    private final PilihanTahunService pilihanTahun;
    private final Peran peran;

    private final Select<PerangkatDaerah> pilihPd = new Select<>();
    private final Select<Integer> pilihTahun = new Select<>();
    private final Div status = new Div();
    private final HorizontalLayout langkah = new HorizontalLayout();
    private final Grid<BarisCapaian> tabel = new Grid<>();
    /** The grid's rows, known by indicator: a save replaces the rows that changed and sends only those. */
    private final List<BarisCapaian> barisTabel = new ArrayList<>();

    private final ListDataProvider<BarisCapaian> penyediaBaris = new ListDataProvider<>(barisTabel) {
        @Override
        public Object getId(BarisCapaian b) {
            return b.indikator().id();
        }
    };

    private final VerticalLayout editor = new VerticalLayout();
    private final PembandingIndikatorService layananPembanding;
    /**
     * The national and provincial figures of the chosen indicator, built when an indicator is first chosen: an open
     * page whose user only looks at the grid holds no grid and fields of its own for them (issue 16: live heap per UI).
     */
    private EditorPembanding pembanding;

    private final H3 judulEditor = new H3();
    private final Paragraph keteranganEditor = new Paragraph();
    private final Span terkunci = new Span();
    private final Span sumberRealisasi = new Span();
    private final Select<Integer> pilihPeriode = new Select<>();
    private final TextField nilai = new TextField("Nilai realisasi");
    private final TextField pembilang = new TextField("Pembilang");
    private final TextField penyebut = new TextField("Penyebut");
    private final TextArea upaya = new TextArea("Upaya yang dilakukan");
    private final TextArea hambatan = new TextArea("Hambatan");
    private final TextArea rencanaTindakLanjut = new TextArea("Rencana tindak lanjut");
    private final Button simpan = new Button("Simpan", e -> simpan());
    private final Button riwayat = new Button("Riwayat", e -> bukaRiwayat());
    private final HorizontalLayout aksiAdmin = new HorizontalLayout();
    private final Upload upload = new Upload();
    private final Span pesanBukti = new Span();
    private final VerticalLayout daftarBukti = new VerticalLayout();
    private final Formulir formulir = new Formulir(Map.of(
            "nilai",
            nilai,
            "pembilang",
            pembilang,
            "penyebut",
            penyebut,
            "upaya",
            upaya,
            "hambatan",
            hambatan,
            "rencanaTindakLanjut",
            rencanaTindakLanjut));

    private Persetujuan kini;
    private BarisCapaian terpilih;
    /** Whether the editor shows a saved record (evidence can hang on it). */
    private boolean adaCatatan;

    private boolean memuat;

    RealisasiView(
            PerencanaanService perencanaan,
            PengukuranKinerjaService pengukuran,
            RealisasiService realisasi,
            PersetujuanService persetujuan,
            JejakAuditService jejak,
            WaktuDaerah waktu,
            PilihanTahunService pilihanTahun,
            AuthenticationContext auth,
            PembandingIndikatorService pembanding,
            KelengkapanLkipService kelengkapan) {
        this.kelengkapan = kelengkapan;
        this.pilihanTahun = pilihanTahun;
        this.layananPembanding = pembanding;
        this.perencanaan = perencanaan;
        this.pengukuran = pengukuran;
        this.realisasi = realisasi;
        this.persetujuan = persetujuan;
        this.jejak = jejak;
        this.waktu = waktu;
        this.peran = Tampilan.peran(auth);
        setSizeFull();

        pilihPd.setLabel("Perangkat daerah");
        pilihPd.setId("pilih-perangkat-daerah");
        pilihPd.setItemLabelGenerator(PerangkatDaerah::namaPendek);
        pilihPd.setWidth("24em");
        pilihTahun.setLabel("Tahun");
        pilihTahun.setId("pilih-tahun");
        pilihTahun.setItemLabelGenerator(String::valueOf);
        pilihPd.addValueChangeListener(e -> {
            if (!memuat && e.getValue() != null) {
                pilih(e.getValue(), null);
            }
        });
        pilihTahun.addValueChangeListener(e -> {
            pilihTahun.setInvalid(false);
            if (!memuat && e.getValue() != null) {
                muat();
            }
        });

        status.setId("status-persetujuan");
        status.getStyle()
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        langkah.setAlignItems(FlexComponent.Alignment.CENTER);

        tabel.addClassName("tabel-realisasi");
        tabel.addColumn(b -> b.indikator().kode()).setHeader("Kode").setAutoWidth(true);
        tabel.addColumn(b -> b.indikator().nama()).setHeader("Indikator").setFlexGrow(1);
        tabel.addColumn(b -> b.indikator().satuan()).setHeader("Satuan").setAutoWidth(true);
        tabel.addColumn(b -> FormatKinerja.angka(b.target()))
                .setHeader("Target")
                .setAutoWidth(true);
        tabel.addColumn(b ->
                        b.tidakDapatDihitung() != null ? "tidak dapat dihitung" : FormatKinerja.angka(b.realisasi()))
                .setHeader("Realisasi")
                .setAutoWidth(true);
        // Drawn by the browser from the row's values: a Span per row and column, as before, was a third of what an
        // open page held (issue 16: <= 250 kB per UI). Class and data-kode find one row's figures, as before.
        tabel.addColumn(LitRenderer.<BarisCapaian>of(
                                "<span class=\"capaian\" data-kode=\"${item.kode}\">${item.capaian}</span>")
                        .withProperty("kode", b -> b.indikator().kode())
                        .withProperty("capaian", b -> FormatKinerja.persen(b.capaianTerbulat())))
                .setHeader("Capaian (%)")
                .setAutoWidth(true);
        tabel.addColumn(FormatKinerja.<BarisCapaian>lencanaTabel(
                        BarisCapaian::kategori, "kategori", b -> b.indikator().kode()))
                .setHeader("Kategori")
                .setAutoWidth(true);
        tabel.setItems(penyediaBaris);
        tabel.setSizeFull();
        // A second click on the selected row would otherwise deselect it and hide the editor.
        ((GridSingleSelectionModel<BarisCapaian>) tabel.getSelectionModel()).setDeselectAllowed(false);
        tabel.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::tampilkan, () -> {
            if (!memuat) {
                terpilih = null;
                editor.setVisible(false);
            }
        }));

        susunEditor();
        SplitLayout isi = new SplitLayout(tabel, editor);
        isi.setSplitterPosition(62);
        isi.setSizeFull();
        isi.setMinHeight("36em");

        HorizontalLayout pilihan = new HorizontalLayout(pilihPd, pilihTahun);
        pilihan.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Realisasi Kinerja"), pilihan, status, langkah, isi);
        setFlexGrow(1, isi);
    }

    private void susunEditor() {
        pilihPeriode.setLabel("Periode");
        pilihPeriode.setId("pilih-periode");
        pilihPeriode.setItems(
                IntStream.rangeClosed(RealisasiIndikator.TAHUNAN, 4).boxed().toList());
        pilihPeriode.setItemLabelGenerator(RealisasiView::namaPeriode);
        pilihPeriode.setHelperText("Capaian dihitung dari realisasi setahun; triwulan untuk pemantauan.");
        pilihPeriode.addValueChangeListener(e -> {
            if (!memuat && e.getValue() != null && terpilih != null) {
                isiEditor(terpilih);
            }
        });
        nilai.setId("nilai-realisasi");
        nilai.addKeyPressListener(Key.ENTER, e -> simpan());
        pembilang.setId("pembilang");
        penyebut.setId("penyebut");
        upaya.setId("upaya");
        hambatan.setId("hambatan");
        rencanaTindakLanjut.setId("rencana-tindak-lanjut");
        simpan.setId("simpan-realisasi");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        riwayat.setId("riwayat");
        terkunci.setId("alasan-terkunci");
        sumberRealisasi.setId("sumber-realisasi");
        sumberRealisasi.getStyle().set("color", "var(--lumo-secondary-text-color)");
        terkunci.getStyle().set("color", "var(--lumo-secondary-text-color)");

        upload.setId("unggah-bukti");
        upload.setUploadHandler(UploadHandler.inMemory((meta, isi) -> unggah(meta.fileName(), isi)));
        upload.setAcceptedFileTypes(
                "application/pdf",
                ".pdf",
                "image/jpeg",
                ".jpg",
                ".jpeg",
                "image/png",
                ".png",
                ".xlsx",
                JenisBerkas.XLSX.mimeType());
        upload.setMaxFileSize((int) realisasi.batasBukti().toBytes());
        upload.addFileRejectedListener(e -> tampilkanPesanBukti(e.getErrorMessage(), false));
        pesanBukti.setId("pesan-bukti");
        daftarBukti.setId("daftar-bukti");
        daftarBukti.setPadding(false);
        daftarBukti.setSpacing(false);

        Paragraph atau = new Paragraph("Atau hitung dari pembilang dan penyebut (hasil × 100):");
        editor.add(
                judulEditor,
                keteranganEditor,
                terkunci,
                sumberRealisasi,
                aksiAdmin,
                pilihPeriode,
                nilai,
                atau,
                new HorizontalLayout(pembilang, penyebut),
                upaya,
                hambatan,
                rencanaTindakLanjut,
                new HorizontalLayout(simpan, riwayat),
                new H3("Bukti dukung"),
                new Paragraph(
                        "PDF, JPEG, PNG atau XLSX, paling besar " + PengaturanPkd.teks(realisasi.batasBukti()) + "."),
                upload,
                pesanBukti,
                daftarBukti);
        List.of(nilai, upaya, hambatan, rencanaTindakLanjut).forEach(f -> f.setWidthFull());
        editor.setVisible(false);
        editor.setHeightFull();
        editor.getStyle().set("overflow", "auto");
    }

    /** The comparison editor, last in the indicator's editor, built on first use. */
    private EditorPembanding pembanding() {
        if (pembanding == null) {
            pembanding = new EditorPembanding(layananPembanding);
            editor.add(pembanding);
        }
        return pembanding;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<PerangkatDaerah> semuaPd = perencanaan.daftarPerangkatDaerah();
        List<PeriodeRpjmd> periode = perencanaan.daftarPeriode();
        if (semuaPd.isEmpty() || periode.isEmpty()) {
            removeAll();
            add(new H2("Realisasi Kinerja"), new BelumAdaRencana("realisasi kinerja"));
            return;
        }
        List<Integer> tahunTersedia = periode.stream()
                .flatMapToInt(p -> IntStream.rangeClosed(p.tahunAwal(), p.tahunAkhir()))
                .boxed()
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
        memuat = true;
        pilihPd.setItems(semuaPd);
        pilihTahun.setItems(tahunTersedia);
        memuat = false;
        QueryParameters q = event.getLocation().getQueryParameters();
        PerangkatDaerah pd = parameter(q, "pd")
                .flatMap(id -> semuaPd.stream().filter(p -> p.id() == id).findFirst())
                .orElse(semuaPd.get(0));
        Integer diminta = parameter(q, "tahun").map(Long::intValue).orElse(null);
        Integer bawaan = tahunTersedia.contains(pilihanTahun.tahunBawaan())
                ? Integer.valueOf(pilihanTahun.tahunBawaan())
                : tahunTersedia.get(0);
        if (diminta != null && !tahunTersedia.contains(diminta)) {
            // A link from another tenant or an old bookmark names a year this tenant has no plan for: say so at
            // the year picker and show the default year, rather than fail the whole page.
            pilih(pd, bawaan);
            pilihTahun.setErrorMessage("Tahun " + diminta + " di luar periode RPJMD daerah ini ("
                    + periode.stream()
                            .map(p -> p.tahunAwal() + "–" + p.tahunAkhir())
                            .collect(Collectors.joining(", "))
                    + "); ditampilkan tahun " + bawaan + ".");
            pilihTahun.setInvalid(true);
            return;
        }
        pilih(pd, diminta != null ? diminta : bawaan);
    }

    private static Optional<Long> parameter(QueryParameters q, String nama) {
        return q.getSingleParameter(nama).flatMap(t -> {
            try {
                return Optional.of(Long.parseLong(t));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** Selects an agency and a year; without a year, the tenant's default year. */
    private void pilih(PerangkatDaerah pd, Integer tahun) {
        memuat = true;
        pilihPd.setValue(pd);
        pilihTahun.setValue(tahun != null ? tahun : pilihanTahun.tahunBawaan());
        memuat = false;
        terpilih = null;
        muat();
    }

    private long pdId() {
        return pilihPd.getValue().id();
    }

    private int tahun() {
        return pilihTahun.getValue();
    }

    /** Reads status and capaian again, keeping the selected indicator selected. */
    private void muat() {
        kini = persetujuan.status(pdId(), tahun());
        tampilkanStatus();
        List<BarisCapaian> baris = pengukuran.ukur(pdId(), tahun()).semuaIndikator();
        Long idTerpilih = terpilih == null ? null : terpilih.indikator().id();
        memuat = true;
        barisTabel.clear();
        barisTabel.addAll(baris);
        penyediaBaris.refreshAll();
        memuat = false;
        Optional<BarisCapaian> lagi = baris.stream()
                .filter(b -> b.indikator().id().equals(idTerpilih))
                .findFirst();
        // The row may compare equal to the one before (nothing in it changed), so no selection event
        // would refresh the editor; refresh it here.
        lagi.ifPresentOrElse(
                b -> {
                    tabel.select(b);
                    tampilkan(b);
                },
                () -> {
                    terpilih = null;
                    editor.setVisible(false);
                });
    }

    /**
     * After a save: measures the saved indicator again (no row is computed from another indicator's realisasi, so no
     * other row can change, and no plugin recomputes the others) and replaces its row when its figures changed, so
     * the answer carries that row only. A save does not move the approval status; an indicator no longer in the
     * grid, or listed twice, reloads everything.
     */
    private void perbaruiBaris() {
        Long idTerpilih = terpilih.indikator().id();
        List<Integer> posisi = IntStream.range(0, barisTabel.size())
                .filter(i -> barisTabel.get(i).indikator().id().equals(idTerpilih))
                .boxed()
                .toList();
        Optional<BarisCapaian> baru =
                posisi.size() == 1 ? pengukuran.ukurIndikator(pdId(), tahun(), idTerpilih) : Optional.empty();
        if (baru.isEmpty()) {
            muat();
            return;
        }
        int i = posisi.get(0);
        if (!baru.get().equals(barisTabel.get(i))) {
            barisTabel.set(i, baru.get());
            penyediaBaris.refreshItem(baru.get());
        }
        // Still selected (the grid knows rows by indicator), same period: only what the save changed is filled again.
        terpilih = baru.get();
        isiEditor(baru.get(), true);
    }

    private void tampilkanStatus() {
        StatusPersetujuan s = kini.status();
        status.removeAll();
        status.add(new Span("Status persetujuan " + tahun() + ": "), new Span(s.label()));
        if (s == StatusPersetujuan.DITOLAK && kini.alasan() != null) {
            status.add(new Span(" — Alasan penolakan: " + kini.alasan()));
        } else if (kini.alasan() != null && s == StatusPersetujuan.DRAFT) {
            status.add(new Span(" — Dibuka kembali: " + kini.alasan()));
        }
        String warna =
                switch (s) {
                    case DITOLAK -> "var(--lumo-error-color-10pct)";
                    case DITETAPKAN -> "var(--lumo-success-color-10pct)";
                    case DIAJUKAN, DIVERIFIKASI -> "var(--lumo-primary-color-10pct)";
                    case DRAFT -> "var(--lumo-contrast-5pct)";
                };
        status.getStyle().set("background", warna);
        status.getElement().setAttribute("data-status", s.name());

        langkah.removeAll();
        boolean operator = peran == Peran.OPERATOR || peran == Peran.ADMIN_DAERAH;
        if (operator && s.bolehDiubah()) {
            Button ajukan = new Button(
                    "Ajukan",
                    e -> KonfirmasiAjukan.tanya(
                            tahun(),
                            kelengkapan.kekurangan(pdId(), tahun()),
                            () -> lakukan(() -> persetujuan.ajukan(pdId(), tahun()), "Realisasi diajukan.")));
            ajukan.setId("ajukan");
            ajukan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            langkah.add(ajukan);
        }
        if (peran == Peran.VERIFIKATOR && s == StatusPersetujuan.DIAJUKAN) {
            langkah.add(tombol(
                    "Verifikasi",
                    "verifikasi",
                    () -> persetujuan.verifikasi(pdId(), tahun()),
                    "Realisasi diverifikasi."));
        }
        if (peran == Peran.PIMPINAN && s == StatusPersetujuan.DIVERIFIKASI) {
            langkah.add(tombol(
                    "Tetapkan", "tetapkan", () -> persetujuan.tetapkan(pdId(), tahun()), "Realisasi ditetapkan."));
        }
        if ((peran == Peran.VERIFIKATOR && s == StatusPersetujuan.DIAJUKAN)
                || (peran == Peran.PIMPINAN && s == StatusPersetujuan.DIVERIFIKASI)) {
            Button tolak = new Button(
                    "Tolak",
                    e -> mintaAlasan(
                            "Tolak realisasi",
                            "konfirmasi-tolak",
                            "Tolak",
                            alasan -> persetujuan.tolak(pdId(), tahun(), alasan),
                            "Realisasi ditolak."));
            tolak.setId("tolak");
            tolak.addThemeVariants(ButtonVariant.LUMO_ERROR);
            langkah.add(tolak);
        }
        if (peran == Peran.ADMIN_DAERAH && s == StatusPersetujuan.DITETAPKAN) {
            Button buka = new Button(
                    "Buka kembali",
                    e -> mintaAlasan(
                            "Buka kembali realisasi",
                            "konfirmasi-buka",
                            "Buka kembali",
                            alasan -> persetujuan.bukaKembali(pdId(), tahun(), alasan),
                            "Realisasi dibuka kembali."));
            buka.setId("buka-kembali");
            langkah.add(buka);
        }
    }

    private Button tombol(String teks, String id, Runnable aksi, String berhasil) {
        Button b = new Button(teks, e -> lakukan(aksi, berhasil));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return b;
    }

    /** Runs a workflow step; a refused step shows why. */
    private boolean lakukan(Runnable aksi, String berhasil) {
        try {
            aksi.run();
            Formulir.berhasil(berhasil);
            muat();
            return true;
        } catch (DataTerkunciException e) {
            Formulir.gagal(e.getMessage());
        } catch (AccessDeniedException e) {
            Formulir.gagal("Peran Anda tidak berwenang melakukan langkah ini.");
        }
        return false;
    }

    /** A dialog asking for the reason of a rejection or a reopening; the reason is required. */
    private void mintaAlasan(
            String judul, String idKonfirmasi, String teksKonfirmasi, Consumer<String> aksi, String berhasil) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(judul);
        TextArea alasan = new TextArea("Alasan");
        alasan.setId("alasan");
        alasan.setWidth("30em");
        Formulir form = new Formulir(Map.of("alasan", alasan));
        Button konfirmasi = new Button(teksKonfirmasi, e -> {
            form.bersihkan();
            try {
                if (lakukan(() -> aksi.accept(alasan.getValue()), berhasil)) {
                    dialog.close();
                }
            } catch (IsianTidakSahException ex) {
                form.tampilkan(ex);
            }
        });
        konfirmasi.setId(idKonfirmasi);
        konfirmasi.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(alasan);
        dialog.getFooter().add(new Button("Batal", e -> dialog.close()), konfirmasi);
        dialog.open();
        alasan.focus();
    }

    /** Why the signed-in user may not change this indicator now, if so. */
    private Optional<String> alasanTerkunci(BarisCapaian b) {
        if (peran != Peran.OPERATOR && peran != Peran.ADMIN_DAERAH) {
            return Optional.of("Anda masuk sebagai " + peran.label() + ": realisasi hanya dapat dilihat.");
        }
        StatusPersetujuan s = kini.status();
        if (s.bolehDiubah()) {
            return Optional.empty();
        }
        if (s == StatusPersetujuan.DITETAPKAN
                && persetujuan.indikatorDibuka(tahun()).contains(b.indikator().id())) {
            return Optional.empty();
        }
        return Optional.of(
                s == StatusPersetujuan.DITETAPKAN
                        ? "Realisasi tahun " + tahun() + " sudah ditetapkan dan terkunci; minta Admin Daerah membukanya"
                                + " kembali."
                        : "Realisasi tahun " + tahun() + " sedang dalam proses persetujuan ("
                                + s.label().toLowerCase() + "), sehingga tidak dapat diubah.");
    }

    private void tampilkan(BarisCapaian b) {
        boolean indikatorLain = terpilih == null
                || !terpilih.indikator().id().equals(b.indikator().id());
        terpilih = b;
        if (indikatorLain || pilihPeriode.getValue() == null) {
            memuat = true;
            pilihPeriode.setValue(RealisasiIndikator.TAHUNAN);
            memuat = false;
        }
        isiEditor(b);
    }

    /**
     * An indicator whose realisasi is computed from an urusan plugin's data says so; the entered
     * value only counts while that data is missing for the year.
     */
    private void tampilkanSumber(BarisCapaian b, boolean terhitung) {
        String sumber = b.indikator().sumberRealisasi();
        sumberRealisasi.setVisible(sumber != null);
        if (sumber == null) {
            return;
        }
        if (b.tidakDapatDihitung() != null && triwulan() == RealisasiIndikator.TAHUNAN) {
            // The plugin failed: say so and why, instead of pretending there is simply no data yet.
            sumberRealisasi.setText("Realisasi setahun bersumber dari data urusan (" + sumber + ") dan "
                    + b.tidakDapatDihitung().substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                    + b.tidakDapatDihitung().substring(1));
            return;
        }
        sumberRealisasi.setText(
                terhitung
                        ? "Realisasi setahun dihitung dari data urusan (" + sumber + "); ubah datanya di menu Data"
                                + " Urusan. Uraian di bawah tetap diisi di sini."
                        : "Indikator ini bersumber dari data urusan (" + sumber + "), tetapi datanya untuk tahun "
                                + tahun() + " belum ada; realisasi yang diisi di sini dipakai sampai data tersedia.");
    }

    static String namaPeriode(int triwulan) {
        return triwulan == RealisasiIndikator.TAHUNAN
                ? "Setahun"
                : "Triwulan " + "I II III IV".split(" ")[triwulan - 1];
    }

    private int triwulan() {
        return pilihPeriode.getValue() == null ? RealisasiIndikator.TAHUNAN : pilihPeriode.getValue();
    }

    private void isiEditor(BarisCapaian b) {
        isiEditor(b, false);
    }

    /**
     * After a save of the same indicator and period its comparison figures and its evidence did not change, so
     * they are neither read nor sent again (issue 16: a save costs at most twice a no-op round trip); the evidence
     * is loaded only when the save created the record it hangs on.
     */
    private void isiEditor(BarisCapaian b, boolean setelahSimpan) {
        formulir.bersihkan();
        pesanBukti.setText("");
        Optional<RealisasiIndikator> r = catatanTerpilih();
        judulEditor.setText(b.indikator().kode() + " " + b.indikator().nama());
        keteranganEditor.setText("Target " + tahun() + ": "
                + FormatKinerja.angka(b.target()) + " "
                + b.indikator().satuan() + " · " + b.indikator().polaritas().label());
        nilai.setHelperText(petunjukNilai(b.indikator()));
        nilai.setValue(r.map(x -> Tampilan.isian(x.nilai())).orElse(""));
        pembilang.setValue(r.map(x -> Tampilan.isian(x.pembilang())).orElse(""));
        penyebut.setValue(r.map(x -> Tampilan.isian(x.penyebut())).orElse(""));
        hambatan.setValue(teks(r, RealisasiIndikator::hambatan));
        rencanaTindakLanjut.setValue(teks(r, RealisasiIndikator::rencanaTindakLanjut));
        upaya.setValue(teks(r, RealisasiIndikator::upaya));

        Optional<String> kunci = alasanTerkunci(b);
        boolean hanyaBaca = kunci.isPresent();
        boolean terhitung = triwulan() == RealisasiIndikator.TAHUNAN && b.dariDataUrusan();
        List.of(nilai, pembilang, penyebut).forEach(f -> f.setReadOnly(hanyaBaca || terhitung));
        tampilkanSumber(b, terhitung);
        List.of(upaya, hambatan, rencanaTindakLanjut).forEach(f -> f.setReadOnly(hanyaBaca));
        simpan.setEnabled(!hanyaBaca);
        simpan.setVisible(!hanyaBaca);
        terkunci.setText(kunci.orElse(""));
        terkunci.setVisible(hanyaBaca);
        if (!setelahSimpan) {
            pembanding()
                    .tampilkan(
                            b.indikator().id(),
                            tahun(),
                            !hanyaBaca
                                    && (peran == Peran.OPERATOR
                                            || peran == Peran.ADMIN_DAERAH
                                            || peran == Peran.PIMPINAN));
        }
        susunAksiAdmin(b);
        riwayat.setEnabled(r.isPresent());
        upload.setVisible(!hanyaBaca && r.isPresent());
        upload.clearFileList();
        if (!hanyaBaca && r.isEmpty()) {
            pesanBukti.setText("Simpan realisasi terlebih dahulu untuk melampirkan bukti.");
        }
        if (!setelahSimpan || !adaCatatan) {
            muatBukti(r);
        }
        adaCatatan = r.isPresent();
        editor.setVisible(true);
    }

    /** The unit's rule before the user types, so a refusal at the field is no surprise. */
    private static String petunjukNilai(Indikator ind) {
        String format = "Format Indonesia: koma untuk desimal, mis. 17,4";
        return switch (AturanNilaiRealisasi.jenis(ind.satuan())) {
            case PERSEN -> ind.rentangBebas() ? format : format + " · persen 0 sampai 100";
            case CACAH -> "Bilangan bulat tidak negatif (" + ind.satuan().strip() + "), mis. 38";
            case LAINNYA -> format;
        };
    }

    private static String teks(Optional<RealisasiIndikator> r, Function<RealisasiIndikator, String> isian) {
        return r.map(isian).orElse("");
    }

    private void simpan() {
        if (terpilih == null || !simpan.isEnabled()) {
            return;
        }
        formulir.bersihkan();
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        BigDecimal n = angka(nilai, "nilai", salah);
        BigDecimal p = angka(pembilang, "pembilang", salah);
        BigDecimal q = angka(penyebut, "penyebut", salah);
        try {
            salah.lemparJikaAda();
            realisasi.simpan(new IsianRealisasi(
                    terpilih.indikator().id(),
                    tahun(),
                    triwulan(),
                    n,
                    p,
                    q,
                    null,
                    upaya.getValue(),
                    hambatan.getValue(),
                    rencanaTindakLanjut.getValue()));
            Formulir.berhasil(
                    "Realisasi " + terpilih.indikator().kode() + " (" + namaPeriode(triwulan()) + ") disimpan.");
            perbaruiBaris();
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        } catch (DataTerkunciException e) {
            Formulir.gagal(e.getMessage());
        } catch (AccessDeniedException e) {
            Formulir.gagal("Peran Anda tidak berwenang mengubah realisasi.");
        }
    }

    /** The typed number, or null when empty; an unreadable number is reported at its field. */
    private static BigDecimal angka(TextField field, String nama, IsianTidakSahException.Pengumpul salah) {
        if (field.getValue().isBlank()) {
            return null;
        }
        try {
            return AngkaIndonesia.parse(field.getValue());
        } catch (AngkaTidakSahException e) {
            salah.tambah(nama, e.getMessage());
            return null;
        }
    }

    private void unggah(String namaBerkas, byte[] isi) {
        Optional<RealisasiIndikator> r = catatanTerpilih();
        upload.clearFileList();
        if (r.isEmpty()) {
            tampilkanPesanBukti("Simpan realisasi terlebih dahulu untuk melampirkan bukti.", false);
            return;
        }
        try {
            realisasi.unggahBukti(r.get().id(), namaBerkas, isi);
            tampilkanPesanBukti("Bukti " + namaBerkas + " diunggah.", true);
            muatBukti();
        } catch (IsianTidakSahException e) {
            tampilkanPesanBukti(e.pesanPerIsian().getOrDefault("bukti", e.getMessage()), false);
        } catch (DataTerkunciException e) {
            tampilkanPesanBukti(e.getMessage(), false);
        } catch (AccessDeniedException e) {
            tampilkanPesanBukti("Peran Anda tidak berwenang mengunggah bukti.", false);
        }
    }

    private void tampilkanPesanBukti(String pesan, boolean berhasil) {
        pesanBukti.setText(pesan);
        pesanBukti
                .getStyle()
                .set("color", berhasil ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        pesanBukti.getElement().setAttribute("data-berhasil", Boolean.toString(berhasil));
    }

    private void muatBukti() {
        muatBukti(catatanTerpilih());
    }

    private void muatBukti(Optional<RealisasiIndikator> r) {
        daftarBukti.removeAll();
        List<BuktiRealisasi> semua = r.map(x -> realisasi.daftarBukti(x.id())).orElse(List.of());
        if (semua.isEmpty()) {
            daftarBukti.add(new Span("Belum ada bukti."));
        }
        for (BuktiRealisasi b : semua) {
            long id = b.id();
            Anchor unduh = new Anchor(
                    DownloadHandler.fromInputStream(ev -> {
                        byte[] isi = realisasi.isiBukti(id);
                        return new DownloadResponse(
                                new ByteArrayInputStream(isi),
                                b.namaBerkas(),
                                b.jenis().mimeType(),
                                isi.length);
                    }),
                    b.namaBerkas());
            unduh.addClassName("bukti");
            daftarBukti.add(new Div(
                    unduh,
                    new Span(" · " + AngkaIndonesia.formatRingkas(BigDecimal.valueOf(b.ukuran())) + " bita · "
                            + b.diunggahOleh())));
        }
    }

    private void bukaRiwayat() {
        Optional<RealisasiIndikator> r = catatanTerpilih();
        if (r.isEmpty()) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Riwayat perubahan " + terpilih.indikator().kode() + " tahun " + tahun());
        Grid<JejakAudit> grid = new Grid<>();
        grid.setId("tabel-riwayat");
        ZonaWaktuDaerah zona = waktu.zona();
        grid.addColumn(j -> WAKTU.format(zona.pada(j.pada())))
                .setHeader("Waktu (" + zona.singkatan() + ")")
                .setAutoWidth(true);
        grid.addColumn(JejakAudit::oleh).setHeader("Oleh").setAutoWidth(true);
        // Approval steps of the agency-year share this dialog, so the auditor sees what was approved when.
        grid.addColumn(j -> "realisasi".equals(j.jenisData()) ? j.isian() : "Persetujuan: " + j.isian())
                .setHeader("Isian")
                .setAutoWidth(true);
        grid.addColumn(JejakAudit::nilaiLama).setHeader("Nilai lama").setFlexGrow(1);
        grid.addColumn(JejakAudit::nilaiBaru).setHeader("Nilai baru").setFlexGrow(1);
        grid.setItems(jejak.riwayatDenganPersetujuan(
                "realisasi", r.get().id(), pdId(), terpilih.indikator().id(), tahun()));
        grid.setWidth("60em");
        dialog.add(grid);
        dialog.getFooter().add(new Button("Tutup", e -> dialog.close()));
        dialog.open();
    }

    /** The record of the selected indicator for the selected period (the year, or a quarter). */
    private Optional<RealisasiIndikator> catatanTerpilih() {
        if (terpilih == null) {
            return Optional.empty();
        }
        if (triwulan() == RealisasiIndikator.TAHUNAN) {
            return terpilih.catatan();
        }
        return perencanaan
                .rencana(pdId(), tahun())
                .realisasi(terpilih.indikator().id(), tahun(), triwulan());
    }

    /**
     * After the year is set, the admin may reopen one indicator (with a reason) for a correction
     * without reopening the whole year; the head of agency locks it again once corrected.
     */
    private void susunAksiAdmin(BarisCapaian b) {
        aksiAdmin.removeAll();
        aksiAdmin.setVisible(false);
        if (kini.status() != StatusPersetujuan.DITETAPKAN) {
            return;
        }
        long id = b.indikator().id();
        boolean dibuka = persetujuan.indikatorDibuka(tahun()).contains(id);
        if (dibuka && peran == Peran.PIMPINAN) {
            Button kunci = new Button(
                    "Kunci kembali indikator ini",
                    e -> lakukan(
                            () -> persetujuan.kunciIndikator(id, tahun()),
                            b.indikator().kode() + " dikunci kembali."));
            kunci.setId("kunci-indikator");
            aksiAdmin.add(kunci);
        } else if (!dibuka && peran == Peran.ADMIN_DAERAH) {
            Button buka = new Button(
                    "Buka indikator ini",
                    e -> mintaAlasan(
                            "Buka indikator " + b.indikator().kode(),
                            "konfirmasi-buka-indikator",
                            "Buka indikator",
                            alasan -> persetujuan.bukaIndikator(id, tahun(), alasan),
                            b.indikator().kode() + " dibuka untuk perbaikan."));
            buka.setId("buka-indikator");
            aksiAdmin.add(buka);
        } else if (dibuka) {
            aksiAdmin.add(new Span("Indikator ini dibuka untuk perbaikan; pimpinan menguncinya kembali."));
        } else {
            return;
        }
        aksiAdmin.setVisible(true);
    }
}
