package id.pkd.portal.rpjmd;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links to a sasaran RPJMD: an IKU Kepala Daerah measures it, an agency's Renstra sasaran supports it. Both are
 * nullable, so plans of before stay valid. An IKU's link moves it to another sasaran in the LKjIP of each year it has a
 * target in, so it passes the guard for those years; an agency sasaran's link spans the Renstra like its name and is
 * written under the agency's lock, as the Renstra editor writes the tree's shape.
 */
@Service
@BolehBaca
@Transactional(readOnly = true)
public class TautanSasaranRpjmdService {

    private final SasaranRpjmdService sasaran;
    private final RpjmdService rpjmd;
    private final IkuDaerahService iku;
    private final TabelSasaranRpjmd tabel;
    private final JdbcClient jdbc;
    private final JejakAuditService jejak;
    private final PenjagaPerubahan penjaga;

    TautanSasaranRpjmdService(
            SasaranRpjmdService sasaran,
            RpjmdService rpjmd,
            IkuDaerahService iku,
            TabelSasaranRpjmd tabel,
            JdbcClient jdbc,
            JejakAuditService jejak,
            PenjagaPerubahan penjaga) {
        this.sasaran = sasaran;
        this.rpjmd = rpjmd;
        this.iku = iku;
        this.tabel = tabel;
        this.jdbc = jdbc;
        this.jejak = jejak;
        this.penjaga = penjaga;
    }

    /** The period's IKU Kepala Daerah (by id) that hang on a sasaran RPJMD, with its id. */
    public Map<Long, Long> sasaranIku(long periodeId) {
        rpjmd.periode(periodeId);
        return tabel.sasaranIku(tenant(), periodeId);
    }

    /** The period's sasaran RPJMD in the tree's order: what the pickers offer. */
    public List<SasaranRpjmd> sasaranRpjmd(long periodeId) {
        return sasaran.semuaSasaran(periodeId);
    }

    /** Every agency's Renstra sasaran of the period, linked or not, by agency and tree order. */
    public List<TautanSasaranRenstra> sasaranRenstra(long periodeId) {
        rpjmd.periode(periodeId);
        return tabel.sasaranRenstra(tenant(), periodeId);
    }

    /** The period's tujuan RPJMD in the tree's order: what a Renstra tujuan's picker offers. */
    public List<TujuanRpjmd> tujuanRpjmd(long periodeId) {
        return sasaran.pohon(periodeId);
    }

    /** Every agency's Renstra tujuan of the period, linked or not, by agency and tree order. */
    public List<TautanTujuanRenstra> tujuanRenstra(long periodeId) {
        rpjmd.periode(periodeId);
        return tabel.tujuanRenstra(tenant(), periodeId);
    }

