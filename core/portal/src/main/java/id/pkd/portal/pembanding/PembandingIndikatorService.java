package id.pkd.portal.pembanding;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.ValidasiGagalException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national and provincial figures the agency records beside its indicators (issue 14). They belong to the
 * year's accounting: a year under review or locked refuses changes as its realisasi does, and every change is
 * audited.
 */
@Service
public class PembandingIndikatorService {

    static final int PANJANG_WILAYAH = 120;
    static final int PANJANG_SUMBER = 300;

    private final JdbcClient jdbc;
    private final PerencanaanService perencanaan;
    private final PenjagaPerubahan penjaga;
    private final JejakAuditService jejak;
    private final Clock jam;

    PembandingIndikatorService(
            JdbcClient jdbc,
            PerencanaanService perencanaan,
            PenjagaPerubahan penjaga,
            JejakAuditService jejak,
            Clock jam) {
        this.jdbc = jdbc;
        this.perencanaan = perencanaan;
        this.penjaga = penjaga;
        this.jejak = jejak;
        this.jam = jam;
    }

    /** The figures of one indicator in one year: provincial before national, targets before realisasi. */
    @BolehBaca
    @Transactional(readOnly = true)
    public List<PembandingIndikator> daftar(long indikatorId, int tahun) {
        return perIndikator("indikator_id = :id", indikatorId, tahun).getOrDefault(indikatorId, List.of());
    }

    /** The figures of every indicator of an agency in one year, by indicator (for the LKIP). */
    @BolehBaca
    @Transactional(readOnly = true)
    public Map<Long, List<PembandingIndikator>> perIndikatorPerangkatDaerah(long perangkatDaerahId, int tahun) {
        return perIndikator("perangkat_daerah_id = :id", perangkatDaerahId, tahun);
    }

    /**
     * Records the figure of one level and kind for the indicator's year, replacing the one recorded before (the
     * region, value and source are audited field by field).
     */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_OPERATOR", "ROLE_PIMPINAN"})
    @Transactional
    public PembandingIndikator simpan(long indikatorId, int tahun, PembandingIndikator.Isian isian) {
        Indikator indikator = perencanaan.indikator(indikatorId);
        periksa(tahun, isian);
        penjaga.pastikanBolehDiubah(indikator.perangkatDaerahId(), tahun, indikatorId);
        String wilayah = isian.wilayah().strip();
        String sumber = isian.sumber().strip();
        PembandingIndikator lama = daftar(indikatorId, tahun).stream()
                .filter(p -> p.tingkat() == isian.tingkat() && p.jenis() == isian.jenis())
                .findFirst()
                .orElse(null);
        Timestamp pada = Timestamp.from(jam.instant());
        long tenant = TenantContext.wajib().value();
        if (lama == null) {
            jdbc.sql("INSERT INTO pembanding_indikator (tenant_id, perangkat_daerah_id, indikator_id, tahun, tingkat,"
                            + " jenis, wilayah, nilai, sumber, diubah_oleh, diubah_pada) VALUES (:t, :pd, :i, :tahun,"
                            + " :tingkat, :jenis, :wilayah, :nilai, :sumber, :oleh, :pada)")
                    .param("t", tenant)
                    .param("pd", indikator.perangkatDaerahId())
                    .param("i", indikatorId)
                    .param("tahun", tahun)
                    .param("tingkat", isian.tingkat().name())
                    .param("jenis", isian.jenis().name())
                    .param("wilayah", wilayah)
                    .param("nilai", isian.nilai())
                    .param("sumber", sumber)
                    .param("oleh", JejakAuditService.pelaku())
                    .param("pada", pada)
                    .update();
        } else {
            jdbc.sql("UPDATE pembanding_indikator SET wilayah = :wilayah, nilai = :nilai, sumber = :sumber,"
                            + " diubah_oleh = :oleh, diubah_pada = :pada WHERE tenant_id = :t AND id = :id")
                    .param("wilayah", wilayah)
                    .param("nilai", isian.nilai())
                    .param("sumber", sumber)
                    .param("oleh", JejakAuditService.pelaku())
                    .param("pada", pada)
                    .param("t", tenant)
                    .param("id", lama.id())
                    .update();
        }
        PembandingIndikator baru = daftar(indikatorId, tahun).stream()
                .filter(p -> p.tingkat() == isian.tingkat() && p.jenis() == isian.jenis())
                .findFirst()
                .orElseThrow();
        String awalan = isian.tingkat().name().toLowerCase() + "."
                + isian.jenis().name().toLowerCase() + ".";
        catatBila(baru.id(), awalan + "wilayah", lama == null ? null : lama.wilayah(), baru.wilayah());
        catatBila(
                baru.id(),
                awalan + "nilai",
                lama == null ? null : lama.nilai().toPlainString(),
                baru.nilai().toPlainString());
        catatBila(baru.id(), awalan + "sumber", lama == null ? null : lama.sumber(), baru.sumber());
        return baru;
    }

