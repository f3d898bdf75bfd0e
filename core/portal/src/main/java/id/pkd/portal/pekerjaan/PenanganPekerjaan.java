package id.pkd.portal.pekerjaan;

/**
 * Runs the jobs of one kind. It runs on a worker of whichever node claimed the job, as the job's submitter (tenant,
 * username and role read back from the job row), and may run more than once for one job when a node dies after
 * doing part of it: what it writes must be keyed by {@link PekerjaanBerjalan#id()} so a second run finds the first
 * run's work instead of doing it again.
 */
public interface PenanganPekerjaan {

    /** The kind, as stored in the job row (e.g. SUSUN_DRAF). */
    String jenis();

    HasilPekerjaan jalankan(PekerjaanBerjalan pekerjaan) throws Exception;

    /**
     * The message the user reads for a failure: the handler knows which of its exceptions carry one. Anything else is
     * logged and told as a server fault.
     */
    default String pesanGagal(Exception e) {
        return null;
    }
}