    /** Saves an IKU and its link together: the link's refusal keeps the indicator unsaved too. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public IkuDaerah simpanIku(IsianIkuDaerah isian, Long sasaranRpjmdId) {
        IkuDaerah i = iku.simpan(isian);
        tautkanIku(i.id(), sasaranRpjmdId);
        return i;
    }

    /** Hangs an IKU Kepala Daerah on a sasaran RPJMD of its period, or ({@code null}) on none. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void tautkanIku(long ikuId, Long sasaranRpjmdId) {
        long t = tenant();
        IkuDaerah i = iku.iku(ikuId);
        // 0 for none: a row whose only value is NULL reads as no row at all
        long ada = jdbc.sql("SELECT COALESCE(sasaran_rpjmd_id, 0) FROM iku_daerah WHERE tenant_id = ? AND id = ?"
                        + " FOR UPDATE")
                .params(t, ikuId)
                .query(Long.class)
                .single();
        Long lama = ada == 0 ? null : ada;
        if (Objects.equals(lama, sasaranRpjmdId)) {
            return;
        }
        List<SasaranRpjmd> semua = sasaran.semuaSasaran(i.periodeId());
        SasaranRpjmd baru = sasaranRpjmdId == null ? null : cari(semua, sasaranRpjmdId);
        for (int th : tabel.tahunTargetIku(t, ikuId)) {
            try {
                penjaga.pastikanDaerahBolehDiubah(th);
            } catch (DataTerkunciException e) {
                throw new DataTerkunciException("Sasaran RPJMD IKU " + i.kode() + " tidak dapat diubah: IKU ini tampil"
                        + " di LKjIP tahun " + th + ". " + e.getMessage());
            }
        }
        jdbc.sql("UPDATE iku_daerah SET sasaran_rpjmd_id = ? WHERE tenant_id = ? AND id = ?")
                .params(sasaranRpjmdId, t, ikuId)
                .update();
        jejak.catat(
                IkuDaerahService.JENIS, ikuId, "sasaranRpjmd", kode(semua, lama), baru == null ? null : baru.kode());
    }

    /** Links an agency's Renstra sasaran to the sasaran RPJMD of its period it supports, or ({@code null}) none. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void tautkanSasaranRenstra(long sasaranId, Long sasaranRpjmdId) {
        long t = tenant();
        record Baris(long periodeId, String kodePd) {}
        Baris b = jdbc.sql(
                        """
                        SELECT t.periode_id, pd.kode FROM sasaran s
                          JOIN tujuan t ON t.tenant_id = s.tenant_id AND t.id = s.tujuan_id
                          JOIN perangkat_daerah pd ON pd.tenant_id = t.tenant_id AND pd.id = t.perangkat_daerah_id
                         WHERE s.tenant_id = ? AND s.id = ?""")
                .params(t, sasaranId)
                .query((rs, n) -> new Baris(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Sasaran Renstra"));
        penjaga.kunciPerangkatDaerah(List.of(b.kodePd()));
        long ada = jdbc.sql("SELECT COALESCE(sasaran_rpjmd_id, 0) FROM sasaran WHERE tenant_id = ? AND id = ?")
                .params(t, sasaranId)
                .query(Long.class)
                .single();
        Long lama = ada == 0 ? null : ada;
        if (Objects.equals(lama, sasaranRpjmdId)) {
            return;
        }
        List<SasaranRpjmd> semua = sasaran.semuaSasaran(b.periodeId());
        SasaranRpjmd baru = sasaranRpjmdId == null ? null : cari(semua, sasaranRpjmdId);
        jdbc.sql("UPDATE sasaran SET sasaran_rpjmd_id = ? WHERE tenant_id = ? AND id = ?")
                .params(sasaranRpjmdId, t, sasaranId)
                .update();
        jejak.catat("sasaran", sasaranId, "sasaranRpjmd", kode(semua, lama), baru == null ? null : baru.kode());
    }

    /**
     * Links an agency's Renstra tujuan to the tujuan RPJMD of its period it serves, or ({@code null}) none: under the
     * agency's lock and in the audit trail, as a Renstra sasaran's link. A tujuan RPJMD of another period, or of
     * another region, is not among the period's and is refused at the picker.
     */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void tautkanTujuanRenstra(long tujuanId, Long tujuanRpjmdId) {
        long t = tenant();
        record Baris(long periodeId, String kodePd) {}
        Baris b = jdbc.sql(
                        """
                        SELECT t.periode_id, pd.kode FROM tujuan t
                          JOIN perangkat_daerah pd ON pd.tenant_id = t.tenant_id AND pd.id = t.perangkat_daerah_id
                         WHERE t.tenant_id = ? AND t.id = ?""")
                .params(t, tujuanId)
                .query((rs, n) -> new Baris(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Tujuan Renstra"));
        penjaga.kunciPerangkatDaerah(List.of(b.kodePd()));
        long ada = jdbc.sql("SELECT COALESCE(tujuan_rpjmd_id, 0) FROM tujuan WHERE tenant_id = ? AND id = ?")
                .params(t, tujuanId)
                .query(Long.class)
                .single();
        Long lama = ada == 0 ? null : ada;
        if (Objects.equals(lama, tujuanRpjmdId)) {
            return;
        }
        List<TujuanRpjmd> semua = sasaran.pohon(b.periodeId());
        TujuanRpjmd baru = tujuanRpjmdId == null ? null : cariTujuan(semua, tujuanRpjmdId);
        jdbc.sql("UPDATE tujuan SET tujuan_rpjmd_id = ? WHERE tenant_id = ? AND id = ?")
                .params(tujuanRpjmdId, t, tujuanId)
                .update();
        String kodeLama = lama == null
                ? null
                : semua.stream()
                        .filter(x -> x.id() == lama)
                        .map(TujuanRpjmd::kode)
                        .findFirst()
                        .orElse(lama.toString());
        jejak.catat("tujuan", tujuanId, "tujuanRpjmd", kodeLama, baru == null ? null : baru.kode());
    }

    private static TujuanRpjmd cariTujuan(List<TujuanRpjmd> semua, long id) {
        return semua.stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow(
                        () -> IsianTidakSahException.pada("tujuanRpjmd", "Pilih tujuan RPJMD dari periode yang sama."));
    }

    /** A sasaran of the same period; another period's is a wrong pick, reported at the picker. */
    private static SasaranRpjmd cari(List<SasaranRpjmd> semua, long id) {
        return semua.stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow(() ->
                        IsianTidakSahException.pada("sasaranRpjmd", "Pilih sasaran RPJMD dari periode yang sama."));
    }

    private static String kode(List<SasaranRpjmd> semua, Long id) {
        return id == null
                ? null
                : semua.stream()
                        .filter(s -> s.id() == id)
                        .map(SasaranRpjmd::kode)
                        .findFirst()
                        .orElse(id.toString());
    }

    private static long tenant() {
        return TenantContext.wajib().value();
    }
}
