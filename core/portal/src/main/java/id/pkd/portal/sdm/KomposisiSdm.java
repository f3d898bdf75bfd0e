package id.pkd.portal.sdm;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** An agency's staff composition of one year: a head count per line that was filled in. */
public record KomposisiSdm(long perangkatDaerahId, int tahun, Map<KategoriSdm, Integer> jumlah) {

    public KomposisiSdm {
        EnumMap<KategoriSdm, Integer> salinan = new EnumMap<>(KategoriSdm.class);
        salinan.putAll(jumlah);
        jumlah = Collections.unmodifiableMap(salinan);
    }

    public Optional<Integer> jumlah(KategoriSdm k) {
        return Optional.ofNullable(jumlah.get(k));
    }

    /** Whether any line of the group was filled in (a group nobody filled is not printed). */
    public boolean ada(KelompokSdm kelompok) {
        return jumlah.keySet().stream().anyMatch(k -> k.kelompok() == kelompok);
    }

    public boolean kosong() {
        return jumlah.isEmpty();
    }

    /** The group's total over the lines filled in. */
    public int total(KelompokSdm kelompok) {
        return jumlah.entrySet().stream()
                .filter(e -> e.getKey().kelompok() == kelompok)
                .mapToInt(Map.Entry::getValue)
                .sum();
    }
}
