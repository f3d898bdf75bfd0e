package id.pkd.portal.rpjmd;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's own tujuan and sasaran of an RPJMD period (misi → tujuan → sasaran), which the IKU Kepala Daerah and
 * the agencies' Renstra sasaran hang on. The tenant admin keeps them; every change of a field is in the audit trail. A
 * sasaran is shown in the LKjIP of every year one of its IKU has a target in, so a change of it (or of its tujuan)
 * passes the write guard for each of those years: a year under review or locked keeps the tree it was accounted by.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class SasaranRpjmdService {

    static final String JENIS_TUJUAN = "tujuan_rpjmd";
    static final String JENIS_SASARAN = "sasaran_rpjmd";
    static final int PANJANG_URAIAN = 1_500;

    private final RpjmdService rpjmd;
    private final TabelSasaranRpjmd tabel;
    private final JdbcClient jdbc;
    private final JejakAuditService jejak;
    private final JagaSasaranRpjmd jaga;
    private final UrutanSasaranRpjmd urutan;

    SasaranRpjmdService(
            RpjmdService rpjmd,
            TabelSasaranRpjmd tabel,
            JdbcClient jdbc,
            JejakAuditService jejak,
            JagaSasaranRpjmd jaga,
            UrutanSasaranRpjmd urutan) {
        this.rpjmd = rpjmd;
        this.tabel = tabel;
        this.jdbc = jdbc;
        this.jejak = jejak;
        this.jaga = jaga;
        this.urutan = urutan;
    }

    /** The period's tujuan by misi and order, each with its sasaran. */
    public List<TujuanRpjmd> pohon(long periodeId) {
        rpjmd.periode(periodeId);
        return tabel.pohon(tenant(), periodeId);
    }

    /** The period's sasaran in the tree's order: what the pickers offer. */
    public List<SasaranRpjmd> semuaSasaran(long periodeId) {
        return pohon(periodeId).stream().flatMap(t -> t.sasaran().stream()).toList();
    }

    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public TujuanRpjmd simpanTujuan(IsianTujuanRpjmd isian) {
        long t = tenant();
        PeriodeRpjmd periode = rpjmd.periode(isian.periodeId());
        tabel.kunciPeriode(t, periode.id());
        List<TujuanRpjmd> semua = tabel.pohon(t, periode.id());
        TujuanRpjmd lama = isian.id() == null ? null : tujuan(semua, isian.id());
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        String kode = salah.teksWajib(isian.kode(), "kode", "Kode tujuan wajib diisi, mis. T1.", 40);
        if (kode != null
                && semua.stream().anyMatch(x -> x.kode().equals(kode) && !Objects.equals(x.id(), isian.id()))) {
            salah.tambah("kode", "Kode " + kode + " sudah dipakai tujuan lain periode ini.");
        }
        String uraian = salah.teksWajib(isian.uraian(), "uraian", "Uraian tujuan wajib diisi.", PANJANG_URAIAN);
        int jumlahMisi = periode.daftarMisi().size();
        if (isian.misiKe() == null || isian.misiKe() < 1 || isian.misiKe() > jumlahMisi) {
            salah.tambah("misiKe", "Pilih misi yang dinaungi tujuan ini (1–" + jumlahMisi + ").");
        }
        salah.lemparJikaAda();
        if (lama != null) {
            jaga.pastikan(sasaranDari(lama), "Tujuan " + lama.kode());
        }
        long id;
        if (lama == null) {
            GeneratedKeyHolder kunci = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO tujuan_rpjmd (tenant_id, periode_id, misi_ke, urutan, kode, uraian)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(
                            t,
                            periode.id(),
                            isian.misiKe(),
                            tabel.urutanBaru(t, "tujuan_rpjmd", "periode_id", periode.id()),
                            kode,
                            uraian)
                    .update(kunci, "id");
            id = kunci.getKey().longValue();
            jejak.catat(JENIS_TUJUAN, id, "dibuat", null, kode);
        } else {
            id = lama.id();
            jdbc.sql("UPDATE tujuan_rpjmd SET misi_ke = ?, kode = ?, uraian = ? WHERE tenant_id = ? AND id = ?")
                    .params(isian.misiKe(), kode, uraian, t, id)
                    .update();
        }
        catat(JENIS_TUJUAN, id, "misiKe", lama == null ? null : lama.misiKe(), isian.misiKe());
        catat(JENIS_TUJUAN, id, "kode", lama == null ? null : lama.kode(), kode);
        catat(JENIS_TUJUAN, id, "uraian", lama == null ? null : lama.uraian(), uraian);
        return tujuan(tabel.pohon(t, periode.id()), id);
    }

    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public SasaranRpjmd simpanSasaran(long periodeId, IsianSasaranRpjmd isian) {
        long t = tenant();
        rpjmd.periode(periodeId);
        tabel.kunciPeriode(t, periodeId);
        List<TujuanRpjmd> semua = tabel.pohon(t, periodeId);
        SasaranRpjmd lama = isian.id() == null ? null : sasaran(semua, isian.id());
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        TujuanRpjmd tujuan = isian.tujuanId() == null
                ? null
                : semua.stream()
                        .filter(x -> x.id() == isian.tujuanId())
                        .findFirst()
                        .orElse(null);
        if (tujuan == null) {
            salah.tambah("tujuanId", "Pilih tujuan RPJMD yang menaungi sasaran ini.");
        }
        String kode = salah.teksWajib(isian.kode(), "kode", "Kode sasaran wajib diisi, mis. S1.1.", 40);
        if (kode != null
                && semua.stream()
                        .flatMap(x -> x.sasaran().stream())
                        .anyMatch(x -> x.kode().equals(kode) && !Objects.equals(x.id(), isian.id()))) {
            salah.tambah("kode", "Kode " + kode + " sudah dipakai sasaran lain periode ini.");
        }
        String uraian = salah.teksWajib(isian.uraian(), "uraian", "Uraian sasaran wajib diisi.", PANJANG_URAIAN);
        salah.lemparJikaAda();
        long id;
        if (lama == null) {
            GeneratedKeyHolder kunci = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO sasaran_rpjmd (tenant_id, periode_id, tujuan_id, urutan, kode, uraian)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(
                            t,
                            periodeId,
                            tujuan.id(),
                            tabel.urutanBaru(t, "sasaran_rpjmd", "tujuan_id", tujuan.id()),
                            kode,
                            uraian)
                    .update(kunci, "id");
            id = kunci.getKey().longValue();
            jejak.catat(JENIS_SASARAN, id, "dibuat", null, kode);
        } else {
            jaga.pastikan(List.of(lama.id()), "Sasaran " + lama.kode());
            id = lama.id();
            boolean pindah = lama.tujuanId() != tujuan.id();
            jdbc.sql(
                            "UPDATE sasaran_rpjmd SET tujuan_id = ?, urutan = ?, kode = ?, uraian = ? WHERE tenant_id = ? AND id = ?")
                    .params(
                            tujuan.id(),
                            pindah ? tabel.urutanBaru(t, "sasaran_rpjmd", "tujuan_id", tujuan.id()) : lama.urutan(),
                            kode,
                            uraian,
                            t,
                            id)
                    .update();
        }
        catat(JENIS_SASARAN, id, "tujuanId", lama == null ? null : lama.tujuanId(), tujuan.id());
        catat(JENIS_SASARAN, id, "kode", lama == null ? null : lama.kode(), kode);
        catat(JENIS_SASARAN, id, "uraian", lama == null ? null : lama.uraian(), uraian);
        return sasaran(tabel.pohon(t, periodeId), id);
    }

    /**
     * Moves a tujuan one place up ({@code naik}) or down among the tujuan of its misi, or a sasaran among those of its
     * tujuan; the two swap places. At the first or last place nothing changes.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void geser(long periodeId, boolean tujuan, long id, boolean naik) {
        rpjmd.periode(periodeId);
        urutan.geser(tenant(), periodeId, tujuan, id, naik);
    }

    /** What a removal takes with it and what loses its link: the confirmation reads it before the row goes. */
    public KetergantunganRpjmd ketergantungan(long periodeId, boolean tujuan, long id) {
        long t = tenant();
        List<TujuanRpjmd> semua = pohon(periodeId);
        List<Long> sasaran = tujuan
                ? sasaranDari(tujuan(semua, id))
                : List.of(sasaran(semua, id).id());
        List<String> ikut = tujuan
                ? tujuan(semua, id).sasaran().stream().map(SasaranRpjmd::label).toList()
                : List.of();
        List<String> renstra = tabel.sasaranRenstra(t, periodeId).stream()
                .filter(r -> r.sasaranRpjmdId() != null && sasaran.contains(r.sasaranRpjmdId()))
                .map(r -> r.namaPerangkatDaerah() + " " + r.kode())
                .toList();
        List<String> tujuanRenstra = tujuan
                ? tabel.tujuanRenstra(t, periodeId).stream()
                        .filter(r -> r.tujuanRpjmdId() != null && r.tujuanRpjmdId() == id)
                        .map(r -> r.namaPerangkatDaerah() + " " + r.kode())
                        .toList()
                : List.of();
        return new KetergantunganRpjmd(ikut, tabel.ikuTertaut(t, sasaran), renstra, tujuanRenstra);
    }

    /**
     * Removes a tujuan with its sasaran, or one sasaran. The IKU and agencies' sasaran linked to them stay, unlinked;
     * a year their LKjIP shows that is under review or locked refuses the whole removal.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void hapus(long periodeId, boolean tujuan, long id) {
        long t = tenant();
        rpjmd.periode(periodeId);
        tabel.kunciPeriode(t, periodeId);
        List<TujuanRpjmd> semua = tabel.pohon(t, periodeId);
        List<SasaranRpjmd> pergi = tujuan ? tujuan(semua, id).sasaran() : List.of(sasaran(semua, id));
        List<Long> idPergi = pergi.stream().map(SasaranRpjmd::id).toList();
        jaga.pastikan(idPergi, tujuan ? "Tujuan" : "Sasaran");
        for (SasaranRpjmd s : pergi) {
            jdbc.sql("SELECT id FROM iku_daerah WHERE tenant_id = ? AND sasaran_rpjmd_id = ?")
                    .params(t, s.id())
                    .query(Long.class)
                    .list()
                    .forEach(iku -> jejak.catat(IkuDaerahService.JENIS, iku, "sasaranRpjmd", s.kode(), null));
            jdbc.sql("SELECT id FROM sasaran WHERE tenant_id = ? AND sasaran_rpjmd_id = ?")
                    .params(t, s.id())
                    .query(Long.class)
                    .list()
                    .forEach(sr -> jejak.catat("sasaran", sr, "sasaranRpjmd", s.kode(), null));
            jdbc.sql("UPDATE iku_daerah SET sasaran_rpjmd_id = NULL WHERE tenant_id = ? AND sasaran_rpjmd_id = ?")
                    .params(t, s.id())
                    .update();
            jdbc.sql("UPDATE sasaran SET sasaran_rpjmd_id = NULL WHERE tenant_id = ? AND sasaran_rpjmd_id = ?")
                    .params(t, s.id())
                    .update();
            jdbc.sql("DELETE FROM sasaran_rpjmd WHERE tenant_id = ? AND id = ?")
                    .params(t, s.id())
                    .update();
            jejak.catat(JENIS_SASARAN, s.id(), "dihapus", s.label(), null);
        }
        if (tujuan) {
            TujuanRpjmd x = tujuan(semua, id);
            // the agencies' Renstra tujuan serving it stay, unlinked, like the sasaran above
            jdbc.sql("SELECT id FROM tujuan WHERE tenant_id = ? AND tujuan_rpjmd_id = ?")
                    .params(t, id)
                    .query(Long.class)
                    .list()
                    .forEach(tr -> jejak.catat("tujuan", tr, "tujuanRpjmd", x.kode(), null));
            jdbc.sql("UPDATE tujuan SET tujuan_rpjmd_id = NULL WHERE tenant_id = ? AND tujuan_rpjmd_id = ?")
                    .params(t, id)
                    .update();
            jdbc.sql("DELETE FROM tujuan_rpjmd WHERE tenant_id = ? AND id = ?")
                    .params(t, id)
                    .update();
            jejak.catat(JENIS_TUJUAN, id, "dihapus", x.label(), null);
        }
    }

    private void catat(String jenis, long id, String isian, Object lama, Object baru) {
        if (!Objects.equals(lama, baru)) {
            jejak.catat(jenis, id, isian, lama, baru);
        }
    }

    static List<Long> sasaranDari(TujuanRpjmd t) {
        return t.sasaran().stream().map(SasaranRpjmd::id).toList();
    }

    static TujuanRpjmd tujuan(List<TujuanRpjmd> semua, long id) {
        return semua.stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Tujuan RPJMD"));
    }

    static SasaranRpjmd sasaran(List<TujuanRpjmd> semua, long id) {
        return semua.stream()
                .flatMap(x -> x.sasaran().stream())
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Sasaran RPJMD"));
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
