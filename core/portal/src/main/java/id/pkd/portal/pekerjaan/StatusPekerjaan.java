package id.pkd.portal.pekerjaan;

/** Where a job is: waiting for a worker, running on a node, done, or failed with a message for the user. */
public enum StatusPekerjaan {
    MENUNGGU,
    BERJALAN,
    SELESAI,
    GAGAL;

    public boolean berakhir() {
        return this == SELESAI || this == GAGAL;
    }
}
