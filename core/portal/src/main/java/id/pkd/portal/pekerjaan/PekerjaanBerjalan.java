package id.pkd.portal.pekerjaan;

import java.util.Optional;

/** A claimed job, as its handler sees it. */
public interface PekerjaanBerjalan {

    long id();

    /** 1 for the first run; more when nodes died under earlier runs, which may have done part of the work. */
    int percobaan();

    /** Its parameters, read from the job row's JSON. */
    <T> T parameter(Class<T> jenis);

    /**
     * What the submitting node kept in memory for it (a signing credential), when this is that node; empty on any
     * other node, where the handler must finish without it or fail with a message that says what to do.
     */
    Optional<Object> rahasia();

    /** Moves the progress the user sees: {@code persen} 0–100 and a step in Bahasa Indonesia. */
    void lapor(int persen, String langkah);
}
