package id.pkd.portal.duafaktor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import id.pkd.portal.pengguna.BagianDetailPengguna;
import id.pkd.portal.pengguna.Pengguna;
import id.pkd.portal.umum.Formulir;

/** On a user's page, for the Admin Daerah: reset the user's second factor when the phone is lost. */
@org.springframework.stereotype.Component
class BagianResetDuaFaktor implements BagianDetailPengguna {

    private final ResetDuaFaktorService reset;

    BagianResetDuaFaktor(ResetDuaFaktorService reset) {
        this.reset = reset;
    }

    @Override
    public Component buat(Pengguna pengguna) {
        Div bagian = new Div();
        if (!reset.terdaftar(pengguna.id())) {
            bagian.add(new Paragraph("Verifikasi dua langkah belum aktif untuk pengguna ini."));
            return bagian;
        }
        Paragraph status = new Paragraph("Verifikasi dua langkah aktif.");
        Button tombol = new Button("Reset dua faktor", e -> {
            reset.resetDuaFaktor(pengguna.id());
            bagian.removeAll();
            bagian.add(new Paragraph("Dua faktor direset; sesi pengguna yang terbuka diakhiri. Pengguna mendaftarkan"
                    + " aplikasi autentikatornya lagi saat masuk berikutnya."));
            Formulir.berhasil("Dua faktor direset.");
        });
        tombol.setId("reset-dua-faktor");
        tombol.addThemeVariants(ButtonVariant.LUMO_ERROR);
        bagian.add(status, tombol);
        return bagian;
    }
}
