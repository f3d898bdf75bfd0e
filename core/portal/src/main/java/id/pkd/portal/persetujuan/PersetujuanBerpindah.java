package id.pkd.portal.persetujuan;

/**
 * An agency-year moved in the approval workflow; published inside the step's transaction, so a listener that writes
 * (the notifications) commits or rolls back with the step.
 *
 * @param pengaju who made the step the year moves from (the submitter when it moves from Diajukan)
 * @param oleh who made this step
 */
public record PersetujuanBerpindah(
        long tenantId,
        long perangkatDaerahId,
        String namaPerangkatDaerah,
        int tahun,
        StatusPersetujuan dari,
        StatusPersetujuan ke,
        String alasan,
        String pengaju,
        String oleh) {}
