package id.pkd.portal.pengukuran;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.capaian.AmbangKategori;
import id.pkd.portal.capaian.AturanCapaian;
import id.pkd.portal.capaian.Capaian;
import id.pkd.portal.capaian.Pembulatan;
import id.pkd.portal.capaian.RumusCapaian;
import id.pkd.portal.capaian.Rupiah;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.Bidang;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.IndikatorProgram;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.ProgramKegiatan;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.perencanaan.RencanaTahunan;
import id.pkd.portal.perencanaan.Sasaran;
import id.pkd.portal.plugin.DataUrusanService;
import id.pkd.portal.plugin.HasilIndikatorTerhitung;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BacaLangsung;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.VersiData;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The capaian engine applied to stored data: the single calculation path behind the capaian
 * screens, the budget view, the API and the documents. Capaian is never rounded before the final
 * step; the tenant's rounding mode and kategori limits are applied once, at the end.
 */
@Service
public class PengukuranKinerjaService {

    static final String JENIS_PENGATURAN = "pengaturan_capaian";

    private final PerencanaanService perencanaan;
    private final PengaturanCapaianRepository pengaturan;
    private final Clock clock;
    private final DataUrusanService dataUrusan;
    private final ArsipPengukuranBeku beku;
    private final JejakAuditService jejak;
    private final VersiData versi;

    /** The tenant's rules, kept under its measurement version (they change when an admin changes them). */
    private final VersiData.Tembolok<AturanCapaian> aturanBerversi =
            new VersiData.Tembolok<>(VersiData.Jenis.PENGUKURAN, 256);

    PengukuranKinerjaService(
            PerencanaanService perencanaan,
            PengaturanCapaianRepository pengaturan,
            Clock clock,
            DataUrusanService dataUrusan,
            ArsipPengukuranBeku beku,
            JejakAuditService jejak,
            VersiData versi) {
        this.versi = versi;
        this.perencanaan = perencanaan;
        this.dataUrusan = dataUrusan;
        this.pengaturan = pengaturan;
        this.clock = clock;
        this.beku = beku;
        this.jejak = jejak;
    }

    @BolehBaca
    @Transactional(readOnly = true)
    public AturanCapaian aturan() {
        long tenant = tenant();
        return versi.ambil(aturanBerversi, tenant, JENIS_PENGATURAN, () -> pengaturan
                .milik(tenant)
                .map(PengaturanCapaian::aturan)
                .orElse(AturanCapaian.BAKU));
    }

    /**
     * Changes the tenant's rules for every year still open; a frozen year keeps the rules it was
     * frozen with (see {@link PembekuanPengukuran}). Audited field by field.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void ubahAturan(AmbangKategori ambang, Pembulatan pembulatan) {
        long tenant = TenantContext.wajib().value();
        AturanCapaian lama = aturan();
        AmbangKategori a = lama.ambang();
        jejak.catat(
                JENIS_PENGATURAN,
                tenant,
                "batasSangatTinggi",
                angka(a.batasSangatTinggi()),
                angka(ambang.batasSangatTinggi()));
        jejak.catat(JENIS_PENGATURAN, tenant, "batasTinggi", angka(a.batasTinggi()), angka(ambang.batasTinggi()));
        jejak.catat(JENIS_PENGATURAN, tenant, "batasSedang", angka(a.batasSedang()), angka(ambang.batasSedang()));
        jejak.catat(JENIS_PENGATURAN, tenant, "batasRendah", angka(a.batasRendah()), angka(ambang.batasRendah()));
        jejak.catat(JENIS_PENGATURAN, tenant, "pembulatan", lama.pembulatan(), pembulatan);
        pengaturan.simpan(
                tenant,
                new PengaturanCapaian(
                        null,
                        ambang.batasSangatTinggi(),
                        ambang.batasTinggi(),
                        ambang.batasSedang(),
                        ambang.batasRendah(),
                        pembulatan,
                        JejakAuditService.pelaku(),
                        clock.instant()));
    }

    @BolehBaca
    @Transactional(readOnly = true)
    public PengukuranKinerja ukur(long perangkatDaerahId, int tahun) {
        return versi.satuPotret(tenant(), () -> {
            // A submitted or approved year is shown exactly as frozen: nothing live can move it.
            Optional<PengukuranBeku> terakhir = beku.terakhir(perangkatDaerahId, tahun);
            if (terakhir.isPresent() && terakhir.get().aktif()) {
                return beku.baca(terakhir.get());
            }
            return ukurLangsung(
                    perangkatDaerahId, tahun, beku.aturanTetap(terakhir).orElseGet(this::aturan));
        });
    }

    /**
     * {@link #ukur} for the agencies {@code pilih} accepts (all, with {@code pd -> true}), in the order of the
     * agency list, in a constant number of statements: the plans, the frozen versions, the rules, the enabled
     * plugins and their rows are each read once for the whole tenant, whatever the number of agencies.
     */
    @BolehBaca
    @Transactional(readOnly = true)
    public List<PengukuranKinerja> ukurSemua(int tahun, Predicate<PerangkatDaerah> pilih) {
        return versi.satuPotret(tenant(), () -> ukur(tahun, perencanaan.rencanaSemua(tahun, pilih)));
    }

