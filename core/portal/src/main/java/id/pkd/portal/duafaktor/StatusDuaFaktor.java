package id.pkd.portal.duafaktor;

import java.time.LocalDateTime;
import java.util.Optional;

/** The signed-in account's second factor: since when it is enrolled, whether its role requires one, codes left. */
public record StatusDuaFaktor(Optional<LocalDateTime> terdaftarPada, boolean wajib, int sisaKodePemulihan) {

    public boolean terdaftar() {
        return terdaftarPada.isPresent();
    }
}
