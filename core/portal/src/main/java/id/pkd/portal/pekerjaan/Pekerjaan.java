package id.pkd.portal.pekerjaan;

import java.time.Instant;

/**
 * A job as its submitter sees it.
 *
 * @param kemajuan 0–100
 * @param langkah what it is doing now, in words for the user
 * @param rujukan what it made when that is kept elsewhere (the id of an issued document)
 * @param galat why it failed, for the user
 */
public record Pekerjaan(
        long id,
        String jenis,
        StatusPekerjaan status,
        int kemajuan,
        String langkah,
        Long rujukan,
        String galat,
        Instant dibuatPada,
        Instant selesaiPada) {}
