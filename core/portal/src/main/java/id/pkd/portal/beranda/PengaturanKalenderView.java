package id.pkd.portal.beranda;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Admin Daerah sets the tenant's SAKIP deadlines; every change is in the audit trail. */
@Route("pengaturan/kalender")
@PageTitle("Kalender SAKIP | Portal Kinerja Daerah")
@Menu(title = "Kalender SAKIP", order = 91)
@RolesAllowed("ADMIN_DAERAH")
class PengaturanKalenderView extends VerticalLayout {

    private final KalenderSakipService kalender;
    private final Map<String, IntegerField> isian = new LinkedHashMap<>();
    private final Formulir formulir;

    PengaturanKalenderView(KalenderSakipService kalender) {
        this.kalender = kalender;
        isian.put("pkBulan", angka("Perjanjian Kinerja: bulan", 1, 12));
        isian.put("pkHari", angka("Perjanjian Kinerja: tanggal", 1, 31));
        isian.put("monitoringHari", angka("Pemantauan triwulan: hari setelah akhir triwulan", 1, 60));
        isian.put("lkipBulan", angka("LKIP perangkat daerah: bulan", 1, 12));
        isian.put("lkipHari", angka("LKIP perangkat daerah: tanggal", 1, 31));
        isian.put("lkjipBulan", angka("LKjIP pemerintah daerah: bulan", 1, 12));
        isian.put("lkjipHari", angka("LKjIP pemerintah daerah: tanggal", 1, 31));
        isian.forEach((nama, f) -> f.setId(nama));
        formulir = new Formulir(isian);
        Button simpan = new Button("Simpan kalender", e -> simpan());
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        simpan.setId("simpan-kalender");
        Button baku = new Button("Kembalikan ke PermenPANRB 53/2014", e -> tampilkan(KalenderSakip.BAKU));
        baku.setId("kalender-baku");
        FormLayout form = new FormLayout();
        isian.values().forEach(form::add);
        add(
                new H2("Kalender SAKIP"),
                new Paragraph("Tenggat tahunan yang ditampilkan di Beranda dengan sisa harinya. Tanggal yang melewati"
                        + " akhir bulan berarti hari terakhir bulan itu (31 Februari = 28 atau 29 Februari)."),
                form,
                new HorizontalLayout(simpan, baku));
        tampilkan(kalender.pengaturan());
    }

    private static IntegerField angka(String label, int min, int max) {
        IntegerField f = new IntegerField(label);
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(true);
        return f;
    }

    private void tampilkan(KalenderSakip k) {
        formulir.bersihkan();
        isian.get("pkBulan").setValue(k.pkBulan());
        isian.get("pkHari").setValue(k.pkHari());
        isian.get("monitoringHari").setValue(k.monitoringHari());
        isian.get("lkipBulan").setValue(k.lkipBulan());
        isian.get("lkipHari").setValue(k.lkipHari());
        isian.get("lkjipBulan").setValue(k.lkjipBulan());
        isian.get("lkjipHari").setValue(k.lkjipHari());
    }

    private int nilai(String nama) {
        Integer v = isian.get(nama).getValue();
        // an empty or unreadable field is refused by the service at that field
        return v == null ? 0 : v;
    }

    private void simpan() {
        try {
            kalender.simpan(new KalenderSakip(
                    nilai("pkBulan"),
                    nilai("pkHari"),
                    nilai("monitoringHari"),
                    nilai("lkipBulan"),
                    nilai("lkipHari"),
                    nilai("lkjipBulan"),
                    nilai("lkjipHari")));
            formulir.bersihkan();
            Formulir.berhasil("Kalender SAKIP disimpan.");
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        }
    }
}