    /** {@link #ukurSemua(int, Predicate)} for agencies the caller read from {@link PerencanaanService}. */
    @BolehBaca
    @Transactional(readOnly = true)
    public List<PengukuranKinerja> ukurSemua(int tahun, List<PerangkatDaerah> dipilih) {
        return versi.satuPotret(tenant(), () -> ukur(tahun, perencanaan.rencanaSemua(tahun, dipilih)));
    }

    /**
     * The indicators' capaian of every agency, as {@link #ukurSemua(int, Predicate)} computes it, without reading
     * budgets and officials: a live measurement's budget lines are empty and its rows name no bidang (a frozen
     * year comes back whole). For screens that show indicators only.
     */
    @BolehBaca
    @Transactional(readOnly = true)
    public List<PengukuranKinerja> ukurIndikatorSemua(int tahun) {
        return versi.satuPotret(tenant(), () -> ukur(tahun, perencanaan.rencanaIndikatorSemua(tahun)));
    }

    private List<PengukuranKinerja> ukur(int tahun, List<RencanaTahunan> rencana) {
        Map<Long, PengukuranBeku> terakhir = rencana.isEmpty() ? Map.of() : beku.terakhirSemua(tahun);
        AturanCapaian kini = rencana.isEmpty() ? null : aturan();
        return rencana.stream()
                .map(r -> {
                    Optional<PengukuranBeku> b =
                            Optional.ofNullable(terakhir.get(r.perangkatDaerah().id()));
                    if (b.isPresent() && b.get().aktif()) {
                        return beku.baca(b.get());
                    }
                    return ukurLangsung(r, beku.aturanTetap(b).orElse(kini));
                })
                .toList();
    }

    /** The figures computed now from the stored data, under {@code aturan}. */
    PengukuranKinerja ukurLangsung(long perangkatDaerahId, int tahun, AturanCapaian aturan) {
        return ukurLangsung(perencanaan.rencana(perangkatDaerahId, tahun), aturan);
    }

    /**
     * One indicator's row as {@link #ukur} shows it: all a save of that indicator's realisasi can change (no row
     * is computed from another indicator's realisasi). A live year computes this indicator only, so no plugin
     * computes the other indicators' figures again; a frozen year is read whole. Empty when the agency-year has no
     * such indicator.
     *
     * <p>Read without a transaction of its own (three round trips fewer), with every version of the tenant read once
     * before the rest: after a save the frozen state, the rules and the plan come from what is kept, and only the
     * version and the agency's realisasi are read. Its reads need not share one snapshot: the frozen state is read
     * first, so a year frozen in between is shown from the live figures the freeze copied (and writes to it are
     * refused from then on), and a write that lands in between is shown by the next refresh.
     */
    @BolehBaca
    @BacaLangsung
    public Optional<BarisCapaian> ukurIndikator(long perangkatDaerahId, int tahun, long indikatorId) {
        return versi.satuPotret(tenant(), () -> ukurIndikatorSatuPotret(perangkatDaerahId, tahun, indikatorId));
    }

