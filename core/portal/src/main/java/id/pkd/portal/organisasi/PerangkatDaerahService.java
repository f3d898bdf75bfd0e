package id.pkd.portal.organisasi;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.Bidang;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.Teks;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's agencies (perangkat daerah) with the urusan they hold and their bidang. The tenant admin keeps them,
 * like the officials; every change of a field is in the audit trail. An agency's name and divisions span all years
 * (a locked year keeps them in its frozen snapshot); an agency or bidang something still refers to is not removed,
 * and the refusal says what refers to it.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class PerangkatDaerahService {

    static final String JENIS = "perangkat_daerah";
    static final String JENIS_BIDANG = "bidang";
    private static final Pattern KODE_URUSAN = Pattern.compile("\\d\\.\\d{2}");

    private final PerencanaanService perencanaan;
    private final JdbcClient jdbc;
    private final JejakAuditService jejak;
    private final Ketergantungan ketergantungan;

    PerangkatDaerahService(
            PerencanaanService perencanaan, JdbcClient jdbc, JejakAuditService jejak, Ketergantungan ketergantungan) {
        this.perencanaan = perencanaan;
        this.jdbc = jdbc;
        this.jejak = jejak;
        this.ketergantungan = ketergantungan;
    }

    public List<PerangkatDaerah> daftar() {
        return perencanaan.daftarPerangkatDaerah();
    }

    public PerangkatDaerah perangkatDaerah(long id) {
        return perencanaan.perangkatDaerah(id);
    }

    /** The urusan codes the agency holds, in code order. */
    public List<String> urusan(long perangkatDaerahId) {
        return jdbc.sql("SELECT urusan FROM urusan_perangkat_daerah WHERE tenant_id = ? AND perangkat_daerah_id = ?"
                        + " ORDER BY urusan")
                .params(tenant(), perangkatDaerah(perangkatDaerahId).id())
                .query(String.class)
                .list();
    }

    public List<Bidang> bidang(long perangkatDaerahId) {
        return jdbc.sql("SELECT * FROM bidang WHERE tenant_id = ? AND perangkat_daerah_id = ? ORDER BY kode")
                .params(tenant(), perangkatDaerah(perangkatDaerahId).id())
                .query((rs, n) -> new Bidang(
                        rs.getLong("id"),
                        rs.getLong("tenant_id"),
                        rs.getLong("perangkat_daerah_id"),
                        rs.getString("kode"),
                        rs.getString("nama")))
                .list();
    }

    /** Adds or changes an agency; every wrong field is reported at once, and nothing is saved. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public PerangkatDaerah simpan(IsianPerangkatDaerah isian) {
        long tenant = tenant();
        PerangkatDaerah lama = isian.id() == null ? null : terkunci(tenant, isian.id());
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        String kode = salah.teksWajib(isian.kode(), "kode", "Kode perangkat daerah wajib diisi.", 40);
        if (kode != null
                && daftar().stream()
                        .anyMatch(p -> p.kode().equalsIgnoreCase(kode) && !Objects.equals(p.id(), isian.id()))) {
            salah.tambah("kode", "Kode " + kode + " sudah dipakai perangkat daerah lain.");
        }
        String nama = salah.teksWajib(isian.nama(), "nama", "Nama perangkat daerah wajib diisi.", 300);
        String singkatan = Teks.kosongJadiNull(isian.singkatan());
        if (singkatan != null && singkatan.strip().length() > 100) {
            salah.tambah("singkatan", "Singkatan paling panjang 100 karakter.");
        }
        TreeSet<String> urusan = new TreeSet<>();
        for (String u : isian.urusan() == null ? List.<String>of() : isian.urusan()) {
            if (u == null || !KODE_URUSAN.matcher(u.strip()).matches()) {
                salah.tambah("urusan", "Kode urusan ditulis seperti 1.06 (Permendagri 90/2019): \"" + u + "\".");
            } else {
                urusan.add(u.strip());
            }
        }
        salah.lemparJikaAda();

        String pendek = singkatan == null ? null : singkatan.strip();
        long id;
        if (lama == null) {
            GeneratedKeyHolder kunci = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO perangkat_daerah (tenant_id, kode, nama, singkatan) VALUES (?, ?, ?, ?)")
                    .params(tenant, kode, nama, pendek)
                    .update(kunci, "id");
            id = kunci.getKey().longValue();
        } else {
            id = lama.id();
            jdbc.sql("UPDATE perangkat_daerah SET kode = ?, nama = ?, singkatan = ? WHERE tenant_id = ? AND id = ?")
                    .params(kode, nama, pendek, tenant, id)
                    .update();
        }
        List<String> urusanLama = lama == null ? List.of() : urusan(id);
        jdbc.sql("DELETE FROM urusan_perangkat_daerah WHERE tenant_id = ? AND perangkat_daerah_id = ?")
                .params(tenant, id)
                .update();
        for (String u : urusan) {
            jdbc.sql("INSERT INTO urusan_perangkat_daerah (tenant_id, perangkat_daerah_id, urusan) VALUES (?, ?, ?)")
                    .params(tenant, id, u)
                    .update();
        }
        jejak.catat(JENIS, id, "kode", lama == null ? null : lama.kode(), kode);
        jejak.catat(JENIS, id, "nama", lama == null ? null : lama.nama(), nama);
        jejak.catat(JENIS, id, "singkatan", lama == null ? null : lama.singkatan(), pendek);
        jejak.catat(JENIS, id, "urusan", teks(urusanLama), teks(List.copyOf(urusan)));
        return perangkatDaerah(id);
    }

    /**
     * Removes an agency with its urusan and its bidang, only when nothing else refers to it: officials, Renstra,
     * agreements, programs, approvals and documents stay with their agency, so the refusal lists them.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void hapus(long id) {
        long tenant = tenant();
        PerangkatDaerah pd = terkunci(tenant, id);
        List<String> bergantung =
                ketergantungan.dari(tenant, "perangkat_daerah", id, Set.of("bidang", "urusan_perangkat_daerah"));
        for (Bidang b : bidang(id)) {
            bergantung.addAll(ketergantungan.dari(tenant, "bidang", b.id(), Set.of()).stream()
                    .map(x -> x + " di bidang " + b.nama())
                    .toList());
        }
        if (!bergantung.isEmpty()) {
            throw IsianTidakSahException.pada(
                    "hapus",
                    pd.nama() + " tidak dapat dihapus karena masih dipakai: " + String.join(", ", bergantung)
                            + ". Hapus atau pindahkan data itu lebih dahulu.");
        }
        for (Bidang b : bidang(id)) {
            jejak.catat(JENIS_BIDANG, b.id(), "dihapus", b.kode() + " " + b.nama(), null);
        }
        jdbc.sql("DELETE FROM bidang WHERE tenant_id = ? AND perangkat_daerah_id = ?")
                .params(tenant, id)
                .update();
        jdbc.sql("DELETE FROM urusan_perangkat_daerah WHERE tenant_id = ? AND perangkat_daerah_id = ?")
                .params(tenant, id)
                .update();
        jdbc.sql("DELETE FROM perangkat_daerah WHERE tenant_id = ? AND id = ?")
                .params(tenant, id)
                .update();
        jejak.catat(JENIS, id, "dihapus", pd.kode() + " " + pd.nama(), null);
    }

    /** Adds or renames a bidang of an agency. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public Bidang simpanBidang(IsianBidang isian) {
        long tenant = tenant();
        long pdId = terkunci(tenant, isian.perangkatDaerahId()).id();
        List<Bidang> ada = bidang(pdId);
        Bidang lama = isian.id() == null
                ? null
                : ada.stream()
                        .filter(b -> b.id().equals(isian.id()))
                        .findFirst()
                        .orElseThrow(() -> new DataTidakDitemukanException("Bidang"));
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        String kode = salah.teksWajib(isian.kode(), "kodeBidang", "Kode bidang wajib diisi.", 30);
        if (kode != null && ada.stream().anyMatch(b -> b.kode().equalsIgnoreCase(kode) && !b.id().equals(isian.id()))) {
            salah.tambah("kodeBidang", "Kode " + kode + " sudah dipakai bidang lain perangkat daerah ini.");
        }
        String nama = salah.teksWajib(isian.nama(), "namaBidang", "Nama bidang wajib diisi.", 300);
        salah.lemparJikaAda();
        long id;
        if (lama == null) {
            GeneratedKeyHolder kunci = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO bidang (tenant_id, perangkat_daerah_id, kode, nama) VALUES (?, ?, ?, ?)")
                    .params(tenant, pdId, kode, nama)
                    .update(kunci, "id");
            id = kunci.getKey().longValue();
        } else {
            id = lama.id();
            jdbc.sql("UPDATE bidang SET kode = ?, nama = ? WHERE tenant_id = ? AND id = ?")
                    .params(kode, nama, tenant, id)
                    .update();
        }
        jejak.catat(JENIS_BIDANG, id, "kode", lama == null ? null : lama.kode(), kode);
        jejak.catat(JENIS_BIDANG, id, "nama", lama == null ? null : lama.nama(), nama);
        return new Bidang(id, tenant, pdId, kode, nama);
    }

    /** Removes a bidang no official (or anything else) belongs to. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void hapusBidang(long perangkatDaerahId, long id) {
        long tenant = tenant();
        terkunci(tenant, perangkatDaerahId);
        Bidang b = bidang(perangkatDaerahId).stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Bidang"));
        List<String> bergantung = ketergantungan.dari(tenant, "bidang", id, Set.of());
        if (!bergantung.isEmpty()) {
            throw IsianTidakSahException.pada(
                    "hapusBidang",
                    "Bidang " + b.nama() + " tidak dapat dihapus karena masih dipakai: " + String.join(", ", bergantung)
                            + ".");
        }
        jdbc.sql("DELETE FROM bidang WHERE tenant_id = ? AND id = ?")
                .params(tenant, id)
                .update();
        jejak.catat(JENIS_BIDANG, id, "dihapus", b.kode() + " " + b.nama(), null);
    }

    /** The agency with its row lock: the lock the approval steps take, so an edit never interleaves with them. */
    private PerangkatDaerah terkunci(long tenant, long id) {
        return jdbc.sql("SELECT * FROM perangkat_daerah WHERE tenant_id = ? AND id = ? FOR UPDATE")
                .params(tenant, id)
                .query((rs, n) -> new PerangkatDaerah(
                        rs.getLong("id"),
                        tenant,
                        rs.getString("kode"),
                        rs.getString("nama"),
                        rs.getString("singkatan")))
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Perangkat daerah"));
    }

    private static String teks(List<String> urusan) {
        return urusan.isEmpty() ? null : String.join(", ", urusan);
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
