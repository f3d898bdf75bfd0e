package id.pkd.portal.renstra;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.plugin.DataUrusanService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BatasKolom;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's Renstra of one RPJMD period as the tree editor keeps it: tujuan → sasaran → indikator with a
 * target per year. The tenant admin writes; every role reads. Every write first takes the agency's lock through
 * {@link PenjagaPerubahan} (the lock each approval step takes); a target is a figure of one year and passes the
 * guard for that year, so a locked year's targets stay as approved. What spans the years (names, units,
 * polarity, the tree's shape) is written freely, as the plan import does: a locked year keeps the frozen snapshot
 * of its figures. Every changed field is in the audit trail under the names the plan import uses.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class RenstraService {

    private final PerencanaanService perencanaan;
    private final PersetujuanService persetujuan;
    private final PenjagaPerubahan penjaga;
    private final JejakAuditService jejak;
    private final DataUrusanService dataUrusan;
    private final TabelRenstra tabel;
    private final AturanRenstra aturan;
    private final BacaKetergantungan ketergantungan;

    RenstraService(
            PerencanaanService perencanaan,
            PersetujuanService persetujuan,
            PenjagaPerubahan penjaga,
            JejakAuditService jejak,
            DataUrusanService dataUrusan,
            TabelRenstra tabel,
            AturanRenstra aturan,
            BacaKetergantungan ketergantungan) {
        this.perencanaan = perencanaan;
        this.persetujuan = persetujuan;
        this.penjaga = penjaga;
        this.jejak = jejak;
        this.dataUrusan = dataUrusan;
        this.tabel = tabel;
        this.aturan = aturan;
        this.ketergantungan = ketergantungan;
    }

    public PohonRenstra pohon(long perangkatDaerahId, long periodeId) {
        PerangkatDaerah pd = perencanaan.perangkatDaerah(perangkatDaerahId);
        PeriodeRpjmd p = periode(periodeId);
        Set<Integer> terkunci = java.util.stream.IntStream.rangeClosed(p.tahunAwal(), p.tahunAkhir())
                .filter(th -> !persetujuan.status(pd.id(), th).status().bolehDiubah())
                .boxed()
                .collect(Collectors.toSet());
        return new PohonRenstra(
                pd.id(), p.id(), p.tahunAwal(), p.tahunAkhir(), tabel.baca(tenant(), pd.id(), p.id()), terkunci);
    }

    /**
     * Adds ({@code id} null) or changes a row; moving it under another parent of the same level is a change of
     * {@code indukId}. Every wrong field is reported at once, and nothing is saved.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public BarisRenstra simpan(long perangkatDaerahId, long periodeId, IsianBaris isian) {
        PohonRenstra pohon = kunci(perangkatDaerahId, periodeId);
        BarisRenstra lama = isian.id() == null ? null : cari(pohon, isian.jenis(), isian.id());
        IsianBaris i = aturan.periksa(pohon, isian, BatasKolom.periksa(isian), dataUrusan::sumberDikenal);
        long t = tenant();
        long pd = pohon.perangkatDaerahId();
        long id = lama == null ? tambah(t, pohon, i) : lama.id();
        String jenis = i.jenis().jenisJejak();
        if (lama == null) {
            jejak.catat(jenis, id, "dibuat", null, i.kode());
        } else {
            ubah(t, lama, i);
        }
        if (i.jenis() == JenisBaris.INDIKATOR) {
            for (int th : pohon.tahun()) {
                String sebelum = lama == null ? null : teks(lama.target().get(th));
                String sesudah = teks(i.target().get(th));
                if (!java.util.Objects.equals(sebelum, sesudah)) {
                    penjaga.pastikanBolehDiubah(pd, th, id);
                    tabel.simpanTarget(t, id, th, i.target().get(th));
                    jejak.catat(jenis, id, "target " + th, sebelum, sesudah);
                }
            }
        }
        return cari(pohon(pd, pohon.periodeId()), i.jenis(), id);
    }

    /** Moves a sasaran under another tujuan, or an indicator under another sasaran, of the same Renstra. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public BarisRenstra pindah(long perangkatDaerahId, long periodeId, JenisBaris jenis, long id, long indukBaru) {
        BarisRenstra b = cari(pohon(perangkatDaerahId, periodeId), jenis, id);
        IsianBaris i = IsianBaris.dari(b);
        return simpan(
                perangkatDaerahId,
                periodeId,
                new IsianBaris(
                        i.jenis(),
                        i.id(),
                        indukBaru,
                        i.kode(),
                        i.uraian(),
                        i.urusan(),
                        i.satuan(),
                        i.polaritas(),
                        i.varianRendah(),
                        i.kondisiAwal(),
                        i.kondisiAkhir(),
                        i.sumberData(),
                        i.sumberRealisasi(),
                        i.target()));
    }

    /**
     * Moves a row one place up ({@code naik}) or down among its siblings: the two rows swap places. Refused at the
     * first or last place.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public BarisRenstra geser(long perangkatDaerahId, long periodeId, JenisBaris jenis, long id, boolean naik) {
        PohonRenstra pohon = kunci(perangkatDaerahId, periodeId);
        BarisRenstra b = cari(pohon, jenis, id);
        List<BarisRenstra> saudara = pohon.dari(jenis).stream()
                .filter(x -> java.util.Objects.equals(x.indukId(), b.indukId()))
                .toList();
        int ke = saudara.indexOf(b) + (naik ? -1 : 1);
        if (ke < 0 || ke >= saudara.size()) {
            throw IsianTidakSahException.pada(
                    "urutan", b.label() + (naik ? " sudah di urutan teratas." : " sudah di urutan terbawah."));
        }
        BarisRenstra lain = saudara.get(ke);
        long t = tenant();
        long urutanIni = tabel.urutan(t, jenis, b.id());
        long urutanLain = tabel.urutan(t, jenis, lain.id());
        tabel.aturUrutan(t, jenis, b.id(), urutanLain);
        tabel.aturUrutan(t, jenis, lain.id(), urutanIni);
        jejak.catat(jenis.jenisJejak(), b.id(), "urutan", urutanIni, urutanLain);
        jejak.catat(jenis.jenisJejak(), lain.id(), "urutan", urutanLain, urutanIni);
        return cari(pohon(pohon.perangkatDaerahId(), periodeId), jenis, id);
    }

    /** What depends on a row: what goes with it and what refuses its removal. */
    public Ketergantungan ketergantungan(long perangkatDaerahId, long periodeId, JenisBaris jenis, long id) {
        PohonRenstra pohon = pohon(perangkatDaerahId, periodeId);
        return ketergantungan.baca(pohon, cari(pohon, jenis, id));
    }

    /**
     * Removes a row with the rows below it and their targets, after {@link #ketergantungan} allows it; a target
     * of a locked year refuses the whole removal.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void hapus(long perangkatDaerahId, long periodeId, JenisBaris jenis, long id) {
        PohonRenstra pohon = kunci(perangkatDaerahId, periodeId);
        Ketergantungan k = ketergantungan.baca(pohon, cari(pohon, jenis, id));
        if (!k.bolehDihapus()) {
            throw IsianTidakSahException.pada("hapus", k.alasanDitolak());
        }
        long t = tenant();
        List<BarisRenstra> turunan = BacaKetergantungan.turunan(pohon, k.baris());
        for (BarisRenstra b : turunan.reversed()) {
            if (b.jenis() == JenisBaris.INDIKATOR) {
                for (var target : new java.util.TreeMap<>(b.target()).entrySet()) {
                    penjaga.pastikanBolehDiubah(pohon.perangkatDaerahId(), target.getKey(), b.id());
                    tabel.simpanTarget(t, b.id(), target.getKey(), null);
                    jejak.catat("indikator", b.id(), "target " + target.getKey(), teks(target.getValue()), null);
                }
            }
            tabel.hapus(b.jenis().jenisJejak(), t, b.id());
            jejak.catat(b.jenis().jenisJejak(), b.id(), "dihapus", b.kode(), null);
        }
    }

    private long tambah(long t, PohonRenstra pohon, IsianBaris i) {
        return switch (i.jenis()) {
            case TUJUAN -> tabel.tambahTujuan(t, pohon.perangkatDaerahId(), pohon.periodeId(), i.kode(), i.uraian());
            case SASARAN -> tabel.tambahSasaran(t, i.indukId(), i.kode(), i.uraian(), i.urusan());
            case INDIKATOR -> tabel.tambahIndikator(t, pohon.perangkatDaerahId(), pohon.periodeId(), i);
        };
    }

    private void ubah(long t, BarisRenstra lama, IsianBaris i) {
        String jenis = i.jenis().jenisJejak();
        switch (i.jenis()) {
            case TUJUAN -> tabel.ubahTujuan(t, lama.id(), i.kode(), i.uraian());
            case SASARAN -> tabel.ubahSasaran(t, lama.id(), i.indukId(), i.kode(), i.uraian(), i.urusan());
            case INDIKATOR -> tabel.ubahIndikator(t, lama.id(), i);
        }
        String induk = i.jenis() == JenisBaris.SASARAN ? "tujuanId" : "sasaranId";
        if (i.jenis() != JenisBaris.TUJUAN) {
            jejak.catat(jenis, lama.id(), induk, lama.indukId(), i.indukId());
        }
        jejak.catat(jenis, lama.id(), "kode", lama.kode(), i.kode());
        jejak.catat(jenis, lama.id(), i.jenis() == JenisBaris.INDIKATOR ? "nama" : "uraian", lama.uraian(), i.uraian());
        if (i.jenis() == JenisBaris.SASARAN) {
            jejak.catat(jenis, lama.id(), "urusan", lama.urusan(), i.urusan());
        }
        if (i.jenis() == JenisBaris.INDIKATOR) {
            jejak.catat(jenis, lama.id(), "satuan", lama.satuan(), i.satuan());
            jejak.catat(jenis, lama.id(), "polaritas", nama(lama.polaritas()), nama(i.polaritas()));
            jejak.catat(jenis, lama.id(), "varianRendah", nama(lama.varianRendah()), nama(i.varianRendah()));
            jejak.catat(jenis, lama.id(), "kondisiAwal", teks(lama.kondisiAwal()), teks(i.kondisiAwal()));
            jejak.catat(jenis, lama.id(), "kondisiAkhir", teks(lama.kondisiAkhir()), teks(i.kondisiAkhir()));
            jejak.catat(jenis, lama.id(), "sumberData", lama.sumberData(), i.sumberData());
            jejak.catat(jenis, lama.id(), "sumberRealisasi", lama.sumberRealisasi(), i.sumberRealisasi());
        }
    }

    /** Checks the agency and period belong to the tenant, then takes the agency's lock and reads the tree. */
    private PohonRenstra kunci(long perangkatDaerahId, long periodeId) {
        PerangkatDaerah pd = perencanaan.perangkatDaerah(perangkatDaerahId);
        periode(periodeId);
        penjaga.kunciPerangkatDaerah(List.of(pd.kode()));
        return pohon(pd.id(), periodeId);
    }

    private PeriodeRpjmd periode(long periodeId) {
        return perencanaan.daftarPeriode().stream()
                .filter(p -> p.id() == periodeId)
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Periode RPJMD"));
    }

    static BarisRenstra cari(PohonRenstra pohon, JenisBaris jenis, long id) {
        return pohon.baris().stream()
                .filter(b -> b.jenis() == jenis && b.id() == id)
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException(jenis.label()));
    }

    private static String nama(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** A figure as the audit trail and the plan import write it: the column's 4 decimals, no trailing zeros. */
    static String teks(BigDecimal nilai) {
        if (nilai == null) {
            return null;
        }
        BigDecimal s = nilai.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static boolean semakinRendah(Polaritas p) {
        return p == Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK;
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
