package id.pkd.portal.kepaladaerah;

import java.time.LocalDate;

/** What the Kepala Daerah form sends; {@code id} null for a new term. */
public record IsianKepalaDaerah(
        Long id,
        StatusKepalaDaerah status,
        String jabatan,
        String nama,
        String wakil,
        LocalDate mulai,
        LocalDate selesai,
        Long penggunaId) {}
