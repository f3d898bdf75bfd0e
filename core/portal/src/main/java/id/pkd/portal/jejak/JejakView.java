package id.pkd.portal.jejak;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.ZonaWaktuDaerah;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The tenant's audit trail for the admin, the head of region, verifiers and observers (Inspektorat
 * and BPK sign in as Pengamat): search by user, record, field, text and period; a lazy grid, since
 * the trail only grows; the search as XLSX; and a check that the chain is intact.
 */
@Route("jejak")
@PageTitle("Jejak Audit | Portal Kinerja Daerah")
@Menu(title = "Jejak Audit", order = 85)
@RolesAllowed({"ADMIN_DAERAH", "PIMPINAN", "VERIFIKATOR", "PENGAMAT"})
class JejakView extends VerticalLayout {

    /** Thousands grouped the Indonesian way (1.234). */
    private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");

    private static final DateTimeFormatter WAKTU = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    private final PencarianJejakService pencarian;
    private final TextField oleh = new TextField("Oleh (pengguna)");
    private final ComboBox<String> jenis = new ComboBox<>("Jenis data");
    private final IntegerField dataId = new IntegerField("ID data");
    private final TextField isian = new TextField("Isian");
    private final TextField teks = new TextField("Cari teks");
    private final DatePicker dari = new DatePicker("Dari tanggal");
    private final DatePicker sampai = new DatePicker("Sampai tanggal");
    private final Grid<JejakAudit> tabel = new Grid<>();
    private final Paragraph jumlah = new Paragraph();
    private final Formulir formulir = new Formulir(Map.of("sampai", sampai));
    private volatile SaringanJejak saringan = SaringanJejak.semua();

    JejakView(
            PencarianJejakService pencarian,
            VerifikasiJejakService verifikasi,
            EksporJejakService ekspor,
            Clock clock) {
        this.pencarian = pencarian;
        setSizeFull();
        oleh.setId("saring-oleh");
        jenis.setId("saring-jenis");
        dataId.setId("saring-id");
        isian.setId("saring-isian");
        teks.setId("saring-teks");
        dari.setId("saring-dari");
        sampai.setId("saring-sampai");
        jumlah.setId("jumlah-jejak");
        jenis.setItems(pencarian.jenisData());
        jenis.setClearButtonVisible(true);
        dataId.setMin(0);
        for (TextField t : new TextField[] {oleh, isian, teks}) {
            t.setValueChangeMode(ValueChangeMode.LAZY);
            t.setClearButtonVisible(true);
            t.addValueChangeListener(e -> cari());
        }
        teks.setHelperText("di jenis data, isian, nilai lama atau nilai baru");
        jenis.addValueChangeListener(e -> cari());
        dataId.setValueChangeMode(ValueChangeMode.LAZY);
        dataId.addValueChangeListener(e -> cari());
        dari.addValueChangeListener(e -> cari());
        sampai.addValueChangeListener(e -> cari());
        HorizontalLayout saring = new HorizontalLayout(oleh, jenis, dataId, isian, teks, dari, sampai);
        saring.setWrap(true);
        saring.setAlignItems(FlexComponent.Alignment.BASELINE);

        tabel.setId("tabel-jejak");
        tabel.addColumn(JejakAudit::urut).setHeader("Urut").setAutoWidth(true);
        ZonaWaktuDaerah zona = pencarian.zona();
        tabel.addColumn(j -> WAKTU.format(zona.pada(j.pada())))
                .setHeader("Waktu (" + zona.singkatan() + ")")
                .setAutoWidth(true);
        tabel.addColumn(JejakAudit::oleh).setHeader("Oleh").setAutoWidth(true);
        tabel.addColumn(j -> j.jenisData() + " #" + j.dataId())
                .setHeader("Data")
                .setAutoWidth(true);
        tabel.addColumn(JejakAudit::isian).setHeader("Isian").setAutoWidth(true);
        tabel.addColumn(JejakAudit::nilaiLama).setHeader("Nilai lama").setFlexGrow(1);
        tabel.addColumn(JejakAudit::nilaiBaru).setHeader("Nilai baru").setFlexGrow(1);
        tabel.setPageSize(100);
        tabel.setSizeFull();

        Anchor unduh = new Anchor(
                (DownloadHandler) e -> {
                    e.setFileName("jejak-audit-" + zona.hariIni(clock) + ".xlsx");
                    e.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                    ekspor.tulis(saringan, e.getOutputStream());
                },
                "Unduh XLSX");
        unduh.setId("unduh-jejak");
        unduh.getElement().setAttribute("download", true);

        Div hasil = new Div();
        hasil.setId("hasil-verifikasi");
        Button periksa = new Button("Periksa keutuhan", e -> tampilkan(hasil, verifikasi.verifikasi()));
        periksa.setId("periksa-keutuhan");
        periksa.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        HorizontalLayout atas = new HorizontalLayout(periksa, unduh, jumlah);
        atas.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Jejak Audit"), saring, atas, hasil, tabel);
        cari();
    }

    private void cari() {
        formulir.bersihkan();
        SaringanJejak baru = new SaringanJejak(
                oleh.getValue(),
                jenis.getValue(),
                dataId.getValue() == null ? null : dataId.getValue().longValue(),
                isian.getValue(),
                teks.getValue(),
                dari.getValue(),
                sampai.getValue());
        try {
            long n = pencarian.hitung(baru);
            saringan = baru;
            jumlah.setText(String.format(INDONESIA, "%,d entri", n)
                    + (n > PencarianJejakService.BATAS_EKSPOR
                            ? " (unduhan dibatasi "
                                    + String.format(INDONESIA, "%,d", PencarianJejakService.BATAS_EKSPOR)
                                    + " entri terbaru)"
                            : ""));
            tabel.setItems(q -> pencarian.cari(baru, q.getOffset(), q.getLimit()).stream(), q ->
                    (int) Math.min(Integer.MAX_VALUE, pencarian.hitung(baru)));
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        }
    }

    private static void tampilkan(Div tempat, HasilVerifikasi h) {
        tempat.removeAll();
        String jml = String.format(INDONESIA, "%,d", h.jumlah());
        if (h.utuh()) {
            tempat.setText("Jejak audit utuh: " + jml + " entri, tidak ada yang diubah, dihapus atau dipindah.");
            tempat.getStyle().set("color", "var(--lumo-success-text-color)");
            return;
        }
        EntriRusak r = h.pertamaRusak();
        tempat.setText("Jejak audit TIDAK utuh (" + jml + " entri). Entri pertama yang rusak: urut " + r.urut()
                + (r.id() == null ? "" : " (" + r.jenisData() + " #" + r.dataId() + ", isian " + r.isian() + ")")
                + " — " + r.masalah().label() + ". " + r.keterangan());
        tempat.getStyle().set("color", "var(--lumo-error-text-color)");
    }
}
