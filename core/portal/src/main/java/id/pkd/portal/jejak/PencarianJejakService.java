package id.pkd.portal.jejak;

import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.WaktuDaerah;
import id.pkd.portal.umum.ZonaWaktuDaerah;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching the tenant's trail, newest first, a page at a time (the trail only grows), and
 * walking a whole search result for the export without holding it in memory.
 */
@Service
public class PencarianJejakService {

    /** Largest export: beyond this the auditor narrows the search (by period, say). */
    public static final int BATAS_EKSPOR = 200_000;

    private static final int HALAMAN_EKSPOR = 2_000;

    private final JdbcClient db;
    private final WaktuDaerah waktu;

    PencarianJejakService(JdbcClient db, WaktuDaerah waktu) {
        this.db = db;
        this.waktu = waktu;
    }

    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_PIMPINAN", "ROLE_VERIFIKATOR", "ROLE_PENGAMAT"})
    @Transactional(readOnly = true)
    public List<JejakAudit> cari(SaringanJejak saringan, int offset, int limit) {
        Kueri k = kueri(saringan);
        return db.sql("SELECT * FROM jejak_audit WHERE " + k.where()
                        + " ORDER BY urut DESC LIMIT :limit OFFSET :offset")
                .params(k.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(VerifikasiJejakService::baris)
                .list();
    }

    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_PIMPINAN", "ROLE_VERIFIKATOR", "ROLE_PENGAMAT"})
    @Transactional(readOnly = true)
    public long hitung(SaringanJejak saringan) {
        Kueri k = kueri(saringan);
        return db.sql("SELECT COUNT(*) FROM jejak_audit WHERE " + k.where())
                .params(k.params())
                .query(Long.class)
                .single();
    }

    /** The signed-in region's time zone (WIB, WITA or WIT): the trail is read and searched in it. */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_PIMPINAN", "ROLE_VERIFIKATOR", "ROLE_PENGAMAT"})
    @Transactional(readOnly = true)
    public ZonaWaktuDaerah zona() {
        return waktu.zona();
    }

    /** The record types the tenant's trail holds, for the search's choice list. */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_PIMPINAN", "ROLE_VERIFIKATOR", "ROLE_PENGAMAT"})
    @Transactional(readOnly = true)
    public List<String> jenisData() {
        return db.sql("SELECT DISTINCT jenis_data FROM jejak_audit WHERE tenant_id = ? ORDER BY jenis_data")
                .param(TenantContext.wajib().value())
                .query(String.class)
                .list();
    }

    /**
     * Hands every entry of the search, newest first, to {@code tujuan}, at most {@link
     * #BATAS_EKSPOR}, reading by pages keyed on {@code urut} so memory stays flat.
     */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_PIMPINAN", "ROLE_VERIFIKATOR", "ROLE_PENGAMAT"})
    @Transactional(readOnly = true)
    public int telusuri(SaringanJejak saringan, Consumer<JejakAudit> tujuan) {
        Kueri k = kueri(saringan);
        long setelah = Long.MAX_VALUE;
        int jumlah = 0;
        List<JejakAudit> halaman;
        do {
            int sisa = Math.min(HALAMAN_EKSPOR, BATAS_EKSPOR - jumlah);
            halaman = db.sql("SELECT * FROM jejak_audit WHERE " + k.where()
                            + " AND urut < :setelah ORDER BY urut DESC LIMIT :limit")
                    .params(k.params())
                    .param("setelah", setelah)
                    .param("limit", sisa)
                    .query(VerifikasiJejakService::baris)
                    .list();
            for (JejakAudit j : halaman) {
                tujuan.accept(j);
                setelah = j.urut();
            }
            jumlah += halaman.size();
        } while (halaman.size() == HALAMAN_EKSPOR && jumlah < BATAS_EKSPOR);
        return jumlah;
    }

    private record Kueri(String where, Map<String, Object> params) {}

    private Kueri kueri(SaringanJejak s) {
        if (s.dari() != null && s.sampai() != null && s.sampai().isBefore(s.dari())) {
            throw IsianTidakSahException.pada("sampai", "Tanggal akhir tidak boleh sebelum tanggal awal.");
        }
        List<String> syarat = new ArrayList<>(List.of("tenant_id = :tenant"));
        Map<String, Object> p = new HashMap<>();
        p.put("tenant", TenantContext.wajib().value());
        if (isi(s.oleh())) {
            syarat.add("oleh LIKE :oleh");
            p.put("oleh", "%" + suka(s.oleh()) + "%");
        }
        if (isi(s.jenisData())) {
            syarat.add("jenis_data = :jenis");
            p.put("jenis", s.jenisData().strip());
        }
        if (s.dataId() != null) {
            syarat.add("data_id = :dataId");
            p.put("dataId", s.dataId());
        }
        if (isi(s.isian())) {
            syarat.add("isian LIKE :isian");
            p.put("isian", "%" + suka(s.isian()) + "%");
        }
        if (isi(s.teks())) {
            syarat.add("(jenis_data LIKE :teks OR isian LIKE :teks OR nilai_lama LIKE :teks OR nilai_baru LIKE :teks)");
            p.put("teks", "%" + suka(s.teks()) + "%");
        }
        // A period is read in the region's own zone; looked up once, and only when a period is given.
        ZoneId zona = s.dari() != null || s.sampai() != null ? zona().zoneId() : null;
        if (s.dari() != null) {
            syarat.add("pada >= :dari");
            p.put("dari", awalHari(s.dari(), zona));
        }
        if (s.sampai() != null) {
            syarat.add("pada < :sampai");
            p.put("sampai", awalHari(s.sampai().plusDays(1), zona));
        }
        return new Kueri(String.join(" AND ", syarat), p);
    }

    private static Timestamp awalHari(LocalDate hari, ZoneId zona) {
        return Timestamp.from(hari.atStartOfDay(zona).toInstant());
    }

    private static boolean isi(String teks) {
        return teks != null && !teks.isBlank();
    }

    /** The text taken literally in LIKE: its own % and _ match only themselves. */
    private static String suka(String teks) {
        return teks.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
