package id.pkd.portal.tandatangan;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.WaktuDaerah;
import id.pkd.portal.umum.ZonaWaktuDaerah;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The portal operator installs the roots signatures are trusted through: one tenant's own CA, or a portal-wide
 * root such as the BSrE/Kominfo root. Officials' certificates must chain to one of them.
 */
@Route("tandatangan/akar")
@PageTitle("Sertifikat Akar Tepercaya | Portal Kinerja Daerah")
@Menu(title = "Sertifikat Akar Tepercaya", order = 15)
@RolesAllowed("OPERATOR_PORTAL")
class AkarTepercayaView extends VerticalLayout {

    private final AkarTepercayaService akar;
    private final CaDaerahService caDaerah;
    private final ComboBox<Daerah> daerahCa = new ComboBox<>("Daerah");
    private final RadioButtonGroup<AlgoritmaKunci> algoritma = new RadioButtonGroup<>("Jenis kunci");
    private final Span pesanCa = new Span();
    private final Map<Long, String> namaDaerah;
    private final Grid<AkarTepercayaService.AkarTerpasang> grid = new Grid<>();
    private final ComboBox<Daerah> daerah = new ComboBox<>("Berlaku untuk");
    private final Span berkasTerpilih = new Span();
    private final Span pesanBerkas = new Span();
    private byte[] berkas;