    private Optional<BarisCapaian> ukurIndikatorSatuPotret(long perangkatDaerahId, int tahun, long indikatorId) {
        Optional<PengukuranBeku> terakhir = beku.terakhir(perangkatDaerahId, tahun);
        if (terakhir.isPresent() && terakhir.get().aktif()) {
            return beku.baca(terakhir.get()).semuaIndikator().stream()
                    .filter(b -> b.indikator().id() == indikatorId)
                    .findFirst();
        }
        AturanCapaian aturan = beku.aturanTetap(terakhir).orElseGet(this::aturan);
        RencanaTahunan r = perencanaan.rencanaUntukBaris(perangkatDaerahId, tahun);
        return r.indikator(indikatorId).map(i -> {
            // The row ukur lists first: under its sasaran when it is an IKU of one, else among the others.
            Sasaran s = r.sasaran().stream()
                    .filter(x -> r.indikatorSasaran(x.id()).contains(i))
                    .findFirst()
                    .orElse(null);
            return baris(r, aturan, sumber(r), i, s);
        });
    }

    private PengukuranKinerja ukurLangsung(RencanaTahunan r, AturanCapaian aturan) {
        return ukur(r, aturan, sumber(r));
    }

    /** Realisasi as entered, or computed from urusan data for an indicator that says so; each computed once. */
    private SumberRealisasi sumber(RencanaTahunan r) {
        Map<String, Optional<HasilIndikatorTerhitung>> terhitung = new java.util.HashMap<>();
        Function<Indikator, Function<Integer, Optional<HasilIndikatorTerhitung>>> hasil = i ->
                th -> terhitung.computeIfAbsent(i.id() + "/" + th, k -> dataUrusan.hitung(i.sumberRealisasi(), th));
        return new SumberRealisasi() {
            @Override
            public Optional<RealisasiIndikator> realisasi(Indikator i, int th) {
                Optional<RealisasiIndikator> dicatat = r.realisasi(i.id(), th, RealisasiIndikator.TAHUNAN);
                if (!i.realisasiTerhitung()) {
                    return dicatat;
                }
                Optional<HasilIndikatorTerhitung> h = hasil.apply(i).apply(th);
                if (h.isPresent() && !h.get().terhitung()) {
                    // The plugin failed: no figure at all (not the hand-entered one), and the row says why.
                    return Optional.empty();
                }
                // Computed from the plugin's data when the plugin is enabled and has data for the year;
                // otherwise the realisasi entered by hand still counts. The narrative stays the entered one.
                return h.map(x -> new RealisasiIndikator(
                                dicatat.map(RealisasiIndikator::id).orElse(null),
                                i.tenantId(),
                                i.id(),
                                th,
                                RealisasiIndikator.TAHUNAN,
                                null,
                                x.pembilang(),
                                x.penyebut(),
                                x.skala(),
                                dicatat.map(RealisasiIndikator::upaya).orElse(null),
                                dicatat.map(RealisasiIndikator::hambatan).orElse(null),
                                dicatat.map(RealisasiIndikator::rencanaTindakLanjut)
                                        .orElse(null),
                                "data urusan " + i.sumberRealisasi(),
                                clock.instant()))
                        .or(() -> dicatat);
            }

            @Override
            public Optional<String> tidakDapatDihitung(Indikator i, int th) {
                if (!i.realisasiTerhitung()) {
                    return Optional.empty();
                }
                return hasil.apply(i).apply(th).map(HasilIndikatorTerhitung::tidakDapatDihitung);
            }
        };
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }

    /** 91 and 91,00 are the same limit: the audit records a change of value, not of scale. */
    private static String angka(BigDecimal nilai) {
        return nilai.stripTrailingZeros().toPlainString();
    }

    /** Where an indicator's yearly realisasi comes from: entered, or computed from urusan data. */
    interface SumberRealisasi {
        Optional<RealisasiIndikator> realisasi(Indikator indikator, int tahun);

        /** Why the indicator's computing plugin failed for the year, if it did. */
        default Optional<String> tidakDapatDihitung(Indikator indikator, int tahun) {
            return Optional.empty();
        }
    }

