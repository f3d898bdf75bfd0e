package id.pkd.portal.perencanaan;

import id.pkd.portal.umum.IsianTidakSahException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;

/**
 * The plans of many agencies for one year, read tenant-wide: each table once, then grouped by
 * agency, so a tenant of 40 agencies costs the statements of one (the capaian API, the computed
 * indicators' panel). Grouping keeps each table's order, so every plan equals what
 * {@link PerencanaanService#rencana} reads for that agency alone.
 */
@Component
class PemuatRencana {

    private final PerangkatDaerahRepository perangkatDaerah;
    private final BidangRepository bidang;
    private final PejabatRepository pejabat;
    private final PelaksanaRepository pelaksana;
    private final PeriodeRpjmdRepository periode;
    private final TujuanRepository tujuan;
    private final SasaranRepository sasaran;
    private final IndikatorRepository indikator;
    private final TargetIndikatorRepository target;
    private final PerjanjianKinerjaRepository pk;
    private final PkSasaranRepository pkSasaran;
    private final PkIndikatorRepository pkIndikator;
    private final ProgramKegiatanRepository program;
    private final IndikatorProgramRepository indikatorProgram;
    private final RealisasiRepository realisasi;

    PemuatRencana(
            PerangkatDaerahRepository perangkatDaerah,
            BidangRepository bidang,
            PejabatRepository pejabat,
            PelaksanaRepository pelaksana,
            PeriodeRpjmdRepository periode,
            TujuanRepository tujuan,
            SasaranRepository sasaran,
            IndikatorRepository indikator,
            TargetIndikatorRepository target,
            PerjanjianKinerjaRepository pk,
            PkSasaranRepository pkSasaran,
            PkIndikatorRepository pkIndikator,
            ProgramKegiatanRepository program,
            IndikatorProgramRepository indikatorProgram,
            RealisasiRepository realisasi) {
        this.perangkatDaerah = perangkatDaerah;
        this.bidang = bidang;
        this.pejabat = pejabat;
        this.pelaksana = pelaksana;
        this.periode = periode;
        this.tujuan = tujuan;
        this.sasaran = sasaran;
        this.indikator = indikator;
        this.target = target;
        this.pk = pk;
        this.pkSasaran = pkSasaran;
        this.pkIndikator = pkIndikator;
        this.program = program;
        this.indikatorProgram = indikatorProgram;
        this.realisasi = realisasi;
    }

    /**
     * The plans of the tenant's agencies {@code pilih} accepts, in the order of the agency list; none when the
     * tenant has no such agency.
     *
     * @throws IsianTidakSahException when the year lies outside every RPJMD period, as a single plan does
     */
    List<RencanaTahunan> muat(long t, int tahun, Predicate<PerangkatDaerah> pilih, boolean lengkap) {
        return muat(t, tahun, perangkatDaerah.semua(t).stream().filter(pilih).toList(), lengkap);
    }

