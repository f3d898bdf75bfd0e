package id.pkd.portal.anggaran;

import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nomenclature a tenant-year reads: the version recorded for the year when its programs were first written,
 * else the latest version in force that year (the earliest one for a year before every version).
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class NomenklaturService {

    /** How many rows a picker shows at once; the user narrows by typing. */
    public static final int BATAS_PILIHAN = 50;

    private final TabelNomenklatur tabel;

    NomenklaturService(TabelNomenklatur tabel) {
        this.tabel = tabel;
    }

    public VersiNomenklatur versi(int tahun) {
        List<VersiNomenklatur> semua = tabel.semuaVersi();
        if (semua.isEmpty()) {
            throw new IllegalStateException("Belum ada nomenklatur yang dimuat.");
        }
        Optional<Long> tercatat = tabel.versiTercatat(TenantContext.wajib().value(), tahun);
        if (tercatat.isPresent()) {
            return semua.stream()
                    .filter(v -> v.id() == tercatat.get())
                    .findFirst()
                    .orElseThrow();
        }
        return semua.stream()
                .filter(v -> v.berlakuMulai() <= tahun)
                .max(Comparator.comparingInt(VersiNomenklatur::berlakuMulai))
                .orElse(semua.getFirst());
    }

    /** The row of {@code kode} in the year's version. */
    public Optional<Nomenklatur> cari(int tahun, String kode) {
        return kode == null ? Optional.empty() : tabel.cari(versi(tahun).id(), kode.strip());
    }

    /**
     * What may be added under {@code indukKode} in the year (the programs of every bidang urusan when null),
     * narrowed by a code prefix or a part of the name.
     */
    public List<Nomenklatur> pilihan(int tahun, String indukKode, String teks) {
        long v = versi(tahun).id();
        if (indukKode == null) {
            return tabel.cariTeks(v, TingkatNomenklatur.PROGRAM, teks, BATAS_PILIHAN);
        }
        return tabel.anak(v, indukKode, teks, BATAS_PILIHAN);
    }

    /** Records the year's version; the writers call it when a year gets its first program. */
    @Transactional
    void catatVersi(int tahun) {
        tabel.catatVersi(TenantContext.wajib().value(), tahun, versi(tahun).id());
    }
}
