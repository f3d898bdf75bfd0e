package id.pkd.portal.dokumen;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.Sasaran;
import id.pkd.portal.tahun.PilihanTahunService;
import id.pkd.portal.tampilan.BelumAdaRencana;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.PengaturanPkd;
import id.pkd.portal.umum.ValidasiGagalException;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The free text of the documents (kata pengantar, pendahuluan, penutup, RKPD narrative) per agency
 * and year, and the region's logo for the covers.
 */
@Route("dokumen/teks")
@PageTitle("Teks Dokumen | Portal Kinerja Daerah")
@Menu(title = "Teks Dokumen", order = 48)
@RolesAllowed({"ADMIN_DAERAH", "OPERATOR", "PIMPINAN"})
class TeksDokumenView extends VerticalLayout {

    private final TeksDokumenService teks;
    private final KonteksDokumen konteks;
    private final Select<PerangkatDaerah> pd = new Select<>();
    private final IntegerField tahun = new IntegerField("Tahun");
    private final Select<BagianTeks> bagian = new Select<>();
    private final Select<String> urusan = new Select<>();
    private final TextArea isi = new TextArea("Isi");

    @SuppressWarnings("deprecation") // MemoryBuffer's succeeded event runs in the UI round trip.
    TeksDokumenView(
            TeksDokumenService teks, KonteksDokumen konteks, LogoDaerahService logo, PilihanTahunService pilihanTahun) {
        this.teks = teks;
        this.konteks = konteks;
        pd.setLabel("Perangkat daerah");
        pd.setItems(konteks.perencanaan.daftarPerangkatDaerah());
        pd.setItemLabelGenerator(PerangkatDaerah::nama);
        tahun.setValue(pilihanTahun.tahunBawaan());
        tahun.setStepButtonsVisible(true);
        bagian.setLabel("Bagian");
        bagian.setItems(BagianTeks.values());
        bagian.setItemLabelGenerator(BagianTeks::label);
        bagian.setValue(BagianTeks.KATA_PENGANTAR);
        urusan.setLabel("Urusan");
        urusan.setVisible(false);
        isi.setWidthFull();
        isi.setMinHeight("18em");
        isi.setMaxLength(TeksDokumenService.PANJANG_MAKSIMAL);
        isi.setId("isi-teks");
        // the choices are driven by id in the browser tests, as the other editors' are
        pd.setId("pilih-perangkat-daerah");
        tahun.setId("tahun-teks");
        bagian.setId("bagian-teks");
        pd.addValueChangeListener(e -> muat());
        tahun.addValueChangeListener(e -> muat());
        bagian.addValueChangeListener(e -> muat());
        urusan.addValueChangeListener(e -> muatIsi());
        Button simpan = new Button("Simpan", e -> simpan());
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.setId("simpan-teks");
        add(
                new H2("Teks Dokumen"),
                new Paragraph("Teks bebas yang dicetak dalam LKIP dan bab evaluasi RKPD. Setiap perubahan tercatat"
                        + " dalam jejak audit."),
                new HorizontalLayout(pd, tahun, bagian, urusan),
                isi,
                simpan);
        if (SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN_DAERAH"))) {
            MemoryBuffer buffer = new MemoryBuffer();
            Upload upload = new Upload(buffer);
            upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
            upload.setMaxFileSize((int) logo.batas().toBytes());
            upload.setUploadButton(new Button("Unggah logo daerah…"));
            upload.setDropLabel(new Span("PNG atau JPEG, paling besar " + PengaturanPkd.teks(logo.batas()) + " dan "
                    + LogoDaerahService.SISI_MAKSIMAL + "×" + LogoDaerahService.SISI_MAKSIMAL + " piksel"));
            upload.addFileRejectedListener(e -> Notification.show(
                    "Logo ditolak: hanya PNG atau JPEG hingga " + PengaturanPkd.teks(logo.batas()) + "."));
            // The reason a logo is refused stays beside the upload, not only in a passing notification.
            Span pesanLogo = new Span();
            pesanLogo.setId("pesan-logo");
            pesanLogo.getStyle().set("color", "var(--lumo-error-text-color)");
            upload.addSucceededListener(e -> {
                pesanLogo.setText("");
                try (InputStream in = buffer.getInputStream()) {
                    logo.simpan(in.readAllBytes());
                    Notification.show("Logo daerah disimpan; sampul dokumen memakainya mulai sekarang.");
                } catch (ValidasiGagalException ex) {
                    pesanLogo.setText(ex.kesalahan().get(0).pesan());
                    Notification.show(ex.kesalahan().get(0).pesan());
                } catch (IOException ex) {
                    pesanLogo.setText("Berkas tidak dapat dibaca. Silakan unggah ulang.");
                    Notification.show("Berkas tidak dapat dibaca. Silakan unggah ulang.");
                }
            });
            add(new H3("Logo daerah untuk sampul"), upload, pesanLogo);
        }
        List<PerangkatDaerah> semua = konteks.perencanaan.daftarPerangkatDaerah();
        if (!semua.isEmpty()) {
            pd.setValue(semua.get(0));
        } else {
            addComponentAtIndex(1, new BelumAdaRencana("teks dokumen per perangkat daerah"));
        }
    }

    private void muat() {
        BagianTeks b = bagian.getValue();
        urusan.setVisible(b != null && b.perUrusan());
        tahun.setInvalid(false);
        if (b != null && b.perUrusan() && pd.getValue() != null && tahun.getValue() != null) {
            List<String> daftar;
            try {
                daftar = konteks.perencanaan.rencana(pd.getValue().id(), tahun.getValue()).sasaran().stream()
                        .map(Sasaran::urusan)
                        .filter(u -> u != null && !u.isBlank())
                        .distinct()
                        .toList();
            } catch (IsianTidakSahException e) {
                // the RKPD texts are per urusan of the year's plan: a year outside every period has none
                tahun.setErrorMessage(e.pesanPerIsian().getOrDefault("tahun", e.getMessage()));
                tahun.setInvalid(true);
                daftar = List.of();
            }
            urusan.setItems(daftar);
            urusan.setItemLabelGenerator(u -> u + " " + konteks.namaUrusan(u));
            if (!daftar.isEmpty()) {
                urusan.setValue(daftar.get(0));
            }
        }
        muatIsi();
    }

    private String kunci() {
        BagianTeks b = bagian.getValue();
        return b == null ? null : b.kunci(urusan.getValue());
    }

    private void muatIsi() {
        isi.setInvalid(false);
        if (pd.getValue() == null || tahun.getValue() == null || kunci() == null) {
            isi.clear();
            return;
        }
        isi.setValue(teks.semua(pd.getValue().id(), tahun.getValue()).getOrDefault(kunci(), ""));
    }

    private void simpan() {
        if (pd.getValue() == null || tahun.getValue() == null || kunci() == null) {
            Notification.show("Pilih perangkat daerah, tahun dan bagian lebih dulu.");
            return;
        }
        try {
            teks.simpan(pd.getValue().id(), tahun.getValue(), kunci(), isi.getValue());
            isi.setInvalid(false);
            Notification.show("Teks disimpan.");
        } catch (ValidasiGagalException e) {
            // The text stays in the field, so nothing typed is lost.
            isi.setErrorMessage(e.kesalahan().get(0).pesan());
            isi.setInvalid(true);
        } catch (DataTerkunciException e) {
            isi.setErrorMessage(e.getMessage());
            isi.setInvalid(true);
        }
    }
}
