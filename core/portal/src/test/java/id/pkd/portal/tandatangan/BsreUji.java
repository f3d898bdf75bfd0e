package id.pkd.portal.tandatangan;

import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import java.io.IOException;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test only: makes a tenant sign through the local BSrE stub for the length of a test, for tests outside this
 * package that need a slow, external signature (e.g. that issuing holds no lock or connection meanwhile).
 */
public final class BsreUji implements AutoCloseable {

    public static final String NIK = StubBsre.NIK;
    public static final String PASSPHRASE = StubBsre.PASSPHRASE;

    private final StubBsre stub;
    private final PengaturanBsreService bsre;
    private final JdbcClient jdbc;
    private final TenantId tenant;

    private BsreUji(StubBsre stub, PengaturanBsreService bsre, JdbcClient jdbc, TenantId tenant) {
        this.stub = stub;
        this.bsre = bsre;
        this.jdbc = jdbc;
        this.tenant = tenant;
    }

    /** @param saatMenandatangani runs on the stub's thread while each signature request is served */
    public static BsreUji aktifkan(ApplicationContext konteks, TenantId tenant, Runnable saatMenandatangani)
            throws IOException {
        BsreUji uji = new BsreUji(
                new StubBsre(),
                konteks.getBean(PengaturanBsreService.class),
                konteks.getBean(JdbcClient.class),
                tenant);
        uji.stub.saatMenandatangani = saatMenandatangani;
        uji.aktifkanDiPortal();
        return uji;
    }

    private void aktifkanDiPortal() {
        SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant, () -> {
            bsre.simpan(stub.alamat(), StubBsre.PENGGUNA, StubBsre.SANDI, true);
            return null;
        });
    }

    /** Leaves no BSrE setting behind: the tenant is as before, with none stored (as other tests expect). */
    @Override
    public void close() {
        try {
            jdbc.sql("DELETE FROM pengaturan_bsre WHERE tenant_id = ?")
                    .param(tenant.value())
                    .update();
        } finally {
            stub.close();
        }
    }
}
