package id.pkd.portal.organisasi;

import java.time.LocalDate;

/**
 * An official's assignment to a position as typed on the officials screen: DEFINITIF, PLT or PLH, for the days from
 * {@code mulai} to {@code selesai}; no id for a new one.
 */
public record IsianPenugasan(
        Long id, long pejabatId, String jenis, String jabatan, LocalDate mulai, LocalDate selesai) {}