    /** Removes a recorded figure; the year must still be open. */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_OPERATOR", "ROLE_PIMPINAN"})
    @Transactional
    public void hapus(long indikatorId, int tahun, long id) {
        Indikator indikator = perencanaan.indikator(indikatorId);
        PembandingIndikator lama = daftar(indikatorId, tahun).stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Pembanding indikator"));
        penjaga.pastikanBolehDiubah(indikator.perangkatDaerahId(), tahun, indikatorId);
        String awalan =
                lama.tingkat().name().toLowerCase() + "." + lama.jenis().name().toLowerCase() + ".";
        jejak.catat("pembanding_indikator", id, awalan + "nilai", lama.nilai().toPlainString(), null);
        jdbc.sql("DELETE FROM pembanding_indikator WHERE tenant_id = :t AND id = :id")
                .param("t", TenantContext.wajib().value())
                .param("id", id)
                .update();
    }

    static void periksa(int tahun, PembandingIndikator.Isian isian) {
        ValidasiGagalException.Pengumpul galat = new ValidasiGagalException.Pengumpul();
        if (tahun < 2000 || tahun > 2100) {
            galat.tambah("tahun", "Tahun tidak sah.");
        }
        if (isian.tingkat() == null) {
            galat.tambah("tingkat", "Pilih tingkat nasional atau provinsi.");
        }
        if (isian.jenis() == null) {
            galat.tambah("jenis", "Pilih target atau realisasi.");
        }
        teks(galat, "wilayah", "Wilayah", isian.wilayah(), PANJANG_WILAYAH);
        teks(galat, "sumber", "Sumber", isian.sumber(), PANJANG_SUMBER);
        if (isian.nilai() == null) {
            galat.tambah("nilai", "Nilai wajib diisi.");
        } else if (isian.nilai().abs().compareTo(new BigDecimal("1000000000000000")) >= 0
                || isian.nilai().stripTrailingZeros().scale() > 4) {
            galat.tambah("nilai", "Nilai paling banyak 15 digit dengan 4 angka di belakang koma.");
        }
        galat.lemparJikaAda();
    }

    private static void teks(ValidasiGagalException.Pengumpul galat, String isian, String label, String v, int maks) {
        if (v == null || v.isBlank()) {
            galat.tambah(isian, label + " wajib diisi.");
        } else if (v.strip().length() > maks) {
            galat.tambah(isian, label + " paling banyak " + maks + " karakter.");
        }
    }

    /** Without the column's trailing zeros, never in exponent form ("90", not "9E+1"). */
    static BigDecimal normal(BigDecimal v) {
        BigDecimal n = v.stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    private void catatBila(long id, String isian, String lama, String baru) {
        if (!Objects.equals(lama, baru)) {
            jejak.catat("pembanding_indikator", id, isian, lama, baru);
        }
    }

    private Map<Long, List<PembandingIndikator>> perIndikator(String syarat, long id, int tahun) {
        Map<Long, List<PembandingIndikator>> hasil = new LinkedHashMap<>();
        jdbc.sql("SELECT id, indikator_id, tahun, tingkat, jenis, wilayah, nilai, sumber FROM pembanding_indikator"
                        + " WHERE tenant_id = :t AND " + syarat + " AND tahun = :tahun"
                        + " ORDER BY indikator_id, tingkat DESC, jenis DESC")
                .param("t", TenantContext.wajib().value())
                .param("id", id)
                .param("tahun", tahun)
                .query((rs, n) -> new PembandingIndikator(
                        rs.getLong("id"),
                        rs.getLong("indikator_id"),
                        rs.getInt("tahun"),
                        PembandingIndikator.Tingkat.valueOf(rs.getString("tingkat")),
                        PembandingIndikator.Jenis.valueOf(rs.getString("jenis")),
                        rs.getString("wilayah"),
                        normal(rs.getBigDecimal("nilai")),
                        rs.getString("sumber")))
                .list()
                .forEach(p -> hasil.computeIfAbsent(p.indikatorId(), k -> new java.util.ArrayList<>())
                        .add(p));
        return hasil;
    }
}
