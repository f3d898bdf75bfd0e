package id.pkd.portal.perencanaan;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything recorded for one agency in one year, read in one go: what the capaian engine, the
 * export and the documents compute from. Realisasi and targets cover the whole RPJMD period, so
 * last year's figures are at hand.
 */
public record RencanaTahunan(
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

    public Optional<BigDecimal> target(long indikatorId, int tahun) {
        return target.stream()
                .filter(t -> t.indikatorId() == indikatorId && t.tahun() == tahun)
                .map(TargetIndikator::nilai)
                .findFirst();
    }

    /** The target agreed in a PK for this year, else the Renstra target of the year. */
    public Optional<BigDecimal> targetTahunIni(long indikatorId) {
        return pkIndikator.stream()
                .filter(p -> p.indikatorId() == indikatorId)
                .map(PkIndikator::target)
                .findFirst()
                .or(() -> target(indikatorId, tahun));
    }

    public Optional<RealisasiIndikator> realisasi(long indikatorId, int tahun, int triwulan) {
        return realisasi.stream()
                .filter(r -> r.indikatorId() == indikatorId && r.tahun() == tahun && r.triwulan() == triwulan)
                .findFirst();
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
                : pejabat.stream().filter(p -> p.id().equals(id)).findFirst();
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
        return pkIndikator.stream()
                .filter(i -> i.indikatorId() == indikatorId)
                .map(i -> pkSasaran.stream()
                        .filter(s -> s.id() == i.pkSasaranId())
                        .findFirst()
                        .orElseThrow())
                .map(s -> perjanjianKinerja.stream()
                        .filter(p -> p.id() == s.perjanjianKinerjaId())
                        .findFirst()
                        .orElseThrow())
                .findFirst();
    }

    public List<ProgramKegiatan> anak(Long indukId) {
        return programKegiatan.stream()
                .filter(p -> indukId == null ? p.indukId() == null : indukId.equals(p.indukId()))
                .toList();
    }

    public List<IndikatorProgram> indikatorProgram(long programKegiatanId) {
        return indikatorProgram.stream()
                .filter(i -> i.programKegiatanId() == programKegiatanId)
                .toList();
    }
}
