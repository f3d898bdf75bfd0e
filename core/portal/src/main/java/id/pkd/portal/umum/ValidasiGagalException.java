package id.pkd.portal.umum;

import java.util.List;

/**
 * A structured input (such as an imported plan) refused as a whole, with every problem found and
 * the path of the value that caused it, e.g. {@code perangkatDaerah[0].program[2].anggaran}.
 */
public class ValidasiGagalException extends RuntimeException {

    private final List<Kesalahan> kesalahan;

    public ValidasiGagalException(List<Kesalahan> kesalahan) {
        super(kesalahan.size() + " kesalahan; tidak ada yang disimpan.");
        this.kesalahan = List.copyOf(kesalahan);
    }

    public List<Kesalahan> kesalahan() {
        return kesalahan;
    }

    public record Kesalahan(String path, String pesan) {}
}
