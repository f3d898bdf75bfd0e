package id.pkd.portal.pengguna;

import id.pkd.portal.tenant.TenantId;

/**
 * A repair the portal operator can make to a region's Admin Daerah account on the operator's users screen, offered
 * by another feature (for example resetting a lost second factor) without the screen depending on that feature.
 */
public interface TindakanAdminDaerah {

    /** The button's label, in Bahasa Indonesia. */
    String label();

    void jalankan(TenantId tenant, long penggunaId);
}
