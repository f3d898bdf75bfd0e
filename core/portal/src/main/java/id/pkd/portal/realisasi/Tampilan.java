package id.pkd.portal.realisasi;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.capaian.Kategori;
import id.pkd.portal.keamanan.AkunPengguna;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.StatusPersetujuan;
import java.math.BigDecimal;
import java.util.Optional;

/** Small pieces the realisasi and approval screens share: numbers, badges, the signed-in role. */
final class Tampilan {

    private Tampilan() {}

    static Peran peran(AuthenticationContext auth) {
        return auth.getAuthenticatedUser(AkunPengguna.class)
                .map(AkunPengguna::peran)
                .orElse(Peran.PENGAMAT);
    }

    /** "1,9", "12.000"; empty for no value. */
    static String angka(Optional<BigDecimal> nilai) {
        return nilai.map(AngkaIndonesia::formatRingkas).orElse("");
    }

    static String angka(BigDecimal nilai) {
        return angka(Optional.ofNullable(nilai));
    }

    /** A capaian already rounded: always two decimals, "78,95". */
    static String capaian(Optional<BigDecimal> terbulat) {
        return terbulat.map(v -> AngkaIndonesia.format(v, 2)).orElse("–");
    }

    /** The kategori as a coloured badge with its label, white on the kategori colour. */
    static Span lencana(Optional<Kategori> kategori) {
        Span lencana = new Span(kategori.map(Kategori::label).orElse("–"));
        lencana.addClassName("kategori");
        kategori.ifPresent(k -> lencana.getStyle()
                .set("background", k.warna())
                .set("color", "white")
                .set("padding", "0.1em 0.6em")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-size", "var(--lumo-font-size-s)"));
        return lencana;
    }

    /** What the given role is expected to do next at this status, if anything. */
    static boolean menungguPeran(StatusPersetujuan status, Peran peran) {
        return switch (peran) {
            case VERIFIKATOR -> status == StatusPersetujuan.DIAJUKAN;
            case PIMPINAN -> status == StatusPersetujuan.DIVERIFIKASI;
            case OPERATOR -> status == StatusPersetujuan.DITOLAK;
            default -> false;
        };
    }
}
