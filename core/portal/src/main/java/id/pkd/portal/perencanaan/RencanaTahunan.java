package id.pkd.portal.perencanaan;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything recorded for one agency in one year, read in one go: what the capaian engine, the
 * export and the documents compute from. Realisasi and targets cover the whole RPJMD period, so
 * last year's figures are at hand.
 *
 * <p>A value with the equality and the JSON of its sixteen parts (it was a record; frozen measurements hold its JSON);
 * a class so that the lookups below answer from
 * maps built once per plan instead of scanning the lists for every indicator: the capaian of 40 agencies looked up
 * 89 indicators in about 1,800 realisasi rows each (issue 16). Each lookup keeps the list's first match, as the scans
 * did.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class RencanaTahunan {

    private final PerangkatDaerah perangkatDaerah;
    private final PeriodeRpjmd periode;
    private final int tahun;
    private final List<Bidang> bidang;
    private final List<Pejabat> pejabat;
    private final List<Pelaksana> pelaksana;
    private final List<Tujuan> tujuan;
    private final List<Sasaran> sasaran;
    private final List<Indikator> indikator;
    private final List<TargetIndikator> target;
    private final List<PerjanjianKinerja> perjanjianKinerja;
    private final List<PkSasaran> pkSasaran;
    private final List<PkIndikator> pkIndikator;
    private final List<ProgramKegiatan> programKegiatan;
    private final List<IndikatorProgram> indikatorProgram;
    private final List<RealisasiIndikator> realisasi;

    /** Built on the first lookup; a race builds it twice from the same lists, which is harmless. */
    @JsonIgnore
    private transient volatile Indeks indeks;

    /** Also how a frozen measurement's JSON is read back (the fields are its properties, as a record's were). */
    @JsonCreator
    public RencanaTahunan(
            PerangkatDaerah perangkatDaerah,
            PeriodeRpjmd periode,
            int tahun,
            List<Bidang> bidang,
            List<Pejabat> pejabat,
            List<Pelaksana> pelaksana,
            List<Tujuan> tujuan,
            List<Sasaran> sasaran,
            List<Indikator> indikator,
            List<TargetIndikator> target,
            List<PerjanjianKinerja> perjanjianKinerja,
            List<PkSasaran> pkSasaran,
            List<PkIndikator> pkIndikator,
            List<ProgramKegiatan> programKegiatan,
            List<IndikatorProgram> indikatorProgram,
            List<RealisasiIndikator> realisasi) {
        this.perangkatDaerah = perangkatDaerah;
        this.periode = periode;
        this.tahun = tahun;
        this.bidang = bidang;
        this.pejabat = pejabat;
        this.pelaksana = pelaksana;
        this.tujuan = tujuan;
        this.sasaran = sasaran;
        this.indikator = indikator;
        this.target = target;
        this.perjanjianKinerja = perjanjianKinerja;
        this.pkSasaran = pkSasaran;
        this.pkIndikator = pkIndikator;
        this.programKegiatan = programKegiatan;
        this.indikatorProgram = indikatorProgram;
        this.realisasi = realisasi;
    }

    public PerangkatDaerah perangkatDaerah() {
        return perangkatDaerah;
    }

    public PeriodeRpjmd periode() {
        return periode;
    }

    public int tahun() {
        return tahun;
    }

    public List<Bidang> bidang() {
        return bidang;
    }

    public List<Pejabat> pejabat() {
        return pejabat;
    }

    public List<Pelaksana> pelaksana() {
        return pelaksana;
    }

    public List<Tujuan> tujuan() {
        return tujuan;
    }

    public List<Sasaran> sasaran() {
        return sasaran;
    }

    public List<Indikator> indikator() {
        return indikator;
    }

    public List<TargetIndikator> target() {
        return target;
    }

    public List<PerjanjianKinerja> perjanjianKinerja() {
        return perjanjianKinerja;
    }

    public List<PkSasaran> pkSasaran() {
        return pkSasaran;
    }

    public List<PkIndikator> pkIndikator() {
        return pkIndikator;
    }

    public List<ProgramKegiatan> programKegiatan() {
        return programKegiatan;
    }

    public List<IndikatorProgram> indikatorProgram() {
        return indikatorProgram;
    }

    public List<RealisasiIndikator> realisasi() {
        return realisasi;
    }

    @Override
    public boolean equals(Object lain) {
        return this == lain
                || (lain instanceof RencanaTahunan o
                        && perangkatDaerah.equals(o.perangkatDaerah)
                        && periode.equals(o.periode)
                        && tahun == o.tahun
                        && bidang.equals(o.bidang)
                        && pejabat.equals(o.pejabat)
                        && pelaksana.equals(o.pelaksana)
                        && tujuan.equals(o.tujuan)
                        && sasaran.equals(o.sasaran)
                        && indikator.equals(o.indikator)
                        && target.equals(o.target)
                        && perjanjianKinerja.equals(o.perjanjianKinerja)
                        && pkSasaran.equals(o.pkSasaran)
                        && pkIndikator.equals(o.pkIndikator)
                        && programKegiatan.equals(o.programKegiatan)
                        && indikatorProgram.equals(o.indikatorProgram)
                        && realisasi.equals(o.realisasi));
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                perangkatDaerah,
                periode,
                tahun,
                bidang,
                pejabat,
                pelaksana,
                tujuan,
                sasaran,
                indikator,
                target,
                perjanjianKinerja,
                pkSasaran,
                pkIndikator,
                programKegiatan,
                indikatorProgram,
                realisasi);
    }

    @Override
    public String toString() {
        return "RencanaTahunan[" + perangkatDaerah.kode() + ", " + tahun + "]";
    }

    private Indeks indeks() {
        Indeks i = indeks;
        if (i == null) {
            i = new Indeks(this);
            indeks = i;
        }
        return i;
    }

    private record KunciTarget(long indikatorId, int tahun) {}

    private record KunciRealisasi(long indikatorId, int tahun, int triwulan) {}

    /** The lookups' maps, each keeping the first row of its list for a key (the lists' order is the tables'). */
    private record Indeks(
            Map<KunciTarget, TargetIndikator> target,
            Map<KunciRealisasi, RealisasiIndikator> realisasi,
            Map<Long, PkIndikator> pkIndikator,
            Map<Long, PkSasaran> pkSasaran,
            Map<Long, PerjanjianKinerja> perjanjianKinerja,
            Map<Long, Pejabat> pejabat,
            Map<Long, List<ProgramKegiatan>> anak,
            Map<Long, List<IndikatorProgram>> indikatorProgram) {

        Indeks(RencanaTahunan r) {
            this(
                    pertama(r.target, t -> new KunciTarget(t.indikatorId(), t.tahun())),
                    pertama(r.realisasi, x -> new KunciRealisasi(x.indikatorId(), x.tahun(), x.triwulan())),
                    pertama(r.pkIndikator, PkIndikator::indikatorId),
                    pertama(r.pkSasaran, PkSasaran::id),
                    pertama(r.perjanjianKinerja, PerjanjianKinerja::id),
                    pertama(r.pejabat, Pejabat::id),
                    kelompok(r.programKegiatan, p -> p.indukId() == null ? TANPA_INDUK : p.indukId()),
                    kelompok(r.indikatorProgram, IndikatorProgram::programKegiatanId));
        }

        /** No id is negative: the key of the top-level programs. */
        static final long TANPA_INDUK = -1L;

        static <T, K> Map<K, T> pertama(List<T> baris, Function<T, K> kunci) {
            Map<K, T> hasil = new HashMap<>();
            for (T b : baris) {
                hasil.putIfAbsent(kunci.apply(b), b);
            }
            return hasil;
        }

        static <T> Map<Long, List<T>> kelompok(List<T> baris, Function<T, Long> kunci) {
            Map<Long, List<T>> hasil = new HashMap<>();
            for (T b : baris) {
                hasil.computeIfAbsent(kunci.apply(b), k -> new ArrayList<>()).add(b);
            }
            hasil.replaceAll((k, v) -> List.copyOf(v));
            return hasil;
        }
    }

    public Optional<BigDecimal> target(long indikatorId, int tahun) {
        return Optional.ofNullable(indeks().target().get(new KunciTarget(indikatorId, tahun)))
                .map(TargetIndikator::nilai);
    }

    /** The target agreed in a PK for this year, else the Renstra target of the year. */
    public Optional<BigDecimal> targetTahunIni(long indikatorId) {
        return Optional.ofNullable(indeks().pkIndikator().get(indikatorId))
                .map(PkIndikator::target)
                .or(() -> target(indikatorId, tahun));
    }

    public Optional<RealisasiIndikator> realisasi(long indikatorId, int tahun, int triwulan) {
        return Optional.ofNullable(indeks().realisasi().get(new KunciRealisasi(indikatorId, tahun, triwulan)));
    }

    public List<Indikator> indikatorSasaran(long sasaranId) {
        return indikator.stream()
                .filter(i -> i.sasaranId() != null && i.sasaranId() == sasaranId)
                .toList();
    }

    public List<Sasaran> sasaranTujuan(long tujuanId) {
        return sasaran.stream().filter(s -> s.tujuanId() == tujuanId).toList();
    }

    public Optional<Indikator> indikator(long id) {
        return indikator.stream().filter(i -> i.id() == id).findFirst();
    }

    public Optional<Pejabat> pejabat(Long id) {
        return id == null
                ? Optional.empty()
                : Optional.ofNullable(indeks().pejabat().get(id));
    }

    public Optional<Bidang> bidang(Long id) {
        return id == null
                ? Optional.empty()
                : bidang.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** The head of agency: the official without a superior, highest eselon first. */
    public Optional<Pejabat> kepala() {
        return pejabat.stream().filter(p -> p.atasanId() == null).min(Comparator.comparing(Pejabat::eselon));
    }

    public List<PkSasaran> sasaranPk(long perjanjianKinerjaId) {
        return pkSasaran.stream()
                .filter(s -> s.perjanjianKinerjaId() == perjanjianKinerjaId)
                .toList();
    }

    public List<PkIndikator> indikatorPk(long pkSasaranId) {
        return pkIndikator.stream().filter(i -> i.pkSasaranId() == pkSasaranId).toList();
    }

    /** The PK whose pihak pertama holds this indicator, for its bidang and its official. */
    public Optional<PerjanjianKinerja> perjanjianUntuk(long indikatorId) {
        Indeks i = indeks();
        return Optional.ofNullable(i.pkIndikator().get(indikatorId))
                .map(x ->
                        Optional.ofNullable(i.pkSasaran().get(x.pkSasaranId())).orElseThrow())
                .map(x -> Optional.ofNullable(i.perjanjianKinerja().get(x.perjanjianKinerjaId()))
                        .orElseThrow());
    }

    public List<ProgramKegiatan> anak(Long indukId) {
        return indeks().anak().getOrDefault(indukId == null ? Indeks.TANPA_INDUK : indukId, List.of());
    }

    public List<IndikatorProgram> indikatorProgram(long programKegiatanId) {
        return indeks().indikatorProgram().getOrDefault(programKegiatanId, List.of());
    }
}
