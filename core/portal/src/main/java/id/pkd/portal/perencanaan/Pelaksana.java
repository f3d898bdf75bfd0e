package id.pkd.portal.perencanaan;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An official acting for a position (Plt / Plh) for a period. */
@Table("pelaksana")
public record Pelaksana(
        @Id Long id, long tenantId, long pejabatId, String jenis, String jabatan, LocalDate mulai, LocalDate selesai) {

    Pelaksana withId(Long id) {
        return new Pelaksana(id, tenantId, pejabatId, jenis, jabatan, mulai, selesai);
    }

    public boolean berlakuPada(LocalDate tanggal) {
        return !tanggal.isBefore(mulai) && !tanggal.isAfter(selesai);
    }

    /** "Plt. Kepala Bidang …", as a document names the acting official's position. */
    public String jabatanTercetak() {
        return (jenis.equals("PLT") ? "Plt. " : "Plh. ") + jabatan;
    }
}
