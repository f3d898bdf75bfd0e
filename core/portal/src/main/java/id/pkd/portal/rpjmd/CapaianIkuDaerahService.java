package id.pkd.portal.rpjmd;

import id.pkd.portal.capaian.AturanCapaian;
import id.pkd.portal.capaian.Capaian;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.umum.BolehBaca;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Measures the IKU Kepala Daerah with the same formula ({@link Capaian#hitung}) and the same tenant rules
 * ({@link PengukuranKinerjaService#aturan()}) as the agencies' indicators: unrounded capaian, rounded and
 * categorised once at the end.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class CapaianIkuDaerahService {

    private final RpjmdService rpjmd;
    private final IkuDaerahService iku;
    private final RealisasiIkuDaerahService realisasi;
    private final PengukuranKinerjaService pengukuran;

    CapaianIkuDaerahService(
            RpjmdService rpjmd,
            IkuDaerahService iku,
            RealisasiIkuDaerahService realisasi,
            PengukuranKinerjaService pengukuran) {
        this.rpjmd = rpjmd;
        this.iku = iku;
        this.realisasi = realisasi;
        this.pengukuran = pengukuran;
    }

    public CapaianIkuDaerah ukur(int tahun) {
        Optional<PeriodeRpjmd> periode =
                rpjmd.daftarPeriode().stream().filter(p -> p.memuat(tahun)).findFirst();
        if (periode.isEmpty()) {
            return new CapaianIkuDaerah(periode, List.of(), Optional.empty(), Optional.empty());
        }
        AturanCapaian aturan = pengukuran.aturan();
        Map<Long, BigDecimal> nilai = realisasi.realisasi(tahun);
        List<CapaianIkuDaerah.Baris> baris = new ArrayList<>();
        List<Capaian> semua = new ArrayList<>();
        for (IkuDaerah i : iku.daftar(periode.get().id())) {
            Optional<BigDecimal> target = Optional.ofNullable(i.target(tahun));
            Optional<BigDecimal> real = Optional.ofNullable(nilai.get(i.id()));
            Optional<Capaian> c =
                    Capaian.hitung(i.polaritas(), i.varianRendah(), target.orElse(null), real.orElse(null));
            c.ifPresent(semua::add);
            baris.add(new CapaianIkuDaerah.Baris(
                    i, target, real, c, c.map(x -> x.terbulat(aturan.pembulatan())), c.map(aturan::kategori)));
        }
        Optional<Capaian> rata = Capaian.rataRata(semua);
        return new CapaianIkuDaerah(
                periode, baris, rata.map(x -> x.terbulat(aturan.pembulatan())), rata.map(aturan::kategori));
    }
}
