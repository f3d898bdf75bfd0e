package id.pkd.portal.jejak;

import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A tenant of its own per test class, so tampering with its trail touches no other test's data. */
final class DaerahUjiJejak {

    private DaerahUjiJejak() {}

    static TenantId pastikan(DaerahService daerah, JdbcClient jdbc, String kode, String admin) {
        return jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = ?")
                .param(kode)
                .query(Long.class)
                .optional()
                .map(TenantId::new)
                .orElseGet(
                        () -> SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> daerah.daftarkan(new DaerahBaru(
                                        kode,
                                        "Kabupaten Uji Jejak " + kode,
                                        JenisDaerah.KABUPATEN,
                                        null,
                                        new PenggunaBaru(
                                                admin,
                                                "Rahasia-Uji-2024!",
                                                "Admin Uji Jejak",
                                                Peran.ADMIN_DAERAH,
                                                null,
                                                null)))
                                .tenantId()));
    }
}
