package id.pkd.portal.duafaktor;

import id.pkd.portal.duafaktor.DataDuaFaktor.Akun;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.pengguna.AksesPenggunaBerubah;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.DataTidakDitemukanException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reset of a lost second factor: the Admin Daerah for the users of the tenant, the portal operator for a tenant's
 * admins. The factor and its recovery codes are removed, the account's open sessions end, and at its next sign-in
 * the account enrols again (when its role requires a factor) or signs in with the password alone.
 */
@Service
public class ResetDuaFaktorService {

    private final DataDuaFaktor data;
    private final PenggunaService pengguna;
    private final JejakAuditService jejak;
    private final ApplicationEventPublisher peristiwa;

    ResetDuaFaktorService(
            DataDuaFaktor data,
            PenggunaService pengguna,
            JejakAuditService jejak,
            ApplicationEventPublisher peristiwa) {
        this.data = data;
        this.pengguna = pengguna;
        this.jejak = jejak;
        this.peristiwa = peristiwa;
    }

    /** Whether a user of the current tenant has a second factor. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional(readOnly = true)
    public boolean terdaftar(long penggunaId) {
        return data.cari(penggunaDaerahIni(penggunaId)).isPresent();
    }

    /** The Admin Daerah resets the second factor of a user of the tenant. */
    @Secured("ROLE_ADMIN_DAERAH")
    @Transactional
    public void resetDuaFaktor(long penggunaId) {
        reset(penggunaDaerahIni(penggunaId));
    }

    /** The portal operator resets the second factor of a tenant's Admin Daerah. */
    @Secured("ROLE_OPERATOR_PORTAL")
    @Transactional
    public void resetDuaFaktor(TenantId tenant, long penggunaId) {
        Akun admin = data.penggunaDaerah(tenant, penggunaId)
                .filter(a -> a.peran() == Peran.ADMIN_DAERAH)
                .orElseThrow(() -> new DataTidakDitemukanException("Admin Daerah"));
        reset(admin);
    }

    private Akun penggunaDaerahIni(long penggunaId) {
        // Through the user service: an id of another tenant is simply not found.
        return data.penggunaDaerah(
                        TenantContext.wajib(), pengguna.cari(penggunaId).id())
                .orElseThrow(() -> new DataTidakDitemukanException("Pengguna"));
    }

    private void reset(Akun akun) {
        if (data.hapus(akun)) {
            jejak.catatSebagai(
                    akun.tenant(),
                    JejakAuditService.pelaku(),
                    PenggunaService.JENIS_JEJAK,
                    akun.id(),
                    "duaFaktor",
                    "terdaftar",
                    "direset; didaftarkan ulang saat masuk berikutnya");
            peristiwa.publishEvent(new AksesPenggunaBerubah(
                    akun.username(),
                    akun.tenant() == null ? null : akun.tenant().value(),
                    null));
        }
    }
}
