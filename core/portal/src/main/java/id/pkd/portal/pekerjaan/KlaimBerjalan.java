package id.pkd.portal.pekerjaan;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** A claim as its handler sees it: parameters from the row, the node's secret, progress written under the fence. */
final class KlaimBerjalan implements PekerjaanBerjalan {

    private final RepositoriPekerjaan.Klaim k;
    private final RepositoriPekerjaan repo;
    private final ObjectMapper json;
    private final Map<Long, Object> rahasia;

    KlaimBerjalan(RepositoriPekerjaan.Klaim k, RepositoriPekerjaan repo, ObjectMapper json, Map<Long, Object> rahasia) {
        this.k = k;
        this.repo = repo;
        this.json = json;
        this.rahasia = rahasia;
    }

    @Override
    public long id() {
        return k.id();
    }

    @Override
    public int percobaan() {
        return k.percobaan();
    }

    @Override
    public <T> T parameter(Class<T> jenis) {
        try {
            return json.readValue(k.parameter(), jenis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Object> rahasia() {
        return Optional.ofNullable(rahasia.get(k.id()));
    }

    @Override
    public void lapor(int persen, String langkah) {
        repo.lapor(k, Math.clamp(persen, 0, 100), langkah.length() > 200 ? langkah.substring(0, 200) : langkah);
    }
}
