package id.pkd.portal.pertukaran;

import id.pkd.portal.perencanaan.*;
import id.pkd.portal.pertukaran.FormatRencana.*;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exports the tenant's whole plan for a year in the format the import reads back. */
@Service
public class EksporRencanaService {

    private final PerencanaanService perencanaan;
    private final id.pkd.portal.rpjmd.IkuDaerahService ikuDaerah;
    private final id.pkd.portal.organisasi.PerangkatDaerahService organisasi;
    private final id.pkd.portal.rpjmd.SasaranRpjmdService sasaranRpjmd;
    private final id.pkd.portal.rpjmd.TautanSasaranRpjmdService tautan;

    EksporRencanaService(
            PerencanaanService perencanaan,
            id.pkd.portal.rpjmd.IkuDaerahService ikuDaerah,
            id.pkd.portal.organisasi.PerangkatDaerahService organisasi,
            id.pkd.portal.rpjmd.SasaranRpjmdService sasaranRpjmd,
            id.pkd.portal.rpjmd.TautanSasaranRpjmdService tautan) {
        this.sasaranRpjmd = sasaranRpjmd;
        this.tautan = tautan;
        this.perencanaan = perencanaan;
        this.ikuDaerah = ikuDaerah;
        this.organisasi = organisasi;
    }

    @BolehBaca
    @Transactional(readOnly = true)
    public Dokumen ekspor(int tahun) {
        PeriodeRpjmd periode = perencanaan
                .periode(tahun)
                .orElseThrow(() -> IsianTidakSahException.pada(
                        "tahun", "Tahun " + tahun + " tidak termasuk periode RPJMD mana pun."));
        List<id.pkd.portal.rpjmd.TujuanRpjmd> tujuan = sasaranRpjmd.pohon(periode.id());
        Map<Long, String> kodeSasaran = new HashMap<>();
        tujuan.forEach(t -> t.sasaran().forEach(x -> kodeSasaran.put(x.id(), x.kode())));
        Map<Long, Long> sasaranIku = tautan.sasaranIku(periode.id());
        Map<Long, String> kodeTujuan = new HashMap<>();
        tujuan.forEach(t -> kodeTujuan.put(t.id(), t.kode()));
        Map<Long, String> tujuanRenstra = new HashMap<>();
        tautan.tujuanRenstra(periode.id()).stream()
                .filter(x -> x.tujuanRpjmdId() != null)
                .forEach(x -> tujuanRenstra.put(x.tujuanId(), kodeTujuan.get(x.tujuanRpjmdId())));
        Map<Long, String> sasaranRenstra = new HashMap<>();
        tautan.sasaranRenstra(periode.id()).stream()
                .filter(x -> x.sasaranRpjmdId() != null)
                .forEach(x -> sasaranRenstra.put(x.sasaranId(), kodeSasaran.get(x.sasaranRpjmdId())));
        List<PerangkatDaerahData> pd = perencanaan.daftarPerangkatDaerah().stream()
                .map(p -> perangkatDaerah(
                        perencanaan.rencana(p.id(), tahun), organisasi.urusan(p.id()), tujuanRenstra, sasaranRenstra))
                .toList();
        return new Dokumen(
                FormatRencana.VERSI,
                tahun,
                new Rpjmd(
                        periode.tahunAwal(),
                        periode.tahunAkhir(),
                        periode.visi(),
                        periode.daftarMisi(),
                        ikuDaerah.daftar(periode.id()).stream()
                                .map(i -> new IkuDaerahData(
                                        i.kode(),
                                        i.nama(),
                                        i.satuan(),
                                        i.polaritas().name(),
                                        i.varianRendah() == null
                                                ? null
                                                : i.varianRendah().name(),
                                        i.kondisiAwal(),
                                        i.kondisiAkhir(),
                                        i.targetPerTeks(),
                                        kodeSasaran.get(sasaranIku.get(i.id()))))
                                .toList(),
                        tujuan.stream()
                                .map(t -> new TujuanRpjmdData(
                                        t.kode(),
                                        t.misiKe(),
                                        t.uraian(),
                                        t.sasaran().stream()
                                                .map(x -> new SasaranRpjmdData(x.kode(), x.uraian()))
                                                .toList()))
                                .toList()),
                pd);
    }

