package id.pkd.portal.beranda;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.tahun.PilihanTahunService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.IsianTidakSahException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's SAKIP calendar: its dates (the defaults of PermenPANRB 53/2014 until the Admin Daerah changes them,
 * every change in the audit trail) and this year's deadlines with the days left.
 */
@Service
public class KalenderSakipService {

    static final String JENIS_JEJAK = "kalender_sakip";
    private static final String[] ROMAWI = {"I", "II", "III", "IV"};

    private final JdbcClient jdbc;
    private final JejakAuditService jejak;
    private final PilihanTahunService tahun;
    private final Clock jam;

    KalenderSakipService(JdbcClient jdbc, JejakAuditService jejak, PilihanTahunService tahun, Clock jam) {
        this.jdbc = jdbc;
        this.jejak = jejak;
        this.tahun = tahun;
        this.jam = jam;
    }

    @BolehBaca
    @Transactional(readOnly = true)
    public KalenderSakip pengaturan() {
        return jdbc.sql(
                        """
                        SELECT pk_bulan, pk_hari, monitoring_hari, lkip_bulan, lkip_hari, lkjip_bulan, lkjip_hari
                        FROM kalender_sakip WHERE tenant_id = ?""")
                .param(tenant())
                .query((rs, i) -> new KalenderSakip(
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7)))
                .optional()
                .orElse(KalenderSakip.BAKU);
    }

    /** Checks every field, then saves the calendar and records each changed field. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public KalenderSakip simpan(KalenderSakip baru) {
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        periksaBulan(baru.pkBulan(), "pkBulan", salah);
        periksaBulan(baru.lkipBulan(), "lkipBulan", salah);
        periksaBulan(baru.lkjipBulan(), "lkjipBulan", salah);
        periksaHari(baru.pkHari(), "pkHari", salah);
        periksaHari(baru.lkipHari(), "lkipHari", salah);
        periksaHari(baru.lkjipHari(), "lkjipHari", salah);
        if (baru.monitoringHari() < 1 || baru.monitoringHari() > 60) {
            salah.tambah("monitoringHari", "Isi 1 sampai 60 hari setelah akhir triwulan.");
        }
        salah.lemparJikaAda();
        KalenderSakip lama = pengaturan();
        long t = tenant();
        jdbc.sql(
                        """
                        INSERT INTO kalender_sakip (tenant_id, pk_bulan, pk_hari, monitoring_hari, lkip_bulan, lkip_hari,
                            lkjip_bulan, lkjip_hari, diubah_oleh, diubah_pada)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE pk_bulan = VALUES(pk_bulan), pk_hari = VALUES(pk_hari),
                            monitoring_hari = VALUES(monitoring_hari), lkip_bulan = VALUES(lkip_bulan),
                            lkip_hari = VALUES(lkip_hari), lkjip_bulan = VALUES(lkjip_bulan),
                            lkjip_hari = VALUES(lkjip_hari), diubah_oleh = VALUES(diubah_oleh),
                            diubah_pada = VALUES(diubah_pada)""")
                .params(
                        t,
                        baru.pkBulan(),
                        baru.pkHari(),
                        baru.monitoringHari(),
                        baru.lkipBulan(),
                        baru.lkipHari(),
                        baru.lkjipBulan(),
                        baru.lkjipHari(),
                        JejakAuditService.pelaku(),
                        java.sql.Timestamp.from(jam.instant()))
                .update();
        Map<String, ToIntFunction<KalenderSakip>> isian = new LinkedHashMap<>();
        isian.put("pk_bulan", KalenderSakip::pkBulan);
        isian.put("pk_hari", KalenderSakip::pkHari);
        isian.put("monitoring_hari", KalenderSakip::monitoringHari);
        isian.put("lkip_bulan", KalenderSakip::lkipBulan);
        isian.put("lkip_hari", KalenderSakip::lkipHari);
        isian.put("lkjip_bulan", KalenderSakip::lkjipBulan);
        isian.put("lkjip_hari", KalenderSakip::lkjipHari);
        isian.forEach((nama, f) -> jejak.catat(JENIS_JEJAK, t, nama, f.applyAsInt(lama), f.applyAsInt(baru)));
        return baru;
    }

    /**
     * The deadlines that fall in this calendar year (the tenant's clock), in date order: the year's PK, the
     * monitoring of the last quarter of last year and of this year's first three, last year's LKIP and LKjIP.
     */
    @BolehBaca
    @Transactional(readOnly = true)
    public List<TenggatSakip> tenggatTahunIni() {
        LocalDate hariIni = tahun.hariIni();
        return tenggat(pengaturan(), hariIni);
    }

    static List<TenggatSakip> tenggat(KalenderSakip k, LocalDate hariIni) {
        int y = hariIni.getYear();
        List<TenggatSakip> hasil = new ArrayList<>();
        hasil.add(buat(
                "pk",
                "Perjanjian Kinerja tahun " + y + " ditandatangani",
                tanggal(y, k.pkBulan(), k.pkHari()),
                hariIni,
                "penerbitan"));
        for (int tw = 1; tw <= 4; tw++) {
            int tahunTw = tw == 4 ? y - 1 : y;
            LocalDate akhirTw = YearMonth.of(tahunTw, tw * 3).atEndOfMonth();
            hasil.add(buat(
                    "monitoring-" + tw,
                    "Pemantauan realisasi Triwulan " + ROMAWI[tw - 1] + " " + tahunTw,
                    akhirTw.plusDays(k.monitoringHari()),
                    hariIni,
                    "realisasi"));
        }
        hasil.add(buat(
                "lkip",
                "LKIP perangkat daerah tahun " + (y - 1) + " disampaikan ke kepala daerah",
                tanggal(y, k.lkipBulan(), k.lkipHari()),
                hariIni,
                "dokumen/susun"));
        hasil.add(buat(
                "lkjip",
                "LKjIP pemerintah daerah tahun " + (y - 1) + " disampaikan",
                tanggal(y, k.lkjipBulan(), k.lkjipHari()),
                hariIni,
                "dokumen/susun"));
        hasil.sort(Comparator.comparing(TenggatSakip::tanggal));
        return hasil;
    }

    private static TenggatSakip buat(String kode, String uraian, LocalDate tanggal, LocalDate hariIni, String tautan) {
        return new TenggatSakip(kode, uraian, tanggal, ChronoUnit.DAYS.between(hariIni, tanggal), tautan);
    }

    /** A day past the month's end is its last day. */
    static LocalDate tanggal(int tahun, int bulan, int hari) {
        YearMonth b = YearMonth.of(tahun, bulan);
        return b.atDay(Math.min(hari, b.lengthOfMonth()));
    }

    private static void periksaBulan(int bulan, String isian, IsianTidakSahException.Pengumpul salah) {
        if (bulan < 1 || bulan > 12) {
            salah.tambah(isian, "Bulan 1 sampai 12.");
        }
    }

    private static void periksaHari(int hari, String isian, IsianTidakSahException.Pengumpul salah) {
        if (hari < 1 || hari > 31) {
            salah.tambah(isian, "Tanggal 1 sampai 31 (31 berarti hari terakhir bulan itu).");
        }
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
