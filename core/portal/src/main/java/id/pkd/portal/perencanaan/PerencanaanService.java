package id.pkd.portal.perencanaan;

import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BacaLangsung;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.VersiData;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads the plan of the signed-in tenant. Every query takes the tenant from the context. */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class PerencanaanService {

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
    private final id.pkd.portal.jejak.JejakAuditService jejak;
    private final PemuatRencana pemuat;
    private final VersiData versi;
    private final TransactionTemplate bacaSatuSnapshot;

    /**
     * Plans without their realisasi, kept under the tenant's plan version ({@link VersiData}): the Realisasi and
     * Capaian pages read a plan on every open and year switch. 256 agency-years of 100-odd indicators each are a
     * few tens of MB at most.
     */
    private final VersiData.Tembolok<StrukturRencana> struktur = new VersiData.Tembolok<>(VersiData.Jenis.RENCANA, 256);

    private record KunciStruktur(long perangkatDaerahId, int tahun, boolean lengkap) {}

    PerencanaanService(
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
            RealisasiRepository realisasi,
            id.pkd.portal.jejak.JejakAuditService jejak,
            PemuatRencana pemuat,
            VersiData versi,
            PlatformTransactionManager transaksi) {
        this.versi = versi;
        this.bacaSatuSnapshot = new TransactionTemplate(transaksi);
        this.bacaSatuSnapshot.setReadOnly(true);
        this.jejak = jejak;
        this.pemuat = pemuat;
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

    @BacaLangsung
    public List<PerangkatDaerah> daftarPerangkatDaerah() {
        return perangkatDaerah.semua(tenant());
    }

    public PerangkatDaerah perangkatDaerah(long id) {
        return perangkatDaerah
                .cari(tenant(), id)
                .orElseThrow(() -> new DataTidakDitemukanException("Perangkat daerah"));
    }

    public Indikator indikator(long id) {
        return indikator.cari(tenant(), id).orElseThrow(() -> new DataTidakDitemukanException("Indikator"));
    }

    /**
     * Makes a plugin's computed indicator ({@code plugin-id/indikator-kode}) the realisasi source of
     * an indicator, or with {@code null} returns it to realisasi entered by hand.
     */
    @id.pkd.portal.umum.BolehIsi
    @org.springframework.transaction.annotation.Transactional
    public Indikator aturSumberRealisasi(
            long indikatorId, String sumber, java.util.function.Predicate<String> dikenal) {
        Indikator i = indikator(indikatorId);
        if (sumber != null && !dikenal.test(sumber)) {
            throw IsianTidakSahException.pada(
                    "sumberRealisasi", "Sumber realisasi " + sumber + " bukan indikator terhitung urusan yang aktif.");
        }
        Indikator baru = new Indikator(
                i.id(),
                i.tenantId(),
                i.perangkatDaerahId(),
                i.periodeId(),
                i.sasaranId(),
                i.kode(),
                i.nama(),
                i.satuan(),
                i.polaritas(),
                i.varianRendah(),
                i.kondisiAwal(),
                i.kondisiAkhir(),
                i.sumberData(),
                sumber,
                i.rentangBebas());
        jejak.catat("indikator", i.id(), "sumberRealisasi", i.sumberRealisasi(), sumber);
        return indikator.save(baru);
    }

    @BacaLangsung
    public List<PeriodeRpjmd> daftarPeriode() {
        return periode.semua(tenant());
    }

    public Optional<PeriodeRpjmd> periode(int tahun) {
        return periode.memuat(tenant(), tahun);
    }

    /**
     * The plans for a year of the agencies {@code pilih} accepts, in the order of {@link #daftarPerangkatDaerah()},
     * read tenant-wide in a constant number of statements; each equals {@link #rencana} for its agency.
     */
    public List<RencanaTahunan> rencanaSemua(int tahun, java.util.function.Predicate<PerangkatDaerah> pilih) {
        return pemuat.muat(tenant(), tahun, pilih, true);
    }

    /**
     * Like {@link #rencanaSemua(int, java.util.function.Predicate)} without what only budgets and officials use
     * (bidang, pejabat, pelaksana, program and kegiatan are empty): for the indicators' capaian only.
     */
    public List<RencanaTahunan> rencanaIndikatorSemua(int tahun) {
        return pemuat.muat(tenant(), tahun, pd -> true, false);
    }

    /** Like {@link #rencanaSemua(int, java.util.function.Predicate)}, for agencies already read from this service. */
    public List<RencanaTahunan> rencanaSemua(int tahun, List<PerangkatDaerah> dipilih) {
        return pemuat.muat(tenant(), tahun, dipilih, true);
    }

    /**
     * The agency's indicator with that code in the RPJMD period holding the year, as {@link #rencana}'s indicators
     * would give it, read by its key: for the API paths that name one indicator, which need none of the rest.
     */
    public Indikator indikator(long perangkatDaerahId, int tahun, String kode) {
        long t = tenant();
        PerangkatDaerah pd = perangkatDaerah(perangkatDaerahId);
        return indikator
                .cariKode(t, pd.id(), periodeTahun(t, tahun).id(), kode)
                .orElseThrow(() -> new DataTidakDitemukanException("Indikator"));
    }

    /** One realisasi of an indicator (triwulan 0 for the year's), as {@link RencanaTahunan#realisasi} finds it. */
    public Optional<RealisasiIndikator> realisasi(long indikatorId, int tahun, int triwulan) {
        return realisasi.cari(tenant(), indikatorId, tahun, triwulan);
    }

    /** The agency's plan and realisasi for a year inside an RPJMD period. */
    public RencanaTahunan rencana(long perangkatDaerahId, int tahun) {
        return susunRencana(perangkatDaerahId, tahun, true);
    }

    private PeriodeRpjmd periodeTahun(long tenant, int tahun) {
        return periode.memuat(tenant, tahun)
                .orElseThrow(() -> IsianTidakSahException.pada(
                        "tahun", "Tahun " + tahun + " tidak termasuk periode RPJMD mana pun."));
    }

    /**
     * {@link #rencana} with what one indicator's capaian row reads (sasaran, indicators, targets, PK, officials and
     * bidang, realisasi) and without what it never reads (pelaksana, tujuan, program, kegiatan and their
     * indicators are empty): for measuring a single row again after a save, four statements fewer.
     */
    @BacaLangsung
    public RencanaTahunan rencanaUntukBaris(long perangkatDaerahId, int tahun) {
        return susunRencana(perangkatDaerahId, tahun, false);
    }

    /**
     * The one builder of both entry points, so a part added to the plan is read (or left out) in one place. The
     * structure comes from what is kept for the tenant's plan version when there is one; the realisasi, which
     * officials change all day, is always read.
     */
    private RencanaTahunan susunRencana(long perangkatDaerahId, int tahun, boolean lengkap) {
        long t = tenant();
        StrukturRencana s = versi.ambil(
                struktur,
                t,
                new KunciStruktur(perangkatDaerahId, tahun, lengkap),
                // Its statements from one snapshot also when the caller reads without a transaction: what is kept
                // must be one state of the plan, never half of a change.
                () -> TransactionSynchronizationManager.isActualTransactionActive()
                        ? bacaStruktur(t, perangkatDaerahId, tahun, lengkap)
                        : bacaSatuSnapshot.execute(status -> bacaStruktur(t, perangkatDaerahId, tahun, lengkap)));
        return s.denganRealisasi(
                realisasi.milik(t, s.perangkatDaerah().id(), s.periode().id()));
    }

    private StrukturRencana bacaStruktur(long t, long perangkatDaerahId, int tahun, boolean lengkap) {
        PerangkatDaerah pd = perangkatDaerah(perangkatDaerahId);
        PeriodeRpjmd p = periodeTahun(t, tahun);
        long pdId = pd.id();
        return new StrukturRencana(
                pd,
                p,
                tahun,
                bidang.milik(t, pdId),
                pejabat.milik(t, pdId),
                lengkap ? pelaksana.milik(t, pdId) : List.of(),
                lengkap ? tujuan.milik(t, pdId, p.id()) : List.of(),
                sasaran.milik(t, pdId, p.id()),
                indikator.milik(t, pdId, p.id()),
                target.milik(t, pdId, p.id()),
                pk.milik(t, pdId, tahun),
                pkSasaran.milik(t, pdId, tahun),
                pkIndikator.milik(t, pdId, tahun),
                lengkap ? program.milik(t, pdId, tahun) : List.of(),
                lengkap ? indikatorProgram.milik(t, pdId, tahun) : List.of());
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
