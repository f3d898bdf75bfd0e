package id.pkd.portal.pengguna;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.Serentak;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed sign-ins of different accounts from one address at the same moment (an office behind one NAT, or the load
 * benchmark's users on 127.0.0.1) are all counted, and none of them fails the sign-in page. Each failure prunes the
 * address's old rows and adds its own; under REPEATABLE READ the prune's gap locks and the other failure's insert
 * deadlocked ("Deadlock found when trying to get lock" on {@code INSERT INTO gagal_masuk}, seen as "Terjadi
 * kesalahan" on a pimpinan's second-factor page during the load benchmark).
 */
class PembatasMasukSerentakTest extends PortalIntegrationTest {

    static final String ALAMAT = "198.51.100.77";

    @Autowired
    PembatasMasuk pembatas;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void hapus() {
        jdbc.sql("DELETE FROM gagal_masuk WHERE kunci = ? OR kunci LIKE 'uji.serentak.%'")
                .param(ALAMAT)
                .update();
    }

    @Test
    void kegagalanSerentakDariSatuAlamatTercatatTanpaDeadlock() throws Exception {
        int utas = 6;
        int putaran = 15;
        int jumlah = Serentak.jalankan(utas, putaran, u -> pembatas.catatGagal("uji.serentak." + u, ALAMAT));
        assertThat(jumlah).isEqualTo(utas * putaran);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gagal_masuk WHERE jenis = 'alamat' AND kunci = ?")
                        .param(ALAMAT)
                        .query(Long.class)
                        .single())
                .isEqualTo((long) utas * putaran);
    }
}
