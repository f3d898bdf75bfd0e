package id.pkd.portal.jejak;

import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.BolehBaca;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail. Changes are recorded inside the caller's transaction, so a change and its
 * record are kept or rolled back together. Each tenant's entries form a hash chain (see {@link
 * RantaiJejak}); {@link VerifikasiJejakService} checks it.
 */
@Service
public class JejakAuditService {

    private final JejakAuditRepository jejak;
    private final PenambahJejak penambah;

    JejakAuditService(JejakAuditRepository jejak, PenambahJejak penambah) {
        this.jejak = jejak;
        this.penambah = penambah;
    }

    /** Records a change of one field; an unchanged value records nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void catat(String jenisData, long dataId, String isian, Object lama, Object baru) {
        catatSebagai(TenantContext.wajib(), pelaku(), jenisData, dataId, isian, lama, baru);
    }

    /**
     * Records a change in a named tenant's trail, for work that has no tenant of its own in context
     * (the portal operator registering a tenant, a sign-in before anyone is signed in). {@code oleh}
     * is who acted. An unchanged value records nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void catatSebagai(
            TenantId tenant, String oleh, String jenisData, long dataId, String isian, Object lama, Object baru) {
        String teksLama = lama == null ? null : lama.toString();
        String teksBaru = baru == null ? null : baru.toString();
        if (Objects.equals(teksLama, teksBaru)) {
            return;
        }
        penambah.tambah(tenant.value(), jenisData, dataId, isian, teksLama, teksBaru, oleh);
    }

    @BolehBaca
    @Transactional(readOnly = true)
    public List<JejakAudit> riwayat(String jenisData, long dataId) {
        return jejak.riwayat(TenantContext.wajib().value(), jenisData, dataId);
    }

    /**
     * The history of a realisasi record together with the approval steps of its agency-year and
     * the reopenings of its indicator that year, in the order they happened.
     */
    @BolehBaca
    @Transactional(readOnly = true)
    public List<JejakAudit> riwayatDenganPersetujuan(
            String jenisData, long dataId, long perangkatDaerahId, long indikatorId, int tahun) {
        return jejak.riwayatDenganPersetujuan(
                TenantContext.wajib().value(), jenisData, dataId, perangkatDaerahId, indikatorId, tahun);
    }

    /** The name of whoever acts now: a user, an API token ("api:<nama>") or the system. */
    public static String pelaku() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "sistem" : auth.getName();
    }
}
