package id.pkd.portal.pengguna;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.Map;

/** Current password and the new one twice; a refusal is shown at its field and nothing typed is lost. */
class FormulirGantiSandi extends Composite<VerticalLayout> {

    private final PasswordField lama = new PasswordField("Kata sandi saat ini");
    private final PasswordField baru = new PasswordField("Kata sandi baru");
    private final PasswordField ulang = new PasswordField("Ulangi kata sandi baru");
    private final Formulir formulir = new Formulir(Map.of("sandiLama", lama, "sandiBaru", baru, "sandiUlang", ulang));

    FormulirGantiSandi(KataSandiService kataSandi, Runnable setelahDiganti) {
        lama.setId("sandi-lama");
        baru.setId("sandi-baru");
        ulang.setId("sandi-ulang");
        baru.setHelperText("Minimal " + KebijakanKataSandi.PANJANG_MINIMAL
                + " karakter dan bukan kata sandi umum; frasa beberapa kata mudah diingat dan sulit ditebak.");
        Button ganti = new Button("Ganti kata sandi", e -> {
            formulir.bersihkan();
            try {
                kataSandi.gantiSandi(
                        lama.getValue(),
                        baru.getValue(),
                        ulang.getValue(),
                        VaadinSession.getCurrent().getSession().getId());
                lama.clear();
                baru.clear();
                ulang.clear();
                Formulir.berhasil("Kata sandi diganti; sesi lain akun ini telah diakhiri.");
                setelahDiganti.run();
            } catch (IsianTidakSahException ex) {
                formulir.tampilkan(ex);
            }
        });
        ganti.setId("ganti-sandi");
        ganti.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout isian = new FormLayout(lama, baru, ulang);
        getContent().setPadding(false);
        getContent().add(isian, ganti);
    }
}