    static PengukuranKinerja ukur(RencanaTahunan r, AturanCapaian aturan) {
        return ukur(r, aturan, (i, th) -> r.realisasi(i.id(), th, RealisasiIndikator.TAHUNAN));
    }

    static PengukuranKinerja ukur(RencanaTahunan r, AturanCapaian aturan, SumberRealisasi sumber) {
        List<RingkasanSasaran> sasaran = new ArrayList<>();
        List<Capaian> semuaIku = new ArrayList<>();
        for (Sasaran s : r.sasaran()) {
            List<BarisCapaian> baris = r.indikatorSasaran(s.id()).stream()
                    .map(i -> baris(r, aturan, sumber, i, s))
                    .toList();
            List<Capaian> capaian =
                    baris.stream().flatMap(b -> b.capaian().stream()).toList();
            semuaIku.addAll(capaian);
            Optional<Capaian> rata = Capaian.rataRata(capaian);
            sasaran.add(new RingkasanSasaran(
                    s.kode(),
                    s.uraian(),
                    s.urusan(),
                    baris,
                    rata,
                    rata.map(c -> c.terbulat(aturan.pembulatan())),
                    rata.map(aturan::kategori)));
        }
        List<BarisCapaian> lain = r.indikator().stream()
                .filter(i -> !i.iku())
                .map(i -> baris(r, aturan, sumber, i, null))
                .toList();
        Optional<Capaian> rataIku = Capaian.rataRata(semuaIku);

        List<BarisAnggaran> anggaran = new ArrayList<>();
        for (ProgramKegiatan program : r.anak(null)) {
            tambahAnggaran(r, aturan, program, anggaran);
        }
        List<BarisAnggaran> program = anggaran.stream()
                .filter(b -> b.baris().tingkat() == ProgramKegiatan.Tingkat.PROGRAM)
                .toList();
        BarisAnggaran total = jumlah(program, aturan);
        // Urusan subtotals leave out the supporting program (x.xx.01), as the LKIP's table does.
        Map<String, BarisAnggaran> perUrusan = new LinkedHashMap<>();
        program.stream()
                .filter(b -> !penunjang(b))
                .collect(Collectors.groupingBy(b -> b.baris().urusan(), LinkedHashMap::new, Collectors.toList()))
                .forEach((urusan, milik) -> perUrusan.put(urusan, jumlah(milik, aturan)));
        return new PengukuranKinerja(
                r,
                aturan,
                sasaran,
                lain,
                rataIku,
                rataIku.map(c -> c.terbulat(aturan.pembulatan())),
                rataIku.map(aturan::kategori),
                anggaran,
                perUrusan,
                total.anggaran(),
                total.realisasi(),
                total.penyerapan());
    }

    private static BarisCapaian baris(
            RencanaTahunan r, AturanCapaian aturan, SumberRealisasi sumber, Indikator i, Sasaran s) {
        Pembulatan bulat = aturan.pembulatan();
        Optional<BigDecimal> target = r.targetTahunIni(i.id());
        Optional<RealisasiIndikator> catatan = sumber.realisasi(i, r.tahun());
        Optional<BigDecimal> realisasi = catatan.flatMap(c -> c.nilaiTerbit(bulat));
        Optional<Capaian> capaian =
                target.flatMap(t -> realisasi.flatMap(re -> Capaian.hitung(i.polaritas(), i.varianRendah(), t, re)));
        Optional<Capaian> terhadapAkhir = Optional.ofNullable(i.kondisiAkhir())
                .flatMap(akhir -> realisasi.flatMap(re -> Capaian.hitung(i.polaritas(), i.varianRendah(), akhir, re)));
        Optional<BigDecimal> tahunLalu = sumber.realisasi(i, r.tahun() - 1).flatMap(c -> c.nilaiTerbit(bulat));
        String bidang = r.perjanjianUntuk(i.id())
                .flatMap(pk -> r.pejabat(pk.pejabatId()))
                .map(Pejabat::bidangId)
                .flatMap(r::bidang)
                .map(Bidang::nama)
                .orElse(null);
        return new BarisCapaian(
                i,
                s == null ? null : s.kode(),
                s == null ? null : s.uraian(),
                s == null ? null : s.urusan(),
                bidang,
                target,
                realisasi,
                capaian,
                capaian.map(c -> c.terbulat(bulat)),
                capaian.map(aturan::kategori),
                terhadapAkhir,
                terhadapAkhir.map(c -> c.terbulat(bulat)),
                tahunLalu,
                tahunLalu.flatMap(lalu -> realisasi.map(kini -> RumusCapaian.selisih(lalu, kini))),
                catatan,
                // The source gives back the stored record unless it computed one from urusan data.
                catatan.isPresent() && !catatan.equals(r.realisasi(i.id(), r.tahun(), RealisasiIndikator.TAHUNAN)),
                sumber.tidakDapatDihitung(i, r.tahun()).orElse(null));
    }

