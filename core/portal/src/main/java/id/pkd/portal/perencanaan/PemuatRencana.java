package id.pkd.portal.perencanaan;

import id.pkd.portal.umum.IsianTidakSahException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
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
        List<PkSasaran> pkSasaranSemua = urut(pkSasaran.semua(t, tahun), URUTAN_SASARAN_PK);
        List<ProgramKegiatan> programSemua =
                lengkap ? urut(program.semua(t, tahun), Comparator.comparingInt(ProgramKegiatan::urutan)) : List.of();
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
        Map<Long, PkSasaran> sasaranPk = pkSasaranSemua.stream().collect(Collectors.toMap(PkSasaran::id, s -> s));
        Comparator<PkIndikator> urutanPk = Comparator.comparing(
                        (PkIndikator i) -> sasaranPk.get(i.pkSasaranId()), URUTAN_SASARAN_PK)
                .thenComparingInt(PkIndikator::urutan);
        Kelompok<PkIndikator> pkIndikatorPd = new Kelompok<>(
                urut(pkIndikator.semua(t, tahun), urutanPk), i -> pdPkSasaran.getOrDefault(i.pkSasaranId(), -1L));
        Kelompok<ProgramKegiatan> programPd = new Kelompok<>(programSemua, ProgramKegiatan::perangkatDaerahId);
        Map<Long, Integer> urutanProgram = new HashMap<>();
        programSemua.forEach(x -> urutanProgram.put(x.id(), x.urutan()));
        Kelompok<IndikatorProgram> indikatorProgramPd = new Kelompok<>(
                lengkap
                        ? urut(
                                indikatorProgram.semua(t, tahun),
                                Comparator.comparingInt((IndikatorProgram i) ->
                                                urutanProgram.getOrDefault(i.programKegiatanId(), 0))
                                        .thenComparingInt(IndikatorProgram::urutan))
                        : List.of(),
                i -> pdProgram.getOrDefault(i.programKegiatanId(), -1L));
        Kelompok<RealisasiIndikator> realisasiPd = new Kelompok<>(
                urut(
                        realisasi.semuaTahun(t, p.tahunAwal(), p.tahunAkhir()).stream()
                                .filter(r -> pdIndikator.containsKey(r.indikatorId()))
                                .toList(),
                        URUTAN_REALISASI),
                r -> pdIndikator.getOrDefault(r.indikatorId(), -1L));
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

    /** The order of {@code pk_sasaran} in {@code milik}: by PK, then the sasaran's own order. */
    private static final Comparator<PkSasaran> URUTAN_SASARAN_PK =
            Comparator.comparingLong(PkSasaran::perjanjianKinerjaId).thenComparingInt(PkSasaran::urutan);

    private static final Comparator<RealisasiIndikator> URUTAN_REALISASI = Comparator.comparingLong(
                    RealisasiIndikator::indikatorId)
            .thenComparingInt(RealisasiIndikator::tahun)
            .thenComparingInt(RealisasiIndikator::triwulan);

    /**
     * A tenant-wide read sorted here as the agency's read ({@code milik}) sorts in SQL: MariaDB sorts the rows of
     * a join in a temporary table of full-width rows (a 600-character name is 2,400 bytes), which took 53 of the
     * 65 ms of reading 40 agencies' plans for the program indicators alone (issue 16). The sort is stable, as
     * ties in SQL are in no defined order.
     */
    private static <T> List<T> urut(List<T> baris, Comparator<? super T> urutan) {
        List<T> hasil = new ArrayList<>(baris);
        hasil.sort(urutan);
        return hasil;
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
                perPd.computeIfAbsent(pd.applyAsLong(b), k -> new ArrayList<>()).add(b);
            }
        }

        List<T> milik(long pdId) {
            return List.copyOf(perPd.getOrDefault(pdId, List.of()));
        }
    }
}
