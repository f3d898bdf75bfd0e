package id.pkd.urusan.pmd;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The status bands of one index version, read from {@code referensi/status-idm-v<n>.csv}: a newer
 * regulation is a new file, not new code. Each band's lower bound is exclusive, so a value exactly on
 * a bound belongs to the band below it (0,8155 is Maju, not Mandiri), as the regulation writes "> 0,8155".
 */
public record PitaStatusIdm(String versi, List<Batas> batas) {

    /**
     * Status {@code status} applies to every IDM strictly greater than {@code lebihDari}; the lowest
     * band has no lower bound ({@code null}) and takes everything below the others.
     */
    public record Batas(StatusIdm status, BigDecimal lebihDari) {
        public Batas {
            Objects.requireNonNull(status, "status");
        }
    }

    /** Bands of Permendesa PDTT 2/2016. */
    public static final PitaStatusIdm V1 = muat("status-idm-v1");

    public PitaStatusIdm {
        Objects.requireNonNull(versi, "versi");
        if (batas.stream().filter(b -> b.lebihDari() == null).count() != 1) {
            throw new IllegalArgumentException(
                    "Batas status " + versi + " harus punya tepat satu status terendah tanpa batas bawah");
        }
        batas = batas.stream()
                .sorted(Comparator.comparing(Batas::lebihDari, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .reversed())
                .toList();
    }

    public static PitaStatusIdm muat(String versi) {
        List<Batas> batas = new ArrayList<>();
        for (Map<String, String> baris : TabelCsv.baca("referensi/" + versi + ".csv")) {
            String lebihDari = baris.get("idm_lebih_dari");
            batas.add(new Batas(
                    StatusIdm.valueOf(baris.get("kode")), lebihDari.isEmpty() ? null : new BigDecimal(lebihDari)));
        }
        return new PitaStatusIdm(versi, batas);
    }

    public StatusIdm status(BigDecimal idm) {
        Objects.requireNonNull(idm, "idm");
        for (Batas b : batas) {
            if (b.lebihDari() == null || idm.compareTo(b.lebihDari()) > 0) {
                return b.status();
            }
        }
        throw new IllegalStateException("tidak terjangkau: status terendah tidak punya batas bawah");
    }
}
