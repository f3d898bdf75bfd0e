package id.pkd.portal.anggaran;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.ProgramKegiatan;
import id.pkd.portal.perencanaan.SumberDana;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.BolehIsi;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency-year's program → kegiatan → sub kegiatan tree as the budget editor keeps it. Rows are added from the
 * year's nomenclature only (a program under the region, a kegiatan under its program, a sub kegiatan under its
 * kegiatan), named as the nomenclature names them. Operators and admins write; every role reads. Every write first
 * passes {@link PenjagaPerubahan} for the agency-year (a year under review or set is read-only) and every changed
 * field is in the audit trail.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class AnggaranService {

    private final PerencanaanService perencanaan;
    private final PersetujuanService persetujuan;
    private final PenjagaPerubahan penjaga;
    private final JejakAuditService jejak;
    private final NomenklaturService nomenklatur;
    private final TabelAnggaran tabel;

    AnggaranService(
            PerencanaanService perencanaan,
            PersetujuanService persetujuan,
            PenjagaPerubahan penjaga,
            JejakAuditService jejak,
            NomenklaturService nomenklatur,
            TabelAnggaran tabel) {
        this.perencanaan = perencanaan;
        this.persetujuan = persetujuan;
        this.penjaga = penjaga;
        this.jejak = jejak;
        this.nomenklatur = nomenklatur;
        this.tabel = tabel;
    }

    public RencanaAnggaran rencana(long perangkatDaerahId, int tahun) {
        PerangkatDaerah pd = perencanaan.perangkatDaerah(perangkatDaerahId);
        boolean terkunci = !persetujuan.status(pd.id(), tahun).status().bolehDiubah();
        return new RencanaAnggaran(
                pd.id(), tahun, terkunci, nomenklatur.versi(tahun), tabel.baca(tenant(), pd.id(), tahun));
    }

    /**
     * Adds the nomenclature row {@code kode} under {@code indukId} (a program when null). A sub kegiatan starts with
     * pagu 0 from the regency's own budget (APBD Kabupaten/Kota) and no spending.
     */
    @BolehIsi
    @Transactional
    public BarisProgram tambah(long perangkatDaerahId, int tahun, Long indukId, String kode) {
        RencanaAnggaran r = kunci(perangkatDaerahId, tahun);
        BarisProgram induk = indukId == null ? null : cari(r, indukId);
        Nomenklatur n = periksaKode(r, induk, kode, "kode");
        long id = tabel.tambah(
                tenant(),
                r.perangkatDaerahId(),
                tahun,
                n.tingkat().tingkatProgram(),
                indukId,
                n.kode(),
                n.nomenklatur(),
                SumberDana.APBD_KABUPATEN_KOTA,
                BigDecimal.ZERO,
                BigDecimal.ZERO);
        nomenklatur.catatVersi(tahun);
        jejak.catat(jenisJejak(n.tingkat().tingkatProgram()), id, "dibuat", null, n.kode());
        return cari(rencana(perangkatDaerahId, tahun), id);
    }

    /**
     * Checks that {@code kode} is in the year's nomenclature, one level below {@code induk} (or a program), not yet
     * in the tree; reports at {@code isian}.
     */
    Nomenklatur periksaKode(RencanaAnggaran r, BarisProgram induk, String kode, String isian) {
        String k = kode == null ? "" : kode.strip();
        if (k.isEmpty()) {
            throw IsianTidakSahException.pada(isian, "Pilih kode dari nomenklatur.");
        }
        Nomenklatur n = nomenklatur
                .cari(r.tahun(), k)
                .orElseThrow(() -> IsianTidakSahException.pada(
                        isian,
                        "Kode " + k + " tidak ada di nomenklatur " + r.versi().nama() + "."));
        if (induk == null && n.tingkat() != TingkatNomenklatur.PROGRAM) {
            throw IsianTidakSahException.pada(isian, "Kode " + k + " bukan program; tambahkan di bawah induknya.");
        }
        if (induk != null && !induk.kode().equals(n.indukKode())) {
            throw IsianTidakSahException.pada(isian, "Kode " + k + " bukan turunan " + induk.kode() + ".");
        }
        if (r.kode(k).isPresent()) {
            throw IsianTidakSahException.pada(isian, "Kode " + k + " sudah ada di tahun " + r.tahun() + ".");
        }
        return n;
    }

    /** Saves a sub kegiatan's pagu, funding source, quarterly spending and indicators; every wrong field at once. */
    @BolehIsi
    @Transactional
    public BarisProgram simpanSubKegiatan(long perangkatDaerahId, int tahun, IsianSubKegiatan isian) {
        RencanaAnggaran r = kunci(perangkatDaerahId, tahun);
        BarisProgram lama = cari(r, isian.id());
        if (!lama.subKegiatan()) {
            throw new DataTidakDitemukanException("Sub kegiatan");
        }
        IsianSubKegiatan i = AturanAnggaran.periksa(isian);
        Set<Long> milik = lama.indikator().stream()
                .map(BarisProgram.IndikatorAnggaran::id)
                .collect(Collectors.toSet());
        for (int k = 0; k < i.indikator().size(); k++) {
            Long idInd = i.indikator().get(k).id();
            if (idInd != null && !milik.contains(idInd)) {
                throw IsianTidakSahException.pada("indikator." + k + ".nama", "Indikator ini bukan milik baris ini.");
            }
        }
        tulis(lama, i, null);
        return cari(rencana(perangkatDaerahId, tahun), lama.id());
    }

    /**
     * Writes a checked sub kegiatan over {@code lama}, with the audit entries; the guard was already passed.
     * {@code tahunan}: the year's total when no quarter is given (the XLSX import's Realisasi column); null keeps it.
     */
    void tulis(BarisProgram lama, IsianSubKegiatan i, BigDecimal tahunan) {
        long t = tenant();
        // The quarters are the year's total once any is entered; a year recorded as one figure keeps it.
        BigDecimal realisasi = !i.triwulan().isEmpty()
                ? AturanAnggaran.jumlah(i.triwulan())
                : tahunan != null ? tahunan : lama.triwulan().isEmpty() ? lama.realisasi() : BigDecimal.ZERO;
        tabel.ubahSubKegiatan(t, lama.id(), i.sumberDana(), i.anggaran(), realisasi);
        String j = jenisJejak(lama.tingkat());
        jejak.catat(j, lama.id(), "anggaran", angka(lama.anggaran()), angka(i.anggaran()));
        jejak.catat(j, lama.id(), "sumberDana", nama(lama.sumberDana()), nama(i.sumberDana()));
        jejak.catat(j, lama.id(), "realisasi", angka(lama.realisasi()), angka(realisasi));
        for (int tw = 1; tw <= 4; tw++) {
            BigDecimal sebelum = lama.triwulan().get(tw);
            BigDecimal sesudah = i.triwulan().get(tw);
            if (!Objects.equals(angka(sebelum), angka(sesudah))) {
                tabel.simpanTriwulan(t, lama.id(), tw, sesudah);
                jejak.catat(j, lama.id(), "realisasi triwulan " + tw, angka(sebelum), angka(sesudah));
            }
        }
        Map<Long, BarisProgram.IndikatorAnggaran> ada = new HashMap<>();
        lama.indikator().forEach(x -> ada.put(x.id(), x));
        for (int k = 0; k < i.indikator().size(); k++) {
            BarisProgram.IndikatorAnggaran ind = i.indikator().get(k);
            BarisProgram.IndikatorAnggaran sebelum = ind.id() == null ? null : ada.remove(ind.id());
            if (sebelum == null) {
                long id = tabel.tambahIndikator(t, lama.id(), k + 1, ind);
                jejak.catat("indikator_program", id, "dibuat", null, ind.nama());
                jejak.catat("indikator_program", id, "target", null, angka(ind.target()));
            } else {
                tabel.ubahIndikator(t, lama.id(), k + 1, ind);
                jejak.catat("indikator_program", ind.id(), "nama", sebelum.nama(), ind.nama());
                jejak.catat("indikator_program", ind.id(), "satuan", sebelum.satuan(), ind.satuan());
                jejak.catat("indikator_program", ind.id(), "target", angka(sebelum.target()), angka(ind.target()));
            }
        }
        for (BarisProgram.IndikatorAnggaran sisa : ada.values()) {
            tabel.hapusIndikator(t, lama.id(), sisa.id());
            jejak.catat("indikator_program", sisa.id(), "dihapus", sisa.nama(), null);
        }
    }

    /** Removes a row with every row below it, their indicators and quarters. */
    @BolehIsi
    @Transactional
    public void hapus(long perangkatDaerahId, int tahun, long id) {
        RencanaAnggaran r = kunci(perangkatDaerahId, tahun);
        BarisProgram b = cari(r, id);
        List<BarisProgram> turunan = turunan(r, b);
        for (BarisProgram x : turunan.reversed()) {
            tabel.hapus(tenant(), x.id());
            jejak.catat(jenisJejak(x.tingkat()), x.id(), "dihapus", x.kode(), null);
        }
    }

    /** The row and every row below it, parents first. */
    static List<BarisProgram> turunan(RencanaAnggaran r, BarisProgram b) {
        List<BarisProgram> hasil = new java.util.ArrayList<>(List.of(b));
        for (int k = 0; k < hasil.size(); k++) {
            long induk = hasil.get(k).id();
            r.baris().stream().filter(x -> Objects.equals(x.indukId(), induk)).forEach(hasil::add);
        }
        return hasil;
    }

    /** Checks the agency, passes the guard for the year (taking the agency's lock) and reads the tree. */
    RencanaAnggaran kunci(long perangkatDaerahId, int tahun) {
        PerangkatDaerah pd = perencanaan.perangkatDaerah(perangkatDaerahId);
        penjaga.pastikanBolehDiubah(pd.id(), tahun);
        return rencana(pd.id(), tahun);
    }

    static BarisProgram cari(RencanaAnggaran r, long id) {
        return r.baris(id).orElseThrow(() -> new DataTidakDitemukanException("Program/kegiatan"));
    }

    static String jenisJejak(ProgramKegiatan.Tingkat t) {
        return t.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String angka(BigDecimal nilai) {
        return nilai == null ? null : nilai.stripTrailingZeros().toPlainString();
    }

    private static String nama(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static long tenant() {
        return TenantContext.wajib().value();
    }
}
