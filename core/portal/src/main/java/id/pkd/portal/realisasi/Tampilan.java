package id.pkd.portal.realisasi;

import com.vaadin.flow.spring.security.AuthenticationContext;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.keamanan.AkunPengguna;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.StatusPersetujuan;
import java.math.BigDecimal;

/** Small pieces the realisasi and approval screens share: numbers, badges, the signed-in role. */
final class Tampilan {

    private Tampilan() {}

    static Peran peran(AuthenticationContext auth) {
        return auth.getAuthenticatedUser(AkunPengguna.class)
                .map(AkunPengguna::peran)
                .orElse(Peran.PENGAMAT);
    }

    /** A value as the editor shows it for correction: "1,9", "12.000"; empty for no value. */
    static String isian(BigDecimal nilai) {
        return nilai == null ? "" : AngkaIndonesia.formatRingkas(nilai);
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
