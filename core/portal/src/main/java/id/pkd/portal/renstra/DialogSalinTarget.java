package id.pkd.portal.renstra;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.Map;

/** Fills one year's empty Renstra targets from another year's; a refusal stays at the target year, dialog open. */
class DialogSalinTarget extends Dialog {

    DialogSalinTarget(SalinTargetRenstraService layanan, PohonRenstra kini, Runnable selesai) {
        setHeaderTitle("Salin target Renstra antartahun");
        setId("dialog-salin-target");
        Select<Integer> dari = new Select<>();
        dari.setLabel("Dari tahun");
        dari.setId("salin-target-dari");
        dari.setItems(kini.tahun());
        dari.setValue(kini.tahunAwal());
        Select<Integer> ke = new Select<>();
        ke.setLabel("Ke tahun");
        ke.setId("salin-target-ke");
        ke.setItems(kini.tahun());
        ke.setValue(Math.min(kini.tahunAwal() + 1, kini.tahunAkhir()));
        dari.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() < kini.tahunAkhir()) {
                ke.setValue(e.getValue() + 1);
            }
        });
        Formulir formulir = new Formulir(Map.of("tahunTujuan", ke));
        Button salin = new Button("Salin", e -> {
            try {
                int n = layanan.salin(kini.perangkatDaerahId(), kini.periodeId(), dari.getValue(), ke.getValue());
                Formulir.berhasil(n + " target tahun " + ke.getValue() + " diisi dari tahun " + dari.getValue() + ".");
                close();
                selesai.run();
            } catch (IsianTidakSahException x) {
                formulir.tampilkan(x);
            } catch (DataTerkunciException x) {
                formulir.tampilkan(IsianTidakSahException.pada("tahunTujuan", x.getMessage()));
            }
        });
        salin.setId("salin-target");
        salin.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new HorizontalLayout(dari, ke),
                new Paragraph("Hanya indikator yang targetnya di tahun tujuan masih kosong yang diisi; target yang"
                        + " sudah ada tidak ditimpa."));
        getFooter().add(new Button("Batal", e -> close()), salin);
    }
}