    /**
     * The plans of {@code dipilih}, agencies of tenant {@code t} read before (others are left out).
     *
     * @param lengkap {@code false} leaves out what only the budget and the officials' columns use (bidang,
     *     pejabat, pelaksana, program and kegiatan with their indicators): five statements fewer for a caller
     *     that shows the indicators' capaian only
     */
    List<RencanaTahunan> muat(long t, int tahun, List<PerangkatDaerah> dipilih, boolean lengkap) {
        List<PerangkatDaerah> semuaPd =
                dipilih.stream().filter(pd -> pd.tenantId() == t).toList();
        if (semuaPd.isEmpty()) {
            return List.of();
        }
        PeriodeRpjmd p = periode.memuat(t, tahun)
                .orElseThrow(() -> IsianTidakSahException.pada(
                        "tahun", "Tahun " + tahun + " tidak termasuk periode RPJMD mana pun."));
        long per = p.id();
        List<Pejabat> pejabatSemua = lengkap ? pejabat.semua(t) : List.of();
        List<Tujuan> tujuanSemua = tujuan.semua(t, per);
        List<Indikator> indikatorSemua = indikator.semua(t, per);
        List<PerjanjianKinerja> pkSemua = pk.semua(t, tahun);
        List<PkSasaran> pkSasaranSemua = pkSasaran.semua(t, tahun);
        List<ProgramKegiatan> programSemua = lengkap ? program.semua(t, tahun) : List.of();
        Map<Long, Long> pdPejabat = pdDari(pejabatSemua, Pejabat::id, Pejabat::perangkatDaerahId);
        Map<Long, Long> pdTujuan = pdDari(tujuanSemua, Tujuan::id, Tujuan::perangkatDaerahId);
        Map<Long, Long> pdIndikator = pdDari(indikatorSemua, Indikator::id, Indikator::perangkatDaerahId);
        Map<Long, Long> pdPk = pdDari(pkSemua, PerjanjianKinerja::id, PerjanjianKinerja::perangkatDaerahId);
        Map<Long, Long> pdPkSasaran =
                pdDari(pkSasaranSemua, PkSasaran::id, s -> pdPk.getOrDefault(s.perjanjianKinerjaId(), -1L));
        Map<Long, Long> pdProgram = pdDari(programSemua, ProgramKegiatan::id, ProgramKegiatan::perangkatDaerahId);
        Kelompok<Bidang> bidangPd = new Kelompok<>(lengkap ? bidang.semua(t) : List.of(), Bidang::perangkatDaerahId);
        Kelompok<Pejabat> pejabatPd = new Kelompok<>(pejabatSemua, Pejabat::perangkatDaerahId);
        Kelompok<Pelaksana> pelaksanaPd = new Kelompok<>(
                lengkap ? pelaksana.semua(t) : List.of(), l -> pdPejabat.getOrDefault(l.pejabatId(), -1L));
        Kelompok<Tujuan> tujuanPd = new Kelompok<>(tujuanSemua, Tujuan::perangkatDaerahId);
        Kelompok<Sasaran> sasaranPd =
                new Kelompok<>(sasaran.semua(t, per), s -> pdTujuan.getOrDefault(s.tujuanId(), -1L));
        Kelompok<Indikator> indikatorPd = new Kelompok<>(indikatorSemua, Indikator::perangkatDaerahId);
        Kelompok<TargetIndikator> targetPd =
                new Kelompok<>(target.semua(t, per), x -> pdIndikator.getOrDefault(x.indikatorId(), -1L));
        Kelompok<PerjanjianKinerja> pkPd = new Kelompok<>(pkSemua, PerjanjianKinerja::perangkatDaerahId);
        Kelompok<PkSasaran> pkSasaranPd =
                new Kelompok<>(pkSasaranSemua, s -> pdPk.getOrDefault(s.perjanjianKinerjaId(), -1L));
        Kelompok<PkIndikator> pkIndikatorPd =
                new Kelompok<>(pkIndikator.semua(t, tahun), i -> pdPkSasaran.getOrDefault(i.pkSasaranId(), -1L));
        Kelompok<ProgramKegiatan> programPd = new Kelompok<>(programSemua, ProgramKegiatan::perangkatDaerahId);
        Kelompok<IndikatorProgram> indikatorProgramPd = new Kelompok<>(
                lengkap ? indikatorProgram.semua(t, tahun) : List.of(),
                i -> pdProgram.getOrDefault(i.programKegiatanId(), -1L));
        Kelompok<RealisasiIndikator> realisasiPd =
                new Kelompok<>(realisasi.semua(t, per), r -> pdIndikator.getOrDefault(r.indikatorId(), -1L));
        return semuaPd.stream()
                .map(pd -> {
                    long id = pd.id();
                    return new RencanaTahunan(
                            pd,
                            p,
                            tahun,
                            bidangPd.milik(id),
                            pejabatPd.milik(id),
                            pelaksanaPd.milik(id),
                            tujuanPd.milik(id),
                            sasaranPd.milik(id),
                            indikatorPd.milik(id),
                            targetPd.milik(id),
                            pkPd.milik(id),
                            pkSasaranPd.milik(id),
                            pkIndikatorPd.milik(id),
                            programPd.milik(id),
                            indikatorProgramPd.milik(id),
                            realisasiPd.milik(id));
                })
                .toList();
    }

    private static <T> Map<Long, Long> pdDari(List<T> baris, Function<T, Long> id, ToLongFunction<T> pd) {
        Map<Long, Long> hasil = new HashMap<>();
        baris.forEach(b -> hasil.put(id.apply(b), pd.applyAsLong(b)));
        return hasil;
    }

    /** A table's rows by agency, each agency's rows in the table's order. */
    private static final class Kelompok<T> {
        private final Map<Long, List<T>> perPd = new HashMap<>();

        Kelompok(List<T> baris, ToLongFunction<T> pd) {
            for (T b : baris) {
                perPd.computeIfAbsent(pd.applyAsLong(b), k -> new java.util.ArrayList<>())
                        .add(b);
            }
        }

        List<T> milik(long pdId) {
            return List.copyOf(perPd.getOrDefault(pdId, List.of()));
        }
    }
}
