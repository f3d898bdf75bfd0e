package id.pkd.portal.rpjmd;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The realisasi of the IKU Kepala Daerah per year. Like their targets it is a figure of the whole region for the
 * year, so its change passes the same guard: refused once any agency's year is under review or locked, since the
 * LKJIP of that year consolidates them.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class RealisasiIkuDaerahService {

    /** DECIMAL(20,4): sixteen digits before the point. */
    private static final BigDecimal BATAS = new BigDecimal("1E16");

    private final IkuDaerahService iku;
    private final RpjmdService rpjmd;
    private final JdbcClient jdbc;
    private final JejakAuditService jejak;
    private final PenjagaPerubahan penjaga;

    RealisasiIkuDaerahService(
            IkuDaerahService iku,
            RpjmdService rpjmd,
            JdbcClient jdbc,
            JejakAuditService jejak,
            PenjagaPerubahan penjaga) {
        this.iku = iku;
        this.rpjmd = rpjmd;
        this.jdbc = jdbc;
        this.jejak = jejak;
        this.penjaga = penjaga;
    }

    /** The year's realisasi of every IKU Kepala Daerah of the tenant, by indicator id; absent when not entered. */
    public Map<Long, BigDecimal> realisasi(int tahun) {
        Map<Long, BigDecimal> hasil = new HashMap<>();
        jdbc.sql("SELECT iku_daerah_id, nilai FROM realisasi_iku_daerah WHERE tenant_id = ? AND tahun = ?")
                .params(tenant(), tahun)
                .query(rs -> {
                    hasil.put(rs.getLong(1), rs.getBigDecimal(2).stripTrailingZeros());
                });
        return hasil;
    }

    /**
     * Enters, changes or (with {@code null}) clears the year's realisasi of an indicator; audited.
     *
     * @throws DataTerkunciException when an agency's year is under review or locked
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void simpan(long ikuId, int tahun, BigDecimal nilai) {
        Map<Integer, BigDecimal> satu = new HashMap<>();
        satu.put(tahun, nilai);
        simpan(ikuId, satu);
    }

    /**
     * The realisasi of several years as typed on the RPJMD screen, all or nothing: every wrong field is reported at
     * once; only the years whose value changed pass the guard, so a locked year left as it was does not block the
     * others.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void simpan(long ikuId, Map<Integer, BigDecimal> nilaiPerTahun) {
        long tenant = tenant();
        IkuDaerah i = iku.iku(ikuId);
        PeriodeRpjmd periode = rpjmd.periode(i.periodeId());
        IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
        nilaiPerTahun.forEach((tahun, nilai) -> {
            String isian = "realisasi." + tahun;
            if (!periode.memuat(tahun)) {
                salah.tambah(isian, "Tahun " + tahun + " di luar periode RPJMD " + periode.label() + ".");
            } else if (nilai != null && nilai.abs().compareTo(BATAS) >= 0) {
                salah.tambah(isian, "Angka terlalu besar.");
            } else if (nilai != null && nilai.stripTrailingZeros().scale() > 4) {
                salah.tambah(isian, "Paling banyak 4 angka di belakang koma.");
            }
        });
        salah.lemparJikaAda();
        for (Map.Entry<Integer, BigDecimal> e : new TreeMap<>(nilaiPerTahun).entrySet()) {
            int tahun = e.getKey();
            String lama = IkuDaerahService.teks(realisasi(tahun).get(ikuId));
            String baru = IkuDaerahService.teks(e.getValue());
            if (Objects.equals(lama, baru)) {
                continue;
            }
            try {
                penjaga.pastikanDaerahBolehDiubah(tahun);
            } catch (DataTerkunciException x) {
                throw new DataTerkunciException(
                        "Realisasi IKU Kepala Daerah tahun " + tahun + " tidak dapat diubah. " + x.getMessage());
            }
            jdbc.sql("DELETE FROM realisasi_iku_daerah WHERE tenant_id = ? AND iku_daerah_id = ? AND tahun = ?")
                    .params(tenant, ikuId, tahun)
                    .update();
            if (e.getValue() != null) {
                jdbc.sql("INSERT INTO realisasi_iku_daerah (tenant_id, iku_daerah_id, tahun, nilai)"
                                + " VALUES (?, ?, ?, ?)")
                        .params(tenant, ikuId, tahun, e.getValue())
                        .update();
            }
            jejak.catat(IkuDaerahService.JENIS, ikuId, "realisasi " + tahun, lama, baru);
        }
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