    AkarTepercayaView(
            AkarTepercayaService akar, CaDaerahService caDaerah, DaerahService daerahService, WaktuDaerah waktu) {
        this.akar = akar;
        this.caDaerah = caDaerah;
        var semua = daerahService.semua();
        this.namaDaerah = semua.stream().collect(Collectors.toMap(Daerah::id, Daerah::namaPemerintah));
        grid.addColumn(a -> a.tenantId() == null ? "Seluruh portal" : namaDaerah.get(a.tenantId()))
                .setHeader("Berlaku untuk")
                .setAutoWidth(true);
        grid.addColumn(a -> a.nama() + (a.demo() ? " (demo)" : ""))
                .setHeader("Subjek")
                .setFlexGrow(1);
        grid.addColumn(AkarTepercayaService.AkarTerpasang::penerbit)
                .setHeader("Penerbit")
                .setFlexGrow(1);
        // Each anchor's time in the zone of the region it serves; portal-wide anchors in the portal's zone.
        Map<Long, ZonaWaktuDaerah> zona =
                semua.stream().collect(Collectors.toMap(Daerah::id, d -> waktu.zona(d.kodeWilayah(), d.zonaWaktu())));
        ZonaWaktuDaerah zonaPortal = waktu.zonaPortal();
        grid.addColumn(a -> a.berlakuSampai() == null
                        ? "-"
                        : zona.getOrDefault(a.tenantId(), zonaPortal).waktu(a.berlakuMulai()) + " s.d. "
                                + zona.getOrDefault(a.tenantId(), zonaPortal).waktu(a.berlakuSampai()))
                .setHeader("Masa berlaku")
                .setAutoWidth(true);
        grid.addComponentColumn(a -> {
                    Span sidik = new Span(a.sha256().substring(0, 16) + "…");
                    sidik.setTitle(a.sha256());
                    sidik.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
                    return sidik;
                })
                .setHeader("SHA-256")
                .setAutoWidth(true);
        grid.addColumn(a -> a.dipasangOleh() + ", "
                        + zona.getOrDefault(a.tenantId(), zonaPortal).waktu(a.dipasangPada()))
                .setHeader("Dipasang")
                .setAutoWidth(true);
        grid.addComponentColumn(this::tombolHapus).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("akar-tepercaya");

        daerah.setItems(semua);
        daerah.setItemLabelGenerator(Daerah::namaPemerintah);
        daerah.setClearButtonVisible(true);
        daerah.setPlaceholder("Seluruh portal");
        daerah.setHelperText("Kosongkan untuk akar seluruh portal (mis. akar BSrE/Kominfo); pilih daerah untuk CA"
                + " milik daerah itu sendiri.");
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((meta, isi) -> {
            berkas = isi;
            berkasTerpilih.setText("Berkas: " + meta.fileName());
            pesanBerkas.setText("");
            upload.clearFileList();
        }));
        upload.setAcceptedFileTypes(".pem", ".crt", ".cer", ".der");
        upload.setMaxFileSize(AkarTepercayaService.UKURAN_MAKS);
        upload.addFileRejectedListener(e ->
                pesanBerkas.setText("Berkas ditolak: sertifikat akar berupa .pem, .crt, .cer atau .der, paling besar "
                        + AkarTepercayaService.UKURAN_MAKS / 1024 + " KB."));
        upload.setDropLabel(new Span("Letakkan sertifikat akar (.pem/.crt/.cer) di sini"));
        pesanBerkas.setId("pesan-berkas-akar");
        pesanBerkas.getStyle().set("color", "var(--lumo-error-text-color)");
        Button pasang = new Button("Pasang sebagai akar tepercaya", e -> pasang());
        pasang.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pasang.setId("pasang-akar");
        berkasTerpilih.setId("berkas-akar");
        add(
                new H2("Sertifikat Akar Tepercaya"),
                new Paragraph("Tanda tangan pejabat hanya sah bila sertifikatnya berantai ke salah satu sertifikat akar"
                        + " di bawah ini yang berlaku untuk daerahnya. Sertifikat yang diunggah Admin Daerah tidak"
                        + " pernah menjadi akar. Daftar ini disimpan di basis data dan berlaku sama di setiap node"
                        + " portal."),
                grid,
                daerah,
                upload,
                berkasTerpilih,
                pesanBerkas,
                pasang);
        bagianCaDaerah(semua);
        muat();
    }

    /** A region without a CA of its own gets one here; its officials' keys are then issued by its admin. */
    private void bagianCaDaerah(java.util.List<Daerah> semua) {
        daerahCa.setItems(semua);
        daerahCa.setItemLabelGenerator(Daerah::namaPemerintah);
        daerahCa.setId("daerah-ca");
        algoritma.setItems(AlgoritmaKunci.values());
        algoritma.setItemLabelGenerator(AlgoritmaKunci::label);
        algoritma.setValue(AlgoritmaKunci.RSA_3072);
        algoritma.setId("algoritma-ca");
        pesanCa.setId("pesan-ca");
        pesanCa.getStyle().set("color", "var(--lumo-error-text-color)");
        Button buat = new Button("Buat CA daerah", e -> buatCa());
        buat.setId("buat-ca-daerah");
        add(
                new H3("CA daerah"),
                new Paragraph("Buat CA milik satu daerah: sertifikatnya langsung dipasang sebagai akar tepercaya"
                        + " daerah itu, kuncinya disimpan terenkripsi di portal. Admin Daerah lalu menerbitkan kunci"
                        + " tanda tangan pejabatnya dari CA ini (menu Sertifikat Pejabat). Satu CA untuk setiap"
                        + " daerah, berlaku 10 tahun."),
                daerahCa,
                algoritma,
                pesanCa,
                buat);
    }

    private void buatCa() {
        pesanCa.setText("");
        Daerah d = daerahCa.getValue();
        if (d == null) {
            pesanCa.setText("Pilih daerah yang dibuatkan CA.");
            return;
        }
        try {
            var ca = caDaerah.buat(d.id(), algoritma.getValue());
            daerahCa.clear();
            muat();
            Formulir.berhasil(ca.nama() + " (" + ca.algoritma().label() + ") dibuat dan dipasang sebagai akar"
                    + " tepercaya " + d.namaPemerintah() + ".");
        } catch (IsianTidakSahException e) {
            pesanCa.setText(e.pesanPerIsian().getOrDefault("daerah", e.getMessage()));
        }
    }

    private void muat() {
        grid.setItems(akar.daftar());
    }

    private Component tombolHapus(AkarTepercayaService.AkarTerpasang a) {
        Button hapus = new Button("Hapus", e -> konfirmasiHapus(a));
        hapus.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        hapus.setAriaLabel("Hapus sertifikat akar " + a.nama());
        hapus.setId("hapus-akar-" + a.id());
        return hapus;
    }

    private void konfirmasiHapus(AkarTepercayaService.AkarTerpasang a) {
        String untuk = a.tenantId() == null ? "seluruh portal" : namaDaerah.get(a.tenantId());
        ConfirmDialog konfirmasi = new ConfirmDialog();
        konfirmasi.setHeader("Hapus sertifikat akar?");
        konfirmasi.setText(a.nama() + " tidak lagi dipercaya untuk " + untuk + ": tanda tangan yang hanya berantai"
                + " kepadanya tidak lagi sah, juga pada dokumen yang sudah terbit. Kunci pejabat yang diterbitkannya"
                + " tidak dapat menandatangani lagi.");
        konfirmasi.setCancelable(true);
        konfirmasi.setCancelText("Batal");
        konfirmasi.setConfirmText("Hapus");
        konfirmasi.setConfirmButtonTheme("error primary");
        konfirmasi.addConfirmListener(e -> {
            try {
                akar.hapus(a.id());
                Formulir.berhasil("Sertifikat akar " + a.nama() + " dihapus dari " + untuk + ".");
            } catch (IsianTidakSahException ex) {
                pesanBerkas.setText(ex.pesanPerIsian().getOrDefault("akar", ex.getMessage()));
            } catch (DataTidakDitemukanException ex) {
                pesanBerkas.setText("Sertifikat akar ini sudah dihapus.");
            }
            muat();
        });
        konfirmasi.open();
    }

    private void pasang() {
        pesanBerkas.setText("");
        if (berkas == null) {
            pesanBerkas.setText("Pilih berkas sertifikat akar lebih dulu.");
            return;
        }
        Daerah d = daerah.getValue();
        try {
            var a = akar.pasang(d == null ? null : d.id(), berkas);
            berkas = null;
            berkasTerpilih.setText("");
            muat();
            Formulir.berhasil("Sertifikat akar " + a.nama() + " dipasang untuk "
                    + (d == null ? "seluruh portal" : d.namaPemerintah()) + ".");
        } catch (IsianTidakSahException e) {
            pesanBerkas.setText(e.pesanPerIsian().getOrDefault("berkas", e.getMessage()));
        }
    }
}
