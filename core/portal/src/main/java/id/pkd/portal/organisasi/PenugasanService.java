package id.pkd.portal.organisasi;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.AturanPenugasan;
import id.pkd.portal.perencanaan.Pejabat;
import id.pkd.portal.perencanaan.PejabatService;
import id.pkd.portal.perencanaan.Pelaksana;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.Teks;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officials' assignments to positions for a period (table pelaksana): the definitive holder, or a Plt / Plh acting
 * for the position, as documents name the signer. A position has one definitive holder at a time in an agency. The
 * tenant admin keeps them; every change is in the audit trail. They span years, as the import treats them.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class PenugasanService {

    static final String JENIS = "pelaksana";

    private final PejabatService pejabat;
    private final JdbcClient jdbc;
    private final JejakAuditService jejak;

    PenugasanService(PejabatService pejabat, JdbcClient jdbc, JejakAuditService jejak) {
        this.pejabat = pejabat;
        this.jdbc = jdbc;
        this.jejak = jejak;
    }

    /** An official's assignments, the latest first. */
    public List<Pelaksana> daftar(long pejabatId) {
        long id = pejabat.pejabat(pejabatId).id();
        return jdbc.sql("SELECT * FROM pelaksana WHERE tenant_id = ? AND pejabat_id = ? ORDER BY mulai DESC, id")
                .params(tenant(), id)
                .query(PenugasanService::baris)
                .list();
    }

    /** Adds or changes an assignment; every wrong field is reported at once, and nothing is saved. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public Pelaksana simpan(IsianPenugasan isian) {
        long tenant = tenant();
        Pejabat p = pejabat.pejabat(isian.pejabatId());
        // the agency's lock serialises two admins assigning the same position
        jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND id = ? FOR UPDATE")
                .params(tenant, p.perangkatDaerahId())
                .query(Long.class)
                .single();
        Pelaksana lama = isian.id() == null ? null : cari(tenant, isian.id());
        if (lama != null && lama.pejabatId() != p.id()) {
            throw new DataTidakDitemukanException("Penugasan");
        }
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        if (isian.jenis() == null || !AturanPenugasan.JENIS.contains(isian.jenis())) {
            salah.tambah("jenis", "Jenis penugasan wajib dipilih: Definitif, Plt. atau Plh.");
        }
        String jabatan = Teks.kosongJadiNull(isian.jabatan());
        if (jabatan == null) {
            salah.tambah("jabatanPenugasan", "Jabatan yang dipegang wajib diisi.");
        } else if (jabatan.strip().length() > 300) {
            salah.tambah("jabatanPenugasan", "Jabatan paling panjang 300 karakter.");
        }
        if (isian.mulai() == null) {
            salah.tambah("mulai", "Tanggal mulai wajib diisi.");
        }
        if (isian.selesai() == null) {
            salah.tambah("selesai", "Tanggal selesai wajib diisi.");
        } else if (isian.mulai() != null && isian.selesai().isBefore(isian.mulai())) {
            salah.tambah("selesai", "Tanggal selesai tidak boleh sebelum tanggal mulai.");
        }
        if (!salah.ada("jenis") && jabatan != null && isian.mulai() != null && !salah.ada("selesai")) {
            periksaBentrok(tenant, p, isian, jabatan.strip(), salah);
        }
        salah.lemparJikaAda();

        String dipegang = jabatan.strip();
        long id;
        if (lama == null) {
            GeneratedKeyHolder kunci = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO pelaksana (tenant_id, pejabat_id, jenis, jabatan, mulai, selesai)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(tenant, p.id(), isian.jenis(), dipegang, isian.mulai(), isian.selesai())
                    .update(kunci, "id");
            id = kunci.getKey().longValue();
        } else {
            id = lama.id();
            jdbc.sql(
                            "UPDATE pelaksana SET jenis = ?, jabatan = ?, mulai = ?, selesai = ? WHERE tenant_id = ? AND id = ?")
                    .params(isian.jenis(), dipegang, isian.mulai(), isian.selesai(), tenant, id)
                    .update();
        }
        Pelaksana baru = new Pelaksana(id, tenant, p.id(), isian.jenis(), dipegang, isian.mulai(), isian.selesai());
        jejak.catat(JENIS, id, "jenis", lama == null ? null : lama.jenis(), baru.jenis());
        jejak.catat(JENIS, id, "jabatan", lama == null ? null : lama.jabatan(), baru.jabatan());
        jejak.catat(JENIS, id, "mulai", lama == null ? null : lama.mulai(), baru.mulai());
        jejak.catat(JENIS, id, "selesai", lama == null ? null : lama.selesai(), baru.selesai());
        return baru;
    }

    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void hapus(long id) {
        long tenant = tenant();
        Pelaksana lama = cari(tenant, id);
        jdbc.sql("DELETE FROM pelaksana WHERE tenant_id = ? AND id = ?")
                .params(tenant, id)
                .update();
        jejak.catat(
                JENIS, id, "dihapus", lama.jabatanTercetak() + " " + lama.mulai() + " s.d. " + lama.selesai(), null);
    }

    /**
     * One definitive holder of a position at a time in the agency, and one assignment of a kind per official and
     * start date (the key the plan import matches assignments by).
     */
    private void periksaBentrok(
            long tenant, Pejabat p, IsianPenugasan isian, String jabatan, IsianTidakSahException.Pengumpul salah) {
        List<Object[]> lain = jdbc.sql(
                        """
                        SELECT l.*, o.nama AS nama_pejabat FROM pelaksana l
                        JOIN pejabat o ON o.tenant_id = l.tenant_id AND o.id = l.pejabat_id
                        WHERE l.tenant_id = ? AND o.perangkat_daerah_id = ?""")
                .params(tenant, p.perangkatDaerahId())
                .query((rs, n) -> new Object[] {baris(rs, n), rs.getString("nama_pejabat")})
                .list();
        for (Object[] x : lain) {
            Pelaksana l = (Pelaksana) x[0];
            if (Objects.equals(l.id(), isian.id())) {
                continue;
            }
            if (l.pejabatId() == p.id()
                    && l.jenis().equals(isian.jenis())
                    && l.mulai().equals(isian.mulai())) {
                salah.tambah(
                        "mulai",
                        "Pejabat ini sudah punya penugasan " + AturanPenugasan.label(l.jenis())
                                + " yang mulai pada tanggal yang sama.");
            }
            if ("DEFINITIF".equals(isian.jenis())
                    && "DEFINITIF".equals(l.jenis())
                    && AturanPenugasan.samaJabatan(jabatan, l.jabatan())
                    && AturanPenugasan.bertumpang(isian.mulai(), isian.selesai(), l.mulai(), l.selesai())) {
                salah.tambah(
                        "mulai",
                        "Jabatan " + l.jabatan() + " sudah dipegang definitif oleh " + x[1] + " pada " + l.mulai()
                                + " s.d. " + l.selesai() + ".");
            }
        }
    }

    private Pelaksana cari(long tenant, long id) {
        return jdbc.sql("SELECT * FROM pelaksana WHERE tenant_id = ? AND id = ?")
                .params(tenant, id)
                .query(PenugasanService::baris)
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Penugasan"));
    }

    private static Pelaksana baris(ResultSet rs, int n) throws SQLException {
        return new Pelaksana(
                rs.getLong("id"),
                rs.getLong("tenant_id"),
                rs.getLong("pejabat_id"),
                rs.getString("jenis"),
                rs.getString("jabatan"),
                rs.getObject("mulai", java.time.LocalDate.class),
                rs.getObject("selesai", java.time.LocalDate.class));
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
