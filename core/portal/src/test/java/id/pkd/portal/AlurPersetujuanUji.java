package id.pkd.portal;

import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.persetujuan.StatusPersetujuan;
import id.pkd.portal.tenant.TenantId;

/**
 * Test only: takes an agency-year through the approval workflow as the screens do (operator submits, verifier
 * verifies, pimpinan sets), for tests that issue documents, which need approved data; and back to draft after,
 * so the tests that edit the demo figures find them open.
 */
public final class AlurPersetujuanUji {

    private AlurPersetujuanUji() {}

    public static void tetapkan(PersetujuanService persetujuan, TenantId tenant, long pdId, int tahun) {
        StatusPersetujuan s = SebagaiSistem.jalankan(
                Peran.PENGAMAT, tenant, () -> persetujuan.status(pdId, tahun).status());
        if (s == StatusPersetujuan.DITETAPKAN) {
            return;
        }
        if (s == StatusPersetujuan.DRAFT || s == StatusPersetujuan.DITOLAK) {
            SebagaiSistem.jalankan(Peran.OPERATOR, tenant, () -> persetujuan.ajukan(pdId, tahun));
            s = StatusPersetujuan.DIAJUKAN;
        }
        if (s == StatusPersetujuan.DIAJUKAN) {
            SebagaiSistem.jalankan(Peran.VERIFIKATOR, tenant, () -> persetujuan.verifikasi(pdId, tahun));
        }
        SebagaiSistem.jalankan(Peran.PIMPINAN, tenant, () -> persetujuan.tetapkan(pdId, tahun));
    }

    /** Back to draft through the admin's reopening, if the year was set. */
    public static void bukaKembali(PersetujuanService persetujuan, TenantId tenant, long pdId, int tahun) {
        SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant, () -> {
            if (persetujuan.status(pdId, tahun).status() == StatusPersetujuan.DITETAPKAN) {
                persetujuan.bukaKembali(pdId, tahun, "uji penerbitan selesai");
            }
            return null;
        });
    }
}