    /** The supporting program of an urusan (x.xx.01): the seed sums it apart from the urusan it serves. */
    static boolean penunjang(BarisAnggaran b) {
        return b.baris().tingkat() == ProgramKegiatan.Tingkat.PROGRAM
                && b.baris().kode().endsWith(".01");
    }

    /** The sum of several lines, with its own penyerapan; a total has no line or capaian of its own. */
    static BarisAnggaran jumlah(List<BarisAnggaran> baris, AturanCapaian aturan) {
        Rupiah anggaran =
                Rupiah.jumlah(baris.stream().map(BarisAnggaran::anggaran).toList());
        Rupiah realisasi =
                Rupiah.jumlah(baris.stream().map(BarisAnggaran::realisasi).toList());
        return new BarisAnggaran(
                null,
                anggaran,
                realisasi,
                RumusCapaian.penyerapan(anggaran, realisasi).map(aturan::bulatkan),
                Optional.empty(),
                Optional.empty(),
                realisasi.nilai().compareTo(anggaran.nilai()) > 0);
    }

    /** Adds a line and, below it, its children; returns the line's sums for its parent. */
    private static BarisAnggaran tambahAnggaran(
            RencanaTahunan r, AturanCapaian aturan, ProgramKegiatan pk, List<BarisAnggaran> hasil) {
        int posisi = hasil.size();
        Rupiah anggaran;
        Rupiah realisasi;
        if (pk.tingkat() == ProgramKegiatan.Tingkat.SUB_KEGIATAN) {
            anggaran = new Rupiah(pk.anggaran());
            realisasi = new Rupiah(pk.realisasi());
        } else {
            hasil.add(null);
            List<BarisAnggaran> anak = new ArrayList<>();
            for (ProgramKegiatan a : r.anak(pk.id())) {
                anak.add(tambahAnggaran(r, aturan, a, hasil));
            }
            BarisAnggaran jumlahAnak = jumlah(anak, aturan);
            anggaran = jumlahAnak.anggaran();
            realisasi = jumlahAnak.realisasi();
        }
        Optional<BigDecimal> penyerapan =
                RumusCapaian.penyerapan(anggaran, realisasi).map(aturan::bulatkan);
        List<Capaian> capaian = r.indikatorProgram(pk.id()).stream()
                .flatMap(i -> capaianProgram(i).stream())
                .toList();
        Optional<BigDecimal> capaianKinerja = Capaian.rataRata(capaian).map(c -> c.terbulat(aturan.pembulatan()));
        BarisAnggaran baris = new BarisAnggaran(
                pk,
                anggaran,
                realisasi,
                penyerapan,
                capaianKinerja,
                capaianKinerja.flatMap(c -> penyerapan.map(p -> RumusCapaian.efisiensi(c, p))),
                realisasi.nilai().compareTo(anggaran.nilai()) > 0);
        if (pk.tingkat() == ProgramKegiatan.Tingkat.SUB_KEGIATAN) {
            hasil.add(baris);
        } else {
            hasil.set(posisi, baris);
        }
        return baris;
    }

    /** Program and kegiatan indicators are output counts and shares: higher is better. */
    private static Optional<Capaian> capaianProgram(IndikatorProgram i) {
        if (i.target() == null || i.realisasi() == null) {
            return Optional.empty();
        }
        return Capaian.hitung(Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK, null, i.target(), i.realisasi());
    }
}
