package id.pkd.portal.tandatangan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import id.pkd.portal.pengguna.Nip;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.WaktuDaerah;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The tenant admin uploads each official's PKCS#12 (.p12/.pfx). The file is checked with its passphrase and kept
 * encrypted; the passphrase is not kept: the official types it again at every signature.
 */
@Route("tandatangan/sertifikat")
@PageTitle("Sertifikat Pejabat | Portal Kinerja Daerah")
@Menu(title = "Sertifikat Pejabat", order = 81)
@RolesAllowed("ADMIN_DAERAH")
class SertifikatPejabatView extends VerticalLayout {

    /** Dates in the region's own zone (WIB, WITA or WIT). */
    private final DateTimeFormatter tanggal;

    private final KunciPejabatService kunci;
    private final CaDaerahService caDaerah;
    private final Button terbitkan = new Button("Terbitkan kunci dari CA daerah");
    private final Span pesanCa = new Span();
    private final Grid<KunciPejabatService.PejabatDanKunci> grid = new Grid<>();
    private final H3 terpilih = new H3("Pilih pejabat pada tabel");
    private final PasswordField passphrase = new PasswordField("Passphrase berkas");
    private final Span berkasTerpilih = new Span();
    private final Span pesanBerkas = new Span();
    private final Button simpan = new Button("Periksa & simpan sertifikat");
    private final Formulir formulir;
    private byte[] berkas;

    SertifikatPejabatView(KunciPejabatService kunci, CaDaerahService caDaerah, WaktuDaerah waktu) {
        this.tanggal = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("id-ID"))
                .withZone(waktu.zona().zoneId());
        this.kunci = kunci;
        this.caDaerah = caDaerah;
        grid.setId("pejabat-sertifikat");
        grid.addColumn(p -> p.pejabat().nama()).setHeader("Pejabat").setAutoWidth(true);
        // a head of region (menu Kepala Daerah) has no NIP
        grid.addColumn(p ->
                        p.pejabat().nip() == null ? "-" : new Nip(p.pejabat().nip()).tercetak())
                .setHeader("NIP")
                .setAutoWidth(true);
        grid.addColumn(p -> p.pejabat().jabatan()).setHeader("Jabatan").setFlexGrow(1);
        grid.addColumn(p -> p.sertifikat()
                        .map(s ->
                                s.nama() + " (" + s.penerbit() + "), berlaku s.d. " + tanggal.format(s.berlakuSampai()))
                        .orElse("Belum ada"))
                .setHeader("Sertifikat")
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> pilih());

        Upload upload = new Upload();
        upload.setId("unggah-sertifikat");
        upload.setUploadHandler(UploadHandler.inMemory((meta, isi) -> {
            berkas = isi;
            berkasTerpilih.setText("Berkas: " + meta.fileName() + " (" + isi.length + " byte)");
            pesanBerkas.setText("");
            upload.clearFileList();
        }));
        upload.setAcceptedFileTypes(".p12", ".pfx", "application/x-pkcs12");
        upload.setMaxFileSize(KunciPejabatService.UKURAN_MAKSIMAL);
        upload.addFileRejectedListener(e -> pesanBerkas.setText("Berkas ditolak: hanya .p12/.pfx hingga 100 KB."));
        upload.setDropLabel(new Span("Letakkan berkas .p12/.pfx di sini"));
        passphrase.setId("passphrase-sertifikat");
        pesanBerkas.setId("pesan-berkas");
        pesanBerkas.getStyle().set("color", "var(--lumo-error-text-color)");
        simpan.setId("simpan-sertifikat");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.addClickListener(e -> simpan());
        formulir = new Formulir(Map.of("passphrase", passphrase));
        add(
                new H2("Sertifikat Tanda Tangan Pejabat"),
                new Paragraph("Unggah sertifikat elektronik (PKCS#12) setiap pejabat penanda tangan. Berkas diperiksa"
                        + " dengan passphrase-nya lalu disimpan terenkripsi. Passphrase tidak disimpan: pejabat"
                        + " mengetikkannya setiap kali menandatangani."),
                grid,
                terpilih,
                upload,
                berkasTerpilih,
                pesanBerkas,
                passphrase,
                simpan);
        bagianCaDaerah();
        muat();
        pilih();
    }

    /** With the region's own CA, a key is issued here instead of uploaded: no file, no passphrase. */
    private void bagianCaDaerah() {
        var ca = caDaerah.caDaerahIni();
        terbitkan.setId("terbitkan-kunci-ca");
        terbitkan.addClickListener(e -> terbitkan());
        pesanCa.setId("pesan-ca");
        pesanCa.getStyle().set("color", "var(--lumo-error-text-color)");
        Paragraph keterangan = new Paragraph(ca.map(c -> "Daerah ini memiliki " + c.nama() + " ("
                        + c.algoritma().label() + ", berlaku s.d. " + tanggal.format(c.berlakuSampai())
                        + "). Kunci yang diterbitkannya berlaku 2 tahun, tidak memakai passphrase, dan menggantikan"
                        + " kunci pejabat sebelumnya; dokumen yang sudah ditandatangani tetap terverifikasi.")
                .orElse("Daerah ini belum memiliki CA daerah; operator portal dapat membuatnya. Sampai itu,"
                        + " unggah sertifikat dari CA yang dipercaya."));
        terbitkan.setVisible(ca.isPresent());
        add(new H3("Kunci dari CA daerah"), keterangan, pesanCa, terbitkan);
    }

    private void terbitkan() {
        var p = grid.getSelectedItems().stream().findFirst();
        if (p.isEmpty()) {
            return;
        }
        pesanCa.setText("");
        try {
            var info = caDaerah.terbitkan(p.get().pejabat().id());
            muat();
            Formulir.berhasil("Kunci " + info.nama() + " diterbitkan oleh " + info.penerbit() + ".");
        } catch (IsianTidakSahException e) {
            pesanCa.setText(e.pesanPerIsian().getOrDefault("ca", e.getMessage()));
        }
    }

    private void muat() {
        grid.setItems(kunci.daftar());
    }

    private void pilih() {
        var p = grid.getSelectedItems().stream().findFirst();
        terpilih.setText(p.map(x -> "Sertifikat untuk " + x.pejabat().nama()).orElse("Pilih pejabat pada tabel"));
        simpan.setEnabled(p.isPresent());
        terbitkan.setEnabled(p.isPresent());
    }

    private void simpan() {
        var p = grid.getSelectedItems().stream().findFirst();
        if (p.isEmpty()) {
            return;
        }
        formulir.bersihkan();
        pesanBerkas.setText("");
        char[] sandi = passphrase.getValue().toCharArray();
        try {
            var info = kunci.unggah(p.get().pejabat().id(), berkas, sandi);
            passphrase.clear();
            berkas = null;
            berkasTerpilih.setText("");
            muat();
            Formulir.berhasil("Sertifikat " + info.nama() + " disimpan untuk "
                    + p.get().pejabat().nama() + ".");
        } catch (IsianTidakSahException e) {
            String diBerkas = e.pesanPerIsian().get("berkas");
            if (diBerkas != null) {
                pesanBerkas.setText(diBerkas);
            }
            if (e.pesanPerIsian().containsKey("passphrase")) {
                formulir.tampilkan(IsianTidakSahException.pada(
                        "passphrase", e.pesanPerIsian().get("passphrase")));
            }
        } finally {
            java.util.Arrays.fill(sandi, '\0');
        }
    }
}
