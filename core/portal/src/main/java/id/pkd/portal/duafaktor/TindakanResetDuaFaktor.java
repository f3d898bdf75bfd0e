package id.pkd.portal.duafaktor;

import id.pkd.portal.pengguna.TindakanAdminDaerah;
import id.pkd.portal.tenant.TenantId;
import org.springframework.stereotype.Component;

/** The operator's "Reset dua faktor" for a region's Admin Daerah who lost their authenticator. */
@Component
class TindakanResetDuaFaktor implements TindakanAdminDaerah {

    private final ResetDuaFaktorService reset;

    TindakanResetDuaFaktor(ResetDuaFaktorService reset) {
        this.reset = reset;
    }

    @Override
    public String label() {
        return "Reset dua faktor";
    }

    @Override
    public void jalankan(TenantId tenant, long penggunaId) {
        reset.resetDuaFaktor(tenant, penggunaId);
    }
}
