package id.pkd.portal.rpjmd;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.umum.Formulir;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The period's years, visi and numbered misi; a rejected save keeps everything typed and marks the fields. */
class PeriodeEditor extends VerticalLayout {

    private final RpjmdService layanan;
    private final Consumer<PeriodeRpjmd> tersimpan;
    private final H3 judul = new H3();
    private final IntegerField tahunAwal = new IntegerField("Tahun awal");
    private final IntegerField tahunAkhir = new IntegerField("Tahun akhir");
    private final TextArea visi = new TextArea("Visi");
    private final DaftarMisi misi = new DaftarMisi();
    private final Button simpan = new Button("Simpan periode", e -> simpan());
    private final Formulir formulir =
            new Formulir(Map.of("tahunAwal", tahunAwal, "tahunAkhir", tahunAkhir, "visi", visi, "misi", misi));
    private Long id;

    PeriodeEditor(RpjmdService layanan, boolean bolehUbah, Consumer<PeriodeRpjmd> tersimpan) {
        this.layanan = layanan;
        this.tersimpan = tersimpan;
        setPadding(false);
        tahunAwal.setId("tahun-awal");
        tahunAwal.setStepButtonsVisible(true);
        // the usual five-year period follows from the first year; the admin may still make it six
        tahunAwal.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                tahunAkhir.setValue(e.getValue() + 4);
            }
        });
        tahunAkhir.setId("tahun-akhir");
        tahunAkhir.setStepButtonsVisible(true);
        tahunAkhir.setHelperText("Lima tahun: tahun awal + 4.");
        visi.setId("visi");
        visi.setWidthFull();
        visi.setMaxLength(RpjmdService.PANJANG_VISI);
        simpan.setId("simpan-periode");
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter belongs to the text fields; Ctrl+S saves from anywhere in the editor
        simpan.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).listenOn(this);
        simpan.setTooltipText("Ctrl+S");
        FormLayout form = new FormLayout(tahunAwal, tahunAkhir, visi);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(visi, 2);
        List.of(tahunAwal, tahunAkhir).forEach(f -> f.setReadOnly(!bolehUbah));
        visi.setReadOnly(!bolehUbah);
        misi.setHanyaBaca(!bolehUbah);
        simpan.setVisible(bolehUbah);
        add(judul, form, misi, simpan);
    }

    /** Shows a period; none for a new one. */
    void isi(PeriodeRpjmd p) {
        formulir.bersihkan();
        id = p == null ? null : p.id();
        judul.setText(p == null ? "Periode RPJMD baru" : "Periode RPJMD " + p.label());
        int awal = p == null ? Year.now().getValue() : p.tahunAwal();
        tahunAwal.setValue(awal);
        tahunAkhir.setValue(p == null ? awal + 4 : p.tahunAkhir());
        visi.setValue(p == null ? "" : p.visi());
        misi.isi(p == null ? List.of("") : p.daftarMisi());
        tahunAwal.focus();
    }

    private void simpan() {
        // a new period has no tujuan yet, so its misi need no origins
        List<Integer> asal = id == null ? null : misi.asal();
        AksiEditorRpjmd.simpan(formulir, "RPJMD", () -> {
            PeriodeRpjmd p = layanan.simpan(new IsianPeriode(
                    id, tahunAwal.getValue(), tahunAkhir.getValue(), visi.getValue(), misi.nilai(), asal));
            Formulir.berhasil("Periode RPJMD " + p.label() + " disimpan.");
            tersimpan.accept(p);
        });
    }
}
