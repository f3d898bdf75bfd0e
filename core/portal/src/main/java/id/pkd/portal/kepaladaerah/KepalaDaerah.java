package id.pkd.portal.kepaladaerah;

import java.time.LocalDate;

/**
 * The head of region for a term: elected (definitif) or standing in (Pj./Plt.). Signs with the pejabat row
 * {@code pejabatId} (no agency, no NIP); {@code penggunaId} is the account that signs as them, when linked.
 *
 * @param jabatan the office without the interim prefix, e.g. "Bupati Balangan"
 */
public record KepalaDaerah(
        long id,
        long pejabatId,
        StatusKepalaDaerah status,
        String jabatan,
        String nama,
        String wakil,
        LocalDate mulai,
        LocalDate selesai,
        Long penggunaId) {

    /** The jabatan the signature block prints: "Pj. Bupati Balangan" for an interim head. */
    public String jabatanTercetak() {
        return status.awalan() + jabatan;
    }

    public boolean menjabatPada(LocalDate tanggal) {
        return !tanggal.isBefore(mulai) && !tanggal.isAfter(selesai);
    }

    boolean bertumpangTindih(LocalDate awal, LocalDate akhir) {
        return !akhir.isBefore(mulai) && !awal.isAfter(selesai);
    }
}
