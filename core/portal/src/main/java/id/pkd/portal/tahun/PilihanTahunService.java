package id.pkd.portal.tahun;

import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BacaLangsung;
import id.pkd.portal.umum.WaktuDaerah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one rule for the year a screen opens on, so no two screens disagree: the latest year of the tenant's current
 * RPJMD period, not after this year, that has realisasi; else the latest such year that has a target; else this
 * year (in the tenant's own clock) moved into the period. Realisasi comes first because a Renstra carries targets
 * for every year of the period from its first day: a rule on targets alone would always open on the period's end.
 */
@Service
public class PilihanTahunService {

    /** An RPJMD period's first and last year. */
    record Periode(int awal, int akhir) {

        boolean memuat(int tahun) {
            return tahun >= awal && tahun <= akhir;
        }

        int jepit(int tahun) {
            return Math.min(Math.max(tahun, awal), akhir);
        }
    }

    private final JdbcClient jdbc;
    private final WaktuDaerah waktu;

    PilihanTahunService(JdbcClient jdbc, WaktuDaerah waktu) {
        this.jdbc = jdbc;
        this.waktu = waktu;
    }

    /** This year in the tenant's time zone (on 31 December 23:30 WIB it is already next year in Papua). */
    @BacaLangsung
    public int tahunIni() {
        return hariIni().getYear();
    }

    /** Today in the tenant's time zone. */
    @BacaLangsung
    public LocalDate hariIni() {
        return waktu.hariIni();
    }

    /** The year every screen with a year opens on. */
    @BacaLangsung
    public int tahunBawaan() {
        int sekarang = tahunIni();
        Optional<Periode> periode = periodeBerjalan(periode(), sekarang);
        if (periode.isEmpty()) {
            return sekarang;
        }
        Periode p = periode.get();
        int batas = Math.min(p.akhir(), sekarang);
        return tahunTerakhir("realisasi_indikator", p.awal(), batas)
                .or(() -> tahunTerakhir("target_indikator", p.awal(), batas))
                .orElse(p.jepit(sekarang));
    }

    /**
     * The years a year picker offers, newest first: every year of every RPJMD period of the tenant, plus this year
     * when no period holds it (a new tenant still gets a year to choose).
     */
    @BacaLangsung
    public List<Integer> daftarTahun() {
        int sekarang = tahunIni();
        List<Integer> tahun = new ArrayList<>(periode().stream()
                .flatMap(p -> IntStream.rangeClosed(p.awal(), p.akhir()).boxed())
                .distinct()
                .toList());
        if (!tahun.contains(sekarang)) {
            tahun.add(sekarang);
        }
        tahun.sort(Comparator.reverseOrder());
        return List.copyOf(tahun);
    }

    /** The period holding this year; else the latest that began before it; else the first one. */
    static Optional<Periode> periodeBerjalan(List<Periode> semua, int sekarang) {
        return semua.stream()
                .filter(p -> p.memuat(sekarang))
                .findFirst()
                .or(() -> semua.stream().filter(p -> p.awal() <= sekarang).max(Comparator.comparingInt(Periode::awal)))
                .or(() -> semua.stream().min(Comparator.comparingInt(Periode::awal)));
    }

    private List<Periode> periode() {
        return jdbc.sql("SELECT tahun_awal, tahun_akhir FROM periode_rpjmd WHERE tenant_id = ? ORDER BY tahun_awal")
                .param(tenant())
                .query((rs, i) -> new Periode(rs.getInt(1), rs.getInt(2)))
                .list();
    }

    private Optional<Integer> tahunTerakhir(String tabel, int dari, int sampai) {
        // the table name is one of two constants of this class, never user input
        return jdbc.sql("SELECT MAX(tahun) FROM " + tabel + " WHERE tenant_id = ? AND tahun BETWEEN ? AND ?")
                .params(tenant(), dari, sampai)
                .query(Integer.class)
                .optional();
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
