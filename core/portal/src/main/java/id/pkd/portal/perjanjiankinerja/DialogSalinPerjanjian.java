package id.pkd.portal.perjanjiankinerja;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Copies the shown official's (or the whole agency's) agreements into another year, the next one by default. A
 * refusal stays at the year field with the dialog open, so the choice made is not lost.
 */
class DialogSalinPerjanjian extends Dialog {

    static final String PEJABAT_INI = "Pejabat ini saja";
    static final String SEMUA = "Semua pejabat perangkat daerah ini";

    private final Select<Integer> tahunTujuan = new Select<>();
    private final RadioButtonGroup<String> lingkup = new RadioButtonGroup<>();
    private final Formulir formulir = new Formulir(Map.of("tahunTujuan", tahunTujuan));

    /**
     * @param selesai told the target year after a copy, so the screen can show it
     */
    DialogSalinPerjanjian(
            SalinPerjanjianService layanan, PerjanjianPejabat kini, List<Integer> semuaTahun, IntConsumer selesai) {
        setHeaderTitle("Salin Perjanjian Kinerja " + kini.tahun());
        setId("dialog-salin-pk");
        tahunTujuan.setLabel("Ke tahun");
        tahunTujuan.setId("salin-pk-tahun");
        List<Integer> pilihan =
                semuaTahun.stream().filter(t -> t != kini.tahun()).toList();
        tahunTujuan.setItems(pilihan);
        if (pilihan.contains(kini.tahun() + 1)) {
            tahunTujuan.setValue(kini.tahun() + 1);
        }
        lingkup.setLabel("Yang disalin");
        lingkup.setId("salin-pk-lingkup");
        lingkup.setItems(PEJABAT_INI, SEMUA);
        lingkup.setValue(PEJABAT_INI);
        Paragraph keterangan = new Paragraph("Sasaran, indikator dan target ikut disalin; indikator Renstra memakai"
                + " target Renstra tahun tujuan bila ada. Hanya ke tahun yang belum berisi Perjanjian Kinerja"
                + " pejabat itu.");
        Button salin = new Button("Salin", e -> {
            if (tahunTujuan.getValue() == null) {
                formulir.tampilkan(IsianTidakSahException.pada("tahunTujuan", "Pilih tahun tujuan."));
                return;
            }
            try {
                SalinPerjanjianService.HasilSalin h = layanan.salin(
                        kini.perangkatDaerahId(),
                        SEMUA.equals(lingkup.getValue()) ? null : kini.pejabat().id(),
                        kini.tahun(),
                        tahunTujuan.getValue());
                Formulir.berhasil(h.perjanjian() + " Perjanjian Kinerja (" + h.sasaran() + " sasaran, " + h.indikator()
                        + " target) disalin ke tahun " + tahunTujuan.getValue() + ".");
                close();
                selesai.accept(tahunTujuan.getValue());
            } catch (IsianTidakSahException x) {
                formulir.tampilkan(x);
            } catch (DataTerkunciException x) {
                formulir.tampilkan(IsianTidakSahException.pada("tahunTujuan", x.getMessage()));
            }
        });
        salin.setId("salin-pk");
        salin.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button batal = new Button("Batal", e -> close());
        add(tahunTujuan, lingkup, keterangan);
        getFooter().add(batal, salin);
    }
}
