package id.pkd.portal.umum;

import java.util.ArrayList;
import java.util.List;

/**
 * Structured data (a JSON document sent to the API, an imported plan) rejected as a whole. Each
 * {@link Kesalahan} names where the problem is, as a path into the document such as {@code
 * perangkatDaerah[0].program[2].anggaran}, with an Indonesian message. The API answers it with
 * status 422 and the list of problems.
 */
public class ValidasiGagalException extends RuntimeException {

    public static final String PESAN_UMUM =
            "Data yang dikirim tidak sah; tidak ada yang disimpan. Lihat daftar kesalahan.";

    private final List<Kesalahan> kesalahan;

    public ValidasiGagalException(List<Kesalahan> kesalahan) {
        this(PESAN_UMUM, kesalahan);
    }

    public ValidasiGagalException(String pesan, List<Kesalahan> kesalahan) {
        super(pesan);
        if (kesalahan == null || kesalahan.isEmpty()) {
            throw new IllegalArgumentException("ValidasiGagalException memerlukan sedikitnya satu kesalahan");
        }
        this.kesalahan = List.copyOf(kesalahan);
    }

    public static ValidasiGagalException pada(String path, String pesan) {
        return new ValidasiGagalException(List.of(new Kesalahan(path, pesan)));
    }

    /** The problems, in the order they were found. */
    public List<Kesalahan> kesalahan() {
        return kesalahan;
    }

    /**
     * One problem: {@code path} locates it in the document (empty for the document as a whole),
     * {@code pesan} says what is wrong in Bahasa Indonesia.
     */
    public record Kesalahan(String path, String pesan) {}

    /** Collects the problems of a whole document and throws them together. */
    public static final class Pengumpul {
        private final List<Kesalahan> kesalahan = new ArrayList<>();

        public Pengumpul tambah(String path, String pesan) {
            kesalahan.add(new Kesalahan(path, pesan));
            return this;
        }

        public boolean ada() {
            return !kesalahan.isEmpty();
        }

        public void lemparJikaAda() {
            if (!kesalahan.isEmpty()) {
                throw new ValidasiGagalException(kesalahan);
            }
        }
    }
}
