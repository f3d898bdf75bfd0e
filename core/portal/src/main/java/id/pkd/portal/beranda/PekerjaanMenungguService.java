package id.pkd.portal.beranda;

import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tahun.PilihanTahunService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for each role of a tenant, counted in a few queries of the tenant's own rows: the verifikator's
 * submissions, the operator's rejections and the indicators still without realisasi for the current quarter, the
 * pimpinan's verified years to set and documents to sign, the admin's signing certificates that lapse soon.
 */
@Service
public class PekerjaanMenungguService {

    /** How long before a signing certificate lapses the admin is told. */
    static final int HARI_SERTIFIKAT = 30;

    private final JdbcClient jdbc;
    private final PilihanTahunService tahun;

    PekerjaanMenungguService(JdbcClient jdbc, PilihanTahunService tahun) {
        this.jdbc = jdbc;
        this.tahun = tahun;
    }

    /** The work of a role; an item with nothing waiting is left out. */
    @BolehBaca
    @Transactional(readOnly = true)
    public List<PekerjaanMenunggu> untuk(Peran peran) {
        List<PekerjaanMenunggu> hasil = new ArrayList<>();
        switch (peran) {
            case VERIFIKATOR ->
                tambah(
                        hasil,
                        "verifikasi",
                        "pengajuan realisasi menunggu verifikasi",
                        jumlahPersetujuan("DIAJUKAN"),
                        "persetujuan");
            case OPERATOR -> {
                tambah(
                        hasil,
                        "ditolak",
                        "pengajuan ditolak, perlu diperbaiki dan diajukan kembali",
                        jumlahPersetujuan("DITOLAK"),
                        "realisasi");
                LocalDate hariIni = tahun.hariIni();
                int triwulan = (hariIni.getMonthValue() - 1) / 3 + 1;
                tambah(
                        hasil,
                        "tanpa-realisasi",
                        "indikator belum memiliki realisasi Triwulan " + triwulan + " " + hariIni.getYear(),
                        tanpaRealisasi(hariIni.getYear(), triwulan),
                        "realisasi?tahun=" + hariIni.getYear());
            }
            case PIMPINAN -> {
                tambah(
                        hasil,
                        "penetapan",
                        "realisasi terverifikasi menunggu penetapan",
                        jumlahPersetujuan("DIVERIFIKASI"),
                        "persetujuan");
                tambah(hasil, "tanda-tangan", "dokumen menunggu tanda tangan", menungguTandaTangan(), "penerbitan");
            }
            case ADMIN_DAERAH ->
                tambah(
                        hasil,
                        "sertifikat",
                        "sertifikat tanda tangan pejabat habis masa berlakunya dalam " + HARI_SERTIFIKAT + " hari",
                        sertifikatHampirHabis(),
                        "tandatangan/sertifikat");
            default -> {
                // the Pengamat reads; nothing waits for it
            }
        }
        return hasil;
    }

    private static void tambah(List<PekerjaanMenunggu> hasil, String kode, String uraian, long jumlah, String tautan) {
        if (jumlah > 0) {
            hasil.add(new PekerjaanMenunggu(kode, uraian, jumlah, tautan));
        }
    }

    private long jumlahPersetujuan(String status) {
        return jdbc.sql("SELECT COUNT(*) FROM persetujuan WHERE tenant_id = ? AND status = ?")
                .params(tenant(), status)
                .query(Long.class)
                .single();
    }

    /** Indicators with a target this year (Renstra or a Perjanjian Kinerja) and no realisasi for the quarter. */
    private long tanpaRealisasi(int tahunIni, int triwulan) {
        return jdbc.sql(
                        """
                        SELECT COUNT(*) FROM indikator i
                        WHERE i.tenant_id = :t
                          AND (EXISTS (SELECT 1 FROM target_indikator ti
                                       WHERE ti.tenant_id = :t AND ti.indikator_id = i.id AND ti.tahun = :y)
                               OR EXISTS (SELECT 1 FROM pk_indikator pi
                                          JOIN pk_sasaran ps ON ps.tenant_id = pi.tenant_id AND ps.id = pi.pk_sasaran_id
                                          JOIN perjanjian_kinerja pk
                                            ON pk.tenant_id = ps.tenant_id AND pk.id = ps.perjanjian_kinerja_id
                                          WHERE pi.tenant_id = :t AND pi.indikator_id = i.id AND pk.tahun = :y))
                          AND NOT EXISTS (SELECT 1 FROM realisasi_indikator r
                                          WHERE r.tenant_id = :t AND r.indikator_id = i.id AND r.tahun = :y
                                            AND r.triwulan = :tw)""")
                .param("t", tenant())
                .param("y", tahunIni)
                .param("tw", triwulan)
                .query(Long.class)
                .single();
    }

    private long menungguTandaTangan() {
        return jdbc.sql("SELECT COUNT(*) FROM dokumen_terbit WHERE tenant_id = ? AND status = 'MENUNGGU_TANDA_TANGAN'")
                .param(tenant())
                .query(Long.class)
                .single();
    }

    private long sertifikatHampirHabis() {
        LocalDate batas = tahun.hariIni().plusDays(HARI_SERTIFIKAT);
        return jdbc.sql("SELECT COUNT(*) FROM kunci_pejabat WHERE tenant_id = ? AND berlaku_sampai < ?")
                .params(tenant(), java.sql.Date.valueOf(batas))
                .query(Long.class)
                .single();
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
