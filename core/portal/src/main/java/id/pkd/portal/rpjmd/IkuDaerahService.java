package id.pkd.portal.rpjmd;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.capaian.VarianRendah;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The IKU Kepala Daerah of an RPJMD period and their targets per year. A target is a figure of one year: its change
 * passes the write guard for that year, which refuses it once any agency's figures of the year are under review or
 * locked. The indicator's definition spans the period (as the import treats the agencies' indicators).
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class IkuDaerahService {

    static final String JENIS = "iku_daerah";

    /** DECIMAL(20,4): sixteen digits before the point. */
    private static final BigDecimal BATAS = new BigDecimal("1E16");

    private final RpjmdService rpjmd;
    private final JdbcClient jdbc;
    private final JejakAuditService jejak;
    private final PenjagaPerubahan penjaga;

    IkuDaerahService(RpjmdService rpjmd, JdbcClient jdbc, JejakAuditService jejak, PenjagaPerubahan penjaga) {
        this.rpjmd = rpjmd;
        this.jdbc = jdbc;
        this.jejak = jejak;
        this.penjaga = penjaga;
    }

    /** The period's indicators in their order. */
    public List<IkuDaerah> daftar(long periodeId) {
        long tenant = tenant();
        rpjmd.periode(periodeId);
        return baca(tenant, "i.periode_id = ?", periodeId, false);
    }

    public IkuDaerah iku(long id) {
        return baca(tenant(), "i.id = ?", id, false).stream()
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("IKU Kepala Daerah"));
    }

    /** Adds or changes an indicator and its targets; every wrong field is reported at once, and nothing is saved. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public IkuDaerah simpan(IsianIkuDaerah isian) {
        long tenant = tenant();
        PeriodeRpjmd periode = rpjmd.periode(isian.periodeId());
        IkuDaerah lama = isian.id() == null ? null : terkunci(tenant, isian.id());
        if (lama != null && lama.periodeId() != periode.id()) {
            throw new DataTidakDitemukanException("IKU Kepala Daerah");
        }
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        String kode = salah.teksWajib(isian.kode(), "kode", "Kode indikator wajib diisi.", 40);
        if (kode != null
                && baca(tenant, "i.periode_id = ?", periode.id(), false).stream()
                        .anyMatch(i -> i.kode().equals(kode) && !Objects.equals(i.id(), isian.id()))) {
            salah.tambah("kode", "Kode " + kode + " sudah dipakai indikator lain periode ini.");
        }
        String nama = salah.teksWajib(isian.nama(), "nama", "Nama indikator wajib diisi.", 600);
        String satuan = salah.teksWajib(isian.satuan(), "satuan", "Satuan wajib diisi, mis. %, orang, indeks.", 40);
        if (isian.polaritas() == null) {
            salah.tambah("polaritas", "Polaritas wajib dipilih.");
        } else if (isian.polaritas() == Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK && isian.varianRendah() == null) {
            salah.tambah("varianRendah", "Indikator semakin rendah semakin baik memerlukan varian rumus A atau B.");
        }
        VarianRendah varian = isian.polaritas() == Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK ? isian.varianRendah() : null;
        angka(isian.kondisiAwal(), "kondisiAwal", salah);
        angka(isian.kondisiAkhir(), "kondisiAkhir", salah);
        TreeMap<Integer, BigDecimal> target = new TreeMap<>();
        (isian.target() == null ? Map.<Integer, BigDecimal>of() : isian.target()).forEach((th, nilai) -> {
            if (!periode.memuat(th)) {
                salah.tambah("target." + th, "Tahun " + th + " di luar periode RPJMD " + periode.label() + ".");
            } else if (nilai != null && angka(nilai, "target." + th, salah)) {
                target.put(th, nilai);
            }
        });
        salah.lemparJikaAda();

        long id = lama == null ? tambah(tenant, periode.id(), kode) : lama.id();
        IkuDaerah baru = new IkuDaerah(
                id,
                periode.id(),
                lama == null ? 0 : lama.urutan(),
                kode,
                nama,
                satuan,
                isian.polaritas(),
                varian,
                isian.kondisiAwal(),
                isian.kondisiAkhir(),
                target);
        simpanTarget(tenant, lama, baru);
        jdbc.sql("UPDATE iku_daerah SET kode = ?, nama = ?, satuan = ?, polaritas = ?, varian_rendah = ?,"
                        + " kondisi_awal = ?, kondisi_akhir = ? WHERE tenant_id = ? AND id = ?")
                .params(
                        kode,
                        nama,
                        satuan,
                        baru.polaritas().name(),
                        varian == null ? null : varian.name(),
                        baru.kondisiAwal(),
                        baru.kondisiAkhir(),
                        tenant,
                        id)
                .update();
        catat(lama, baru);
        return iku(id);
    }

    /** Removes an indicator with its targets; refused when a year it has a target for is locked. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void hapus(long id) {
        long tenant = tenant();
        IkuDaerah lama = terkunci(tenant, id);
        lama.target().keySet().forEach(this::jaga);
        lama.target().forEach((th, nilai) -> jejak.catat(JENIS, id, "target " + th, teks(nilai), null));
        jdbc.sql("DELETE FROM target_iku_daerah WHERE tenant_id = ? AND iku_daerah_id = ?")
                .params(tenant, id)
                .update();
        // Its realisasi go with it, so each of their years must be open too.
        jdbc.sql("SELECT tahun FROM realisasi_iku_daerah WHERE tenant_id = ? AND iku_daerah_id = ?")
                .params(tenant, id)
                .query(Integer.class)
                .list()
                .forEach(this::jaga);
        jdbc.sql("DELETE FROM realisasi_iku_daerah WHERE tenant_id = ? AND iku_daerah_id = ?")
                .params(tenant, id)
                .update();
        jdbc.sql("DELETE FROM iku_daerah WHERE tenant_id = ? AND id = ?")
                .params(tenant, id)
                .update();
        jejak.catat(JENIS, id, "dihapus", lama.kode() + " " + lama.nama(), null);
    }

    /**
     * Moves an indicator one place up ({@code naik}) or down in the period's order, the order the screens and the
     * LKjIP list them in. The two indicators trade places; each year either has a target in shows them in a new
     * order, so each such year must be open. At the top or bottom already: nothing changes.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public List<IkuDaerah> geser(long id, boolean naik) {
        long tenant = tenant();
        IkuDaerah dipindah = iku(id);
        // every row of the period locked, so two admins' moves do not interleave into a duplicated place
        List<IkuDaerah> urut = baca(tenant, "i.periode_id = ?", dipindah.periodeId(), true);
        int i = urut.stream().map(IkuDaerah::id).toList().indexOf(id);
        int j = naik ? i - 1 : i + 1;
        if (j < 0 || j >= urut.size()) {
            return urut;
        }
        IkuDaerah sendiri = urut.get(i);
        IkuDaerah tetangga = urut.get(j);
        TreeSet<Integer> tahun = new TreeSet<>(sendiri.target().keySet());
        tahun.addAll(tetangga.target().keySet());
        for (int th : tahun) {
            try {
                penjaga.pastikanDaerahBolehDiubah(th);
            } catch (DataTerkunciException e) {
                throw new DataTerkunciException("Urutan IKU " + sendiri.kode() + " dan " + tetangga.kode()
                        + " tidak dapat diubah: keduanya tampil di LKjIP tahun " + th + ". " + e.getMessage());
            }
        }
        // renumbered 1..n on the way, so places stay distinct even after an import left gaps or ties
        for (int k = 0; k < urut.size(); k++) {
            IkuDaerah x = urut.get(k);
            int baru = k == i ? j + 1 : k == j ? i + 1 : k + 1;
            if (baru != x.urutan()) {
                jdbc.sql("UPDATE iku_daerah SET urutan = ? WHERE tenant_id = ? AND id = ?")
                        .params(baru, tenant, x.id())
                        .update();
                jejak.catat(JENIS, x.id(), "urutan", x.urutan(), baru);
            }
        }
        return baca(tenant, "i.periode_id = ?", dipindah.periodeId(), false);
    }

    /** Asks the guard for a year of the region's figures; the refusal names the indicator's year. */
    private void jaga(int tahun) {
        try {
            penjaga.pastikanDaerahBolehDiubah(tahun);
        } catch (DataTerkunciException e) {
            throw new DataTerkunciException(
                    "Target IKU Kepala Daerah tahun " + tahun + " tidak dapat diubah. " + e.getMessage());
        }
    }

    private long tambah(long tenant, long periodeId, String kode) {
        int urutan = jdbc.sql(
                        "SELECT COALESCE(MAX(urutan), 0) + 1 FROM iku_daerah WHERE tenant_id = ? AND periode_id = ?")
                .params(tenant, periodeId)
                .query(Integer.class)
                .single();
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        // the definition is filled in right after, in the same transaction
        jdbc.sql("INSERT INTO iku_daerah (tenant_id, periode_id, urutan, kode, nama, satuan, polaritas)"
                        + " VALUES (?, ?, ?, ?, '', '', 'SEMAKIN_TINGGI_SEMAKIN_BAIK')")
                .params(tenant, periodeId, urutan, kode)
                .update(id, "id");
        return id.getKey().longValue();
    }

    private void simpanTarget(long tenant, IkuDaerah lama, IkuDaerah baru) {
        Map<Integer, BigDecimal> sebelum = lama == null ? Map.of() : lama.target();
        TreeSet<Integer> tahun = new TreeSet<>(sebelum.keySet());
        tahun.addAll(baru.target().keySet());
        for (int th : tahun) {
            String teksLama = teks(sebelum.get(th));
            String teksBaru = teks(baru.target(th));
            if (Objects.equals(teksLama, teksBaru)) {
                continue;
            }
            jaga(th);
            jdbc.sql("DELETE FROM target_iku_daerah WHERE tenant_id = ? AND iku_daerah_id = ? AND tahun = ?")
                    .params(tenant, baru.id(), th)
                    .update();
            if (teksBaru != null) {
                jdbc.sql("INSERT INTO target_iku_daerah (tenant_id, iku_daerah_id, tahun, nilai) VALUES (?, ?, ?, ?)")
                        .params(tenant, baru.id(), th, baru.target(th))
                        .update();
            }
            jejak.catat(JENIS, baru.id(), "target " + th, teksLama, teksBaru);
        }
    }

    private void catat(IkuDaerah lama, IkuDaerah baru) {
        Map<String, Function<IkuDaerah, Object>> isian = new TreeMap<>(Map.of(
                "kode", IkuDaerah::kode,
                "nama", IkuDaerah::nama,
                "satuan", IkuDaerah::satuan,
                "polaritas", IkuDaerah::polaritas,
                "varianRendah", IkuDaerah::varianRendah,
                "kondisiAwal", i -> teks(i.kondisiAwal()),
                "kondisiAkhir", i -> teks(i.kondisiAkhir())));
        isian.forEach((nama, nilai) ->
                jejak.catat(JENIS, baru.id(), nama, lama == null ? null : nilai.apply(lama), nilai.apply(baru)));
    }

    /** The indicator with its row lock, so two admins' saves of its targets are serialised. */
    private IkuDaerah terkunci(long tenant, long id) {
        return baca(tenant, "i.id = ?", id, true).stream()
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("IKU Kepala Daerah"));
    }

    private List<IkuDaerah> baca(long tenant, String syarat, long nilai, boolean kunci) {
        Map<Long, TreeMap<Integer, BigDecimal>> target = new HashMap<>();
        jdbc.sql("SELECT t.iku_daerah_id, t.tahun, t.nilai FROM target_iku_daerah t JOIN iku_daerah i"
                        + " ON i.tenant_id = t.tenant_id AND i.id = t.iku_daerah_id WHERE i.tenant_id = ? AND "
                        + syarat)
                .params(tenant, nilai)
                .query(rs -> {
                    target.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                            .put(rs.getInt(2), rs.getBigDecimal(3).stripTrailingZeros());
                });
        return jdbc.sql("SELECT * FROM iku_daerah i WHERE i.tenant_id = ? AND " + syarat + " ORDER BY i.urutan, i.id"
                        + (kunci ? " FOR UPDATE" : ""))
                .params(tenant, nilai)
                .query((rs, n) -> new IkuDaerah(
                        rs.getLong("id"),
                        rs.getLong("periode_id"),
                        rs.getInt("urutan"),
                        rs.getString("kode"),
                        rs.getString("nama"),
                        rs.getString("satuan"),
                        Polaritas.valueOf(rs.getString("polaritas")),
                        rs.getString("varian_rendah") == null
                                ? null
                                : VarianRendah.valueOf(rs.getString("varian_rendah")),
                        polos(rs.getBigDecimal("kondisi_awal")),
                        polos(rs.getBigDecimal("kondisi_akhir")),
                        target.getOrDefault(rs.getLong("id"), new TreeMap<>())))
                .list();
    }

    private static BigDecimal polos(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros();
    }

    /** A figure as the audit trail and the import record it: four decimals at most, no trailing zeros. */
    static String teks(BigDecimal nilai) {
        if (nilai == null) {
            return null;
        }
        BigDecimal s = nilai.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static boolean angka(BigDecimal nilai, String isian, IsianTidakSahException.Pengumpul salah) {
        if (nilai == null) {
            return true;
        }
        if (nilai.abs().compareTo(BATAS) >= 0) {
            salah.tambah(isian, "Angka terlalu besar.");
            return false;
        }
        if (nilai.stripTrailingZeros().scale() > 4) {
            salah.tambah(isian, "Paling banyak 4 angka di belakang koma.");
            return false;
        }
        return true;
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
