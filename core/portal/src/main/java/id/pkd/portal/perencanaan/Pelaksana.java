package id.pkd.portal.perencanaan;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An official assigned to a position for a period: its definitive holder, or acting for it (Plt / Plh). */
@Table("pelaksana")
public record Pelaksana(
        @Id Long id, long tenantId, long pejabatId, String jenis, String jabatan, LocalDate mulai, LocalDate selesai) {

    Pelaksana withId(Long id) {
        return new Pelaksana(id, tenantId, pejabatId, jenis, jabatan, mulai, selesai);
    }

    public boolean berlakuPada(LocalDate tanggal) {
        return !tanggal.isBefore(mulai) && !tanggal.isAfter(selesai);
    }

    /** "Plt. Kepala Bidang …", as a document names the acting official's position; a definitive holder plainly. */
    public String jabatanTercetak() {
        return switch (jenis) {
            case "PLT" -> "Plt. " + jabatan;
            case "PLH" -> "Plh. " + jabatan;
            default -> jabatan;
        };
    }
}
