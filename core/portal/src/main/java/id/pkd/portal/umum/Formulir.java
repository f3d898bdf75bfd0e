package id.pkd.portal.umum;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/** Shows a rejected input's messages at the fields that caused them; typed values stay. */
public final class Formulir {

    private final Map<String, ? extends HasValidation> isian;

    public Formulir(Map<String, ? extends HasValidation> isian) {
        this.isian = isian;
    }

    public void bersihkan() {
        isian.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public void tampilkan(IsianTidakSahException e) {
        bersihkan();
        e.pesanPerIsian().forEach((nama, pesan) -> {
            HasValidation field = isian.get(nama);
            if (field != null) {
                field.setErrorMessage(pesan);
                field.setInvalid(true);
            } else {
                gagal(pesan);
            }
        });
    }

    public static void berhasil(String pesan) {
        Notification.show(pesan, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void gagal(String pesan) {
        Notification.show(pesan, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
