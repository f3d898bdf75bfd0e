package id.pkd.portal.perencanaan;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A partial change of one realisasi, as the API's PUT carries it: a field that is not given keeps
 * its stored value, a field given as {@code null} (or empty text) is cleared. A given {@code nilai}
 * turns a ratio realisasi into a value (pembilang, penyebut and skala are cleared); a given
 * pembilang or penyebut turns a value into a ratio (nilai is cleared).
 */
public record PerubahanRealisasi(
        Ubah<BigDecimal> nilai,
        Ubah<BigDecimal> pembilang,
        Ubah<BigDecimal> penyebut,
        Ubah<BigDecimal> skala,
        Ubah<String> upaya,
        Ubah<String> hambatan,
        Ubah<String> rencanaTindakLanjut) {

    /** One field of a change: either not given (keep), or given with a value that may be null (clear). */
    public record Ubah<T>(boolean diberikan, T nilai) {

        public static <T> Ubah<T> tetap() {
            return new Ubah<>(false, null);
        }

        public static <T> Ubah<T> jadi(T nilai) {
            return new Ubah<>(true, nilai);
        }

        T atas(T lama) {
            return diberikan ? nilai : lama;
        }

        boolean berisi() {
            return diberikan && nilai != null;
        }
    }

    /** Nothing given at all: a request that would change nothing, refused rather than ignored. */
    public boolean kosong() {
        return !nilai.diberikan()
                && !pembilang.diberikan()
                && !penyebut.diberikan()
                && !skala.diberikan()
                && !upaya.diberikan()
                && !hambatan.diberikan()
                && !rencanaTindakLanjut.diberikan();
    }

    /** The whole realisasi after this change, for the same checks and write as a full entry. */
    IsianRealisasi terapkanPada(long indikatorId, int tahun, int triwulan, Optional<RealisasiIndikator> lama) {
        RealisasiIndikator l = lama.orElse(null);
        BigDecimal n = nilai.atas(l == null ? null : l.nilai());
        BigDecimal p = pembilang.atas(l == null ? null : l.pembilang());
        BigDecimal q = penyebut.atas(l == null ? null : l.penyebut());
        BigDecimal s = skala.atas(l == null ? null : l.skala());
        if (nilai.berisi()) {
            // A value replaces a stored ratio; a ratio given alongside it is reported, not dropped.
            p = pembilang.diberikan() ? p : null;
            q = penyebut.diberikan() ? q : null;
            s = skala.diberikan() ? s : null;
        } else if (!nilai.diberikan() && (pembilang.berisi() || penyebut.berisi())) {
            n = null;
        }
        return new IsianRealisasi(
                indikatorId,
                tahun,
                triwulan,
                n,
                p,
                q,
                s,
                upaya.atas(l == null ? null : l.upaya()),
                hambatan.atas(l == null ? null : l.hambatan()),
                rencanaTindakLanjut.atas(l == null ? null : l.rencanaTindakLanjut()));
    }
}