    private static PerangkatDaerahData perangkatDaerah(
            RencanaTahunan r, List<String> urusan, Map<Long, String> tujuanRpjmd, Map<Long, String> sasaranRpjmd) {
        PerangkatDaerah pd = r.perangkatDaerah();
        return new PerangkatDaerahData(
                pd.kode(),
                pd.nama(),
                pd.singkatan(),
                r.bidang().stream().map(b -> new BidangData(b.kode(), b.nama())).toList(),
                r.pejabat().stream()
                        .map(p -> new PejabatData(
                                p.nip(),
                                p.nama(),
                                p.pangkat(),
                                p.golongan(),
                                p.jabatan(),
                                p.eselon(),
                                r.bidang(p.bidangId()).map(Bidang::kode).orElse(null),
                                r.pejabat(p.atasanId()).map(Pejabat::nip).orElse(null)))
                        .toList(),
                r.pelaksana().stream()
                        .map(l -> new PelaksanaData(
                                r.pejabat(l.pejabatId()).orElseThrow().nip(),
                                l.jenis(),
                                l.jabatan(),
                                l.mulai(),
                                l.selesai()))
                        .toList(),
                new RenstraData(r.tujuan().stream()
                        .map(t -> new TujuanData(
                                t.kode(),
                                t.uraian(),
                                r.sasaranTujuan(t.id()).stream()
                                        .map(s -> new SasaranData(
                                                s.kode(),
                                                s.uraian(),
                                                s.urusan(),
                                                r.indikatorSasaran(s.id()).stream()
                                                        .map(i -> indikator(r, i))
                                                        .toList(),
                                                sasaranRpjmd.get(s.id())))
                                        .toList(),
                                tujuanRpjmd.get(t.id())))
                        .toList()),
                r.perjanjianKinerja().stream().map(pk -> perjanjian(r, pk)).toList(),
                r.anak(null).stream().map(p -> program(r, p)).toList(),
                r.realisasi().stream()
                        .map(x -> new RealisasiData(
                                r.indikator(x.indikatorId()).orElseThrow().kode(),
                                x.tahun(),
                                x.triwulan() == RealisasiIndikator.TAHUNAN ? null : x.triwulan(),
                                polos(x.nilai()),
                                polos(x.pembilang()),
                                polos(x.penyebut()),
                                polos(x.skala()),
                                x.upaya(),
                                x.hambatan(),
                                x.rencanaTindakLanjut()))
                        .toList(),
                urusan);
    }

    private static IndikatorData indikator(RencanaTahunan r, Indikator i) {
        Map<String, BigDecimal> target = new LinkedHashMap<>();
        r.target().stream()
                .filter(t -> t.indikatorId() == i.id())
                .sorted(java.util.Comparator.comparingInt(TargetIndikator::tahun))
                .forEach(t -> target.put(Integer.toString(t.tahun()), polos(t.nilai())));
        return new IndikatorData(
                i.kode(),
                i.nama(),
                i.satuan(),
                i.polaritas().name(),
                i.varianRendah() == null ? null : i.varianRendah().name(),
                polos(i.kondisiAwal()),
                polos(i.kondisiAkhir()),
                i.sumberData(),
                target,
                i.sumberRealisasi(),
                i.rentangBebas() ? Boolean.TRUE : null);
    }

    private static PerjanjianKinerjaData perjanjian(RencanaTahunan r, PerjanjianKinerja pk) {
        Optional<Pejabat> kedua = r.pejabat(pk.pihakKeduaPejabatId());
        return new PerjanjianKinerjaData(
                r.pejabat(pk.pejabatId()).orElseThrow().nip(),
                kedua.map(p -> new PihakKeduaData(p.nip(), null, null))
                        .orElse(new PihakKeduaData(null, pk.pihakKeduaNama(), pk.pihakKeduaJabatan())),
                r.sasaranPk(pk.id()).stream()
                        .map(s -> new PkSasaranData(
                                s.kode(),
                                s.uraian(),
                                r.sasaran().stream()
                                        .filter(x -> x.id().equals(s.sasaranRenstraId()))
                                        .map(Sasaran::kode)
                                        .findFirst()
                                        .orElse(null),
                                r.pkSasaran().stream()
                                        .filter(x -> x.id().equals(s.sasaranAtasanId()))
                                        .map(PkSasaran::kode)
                                        .findFirst()
                                        .orElse(null),
                                r.indikatorPk(s.id()).stream()
                                        .map(pi -> {
                                            Indikator i = r.indikator(pi.indikatorId())
                                                    .orElseThrow();
                                            return i.iku()
                                                    ? new PkIndikatorData(
                                                            i.kode(), null, null, null, null, polos(pi.target()))
                                                    : new PkIndikatorData(
                                                            i.kode(),
                                                            i.nama(),
                                                            i.satuan(),
                                                            i.polaritas().name(),
                                                            i.varianRendah() == null
                                                                    ? null
                                                                    : i.varianRendah()
                                                                            .name(),
                                                            polos(pi.target()));
                                        })
                                        .toList()))
                        .toList());
    }

    private static ProgramData program(RencanaTahunan r, ProgramKegiatan p) {
        return new ProgramData(
                p.kode(),
                p.nama(),
                indikatorProgram(r, p),
                r.anak(p.id()).stream()
                        .map(k -> new KegiatanData(
                                k.kode(),
                                k.nama(),
                                indikatorProgram(r, k),
                                r.anak(k.id()).stream()
                                        .map(s -> new SubKegiatanData(
                                                s.kode(),
                                                s.nama(),
                                                indikatorProgram(r, s),
                                                s.sumberDana().name(),
                                                polos(s.anggaran()),
                                                polos(s.realisasi())))
                                        .toList()))
                        .toList());
    }

    private static List<IndikatorProgramData> indikatorProgram(RencanaTahunan r, ProgramKegiatan p) {
        return r.indikatorProgram(p.id()).stream()
                .map(i -> new IndikatorProgramData(i.nama(), i.satuan(), polos(i.target()), polos(i.realisasi())))
                .toList();
    }

    /** Decimals as written by people: 52.95, not 52.9500. */
    private static BigDecimal polos(BigDecimal nilai) {
        if (nilai == null) {
            return null;
        }
        BigDecimal s = nilai.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
