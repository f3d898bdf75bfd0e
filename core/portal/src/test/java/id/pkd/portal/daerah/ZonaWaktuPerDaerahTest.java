package id.pkd.portal.daerah;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.umum.WaktuDaerah;
import id.pkd.portal.umum.ZonaWaktu;
import id.pkd.portal.umum.ZonaWaktuDaerah;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each region reads its times in its own zone: Balangan (Kalimantan Selatan) on WITA, Kotawaringin Barat (Kalimantan
 * Tengah) on WIB, a Papua regency on WIT; the portal operator may set another for one region, and that is recorded
 * in the region's trail.
 */
class ZonaWaktuPerDaerahTest extends PortalIntegrationTest {

    @Autowired
    WaktuDaerah waktu;

    @Autowired
    DaerahService daerah;

    @Autowired
    JdbcClient jdbc;

    @Test
    void daerahDemoMemakaiZonaProvinsinya() {
        assertThat(sebagai(Peran.PENGAMAT, "63.11", () -> waktu.zona()))
                .isEqualTo(new ZonaWaktuDaerah(ZonaWaktu.WITA, ZonaWaktuDaerah.Asal.KODE_WILAYAH));
        assertThat(sebagai(Peran.PENGAMAT, "62.01", () -> waktu.zona()))
                .isEqualTo(new ZonaWaktuDaerah(ZonaWaktu.WIB, ZonaWaktuDaerah.Asal.KODE_WILAYAH));
    }

    @Test
    void operatorMenetapkanZonaLainUntukSatuDaerahDanItuTercatat() {
        Daerah papua = operator(() -> daerah.daftarkan(new DaerahBaru(
                "94.12",
                "Kabupaten Uji Papua Tengah",
                JenisDaerah.KABUPATEN,
                null,
                new PenggunaBaru("admin.uji9412", "Rahasia-Uji-2024!", "Admin Uji", Peran.ADMIN_DAERAH, null, null))));
        assertThat(waktu.zona(papua.id()))
                .isEqualTo(new ZonaWaktuDaerah(ZonaWaktu.WIT, ZonaWaktuDaerah.Asal.KODE_WILAYAH));

        Daerah diubah = operator(() -> daerah.ubahZonaWaktu(papua.id(), ZonaWaktu.WITA));
        assertThat(diubah.zonaWaktu()).isEqualTo(ZonaWaktu.WITA);
        assertThat(waktu.zona(papua.id())).isEqualTo(new ZonaWaktuDaerah(ZonaWaktu.WITA, ZonaWaktuDaerah.Asal.DAERAH));
        assertThat(jdbc.sql("SELECT CONCAT(isian, ':', COALESCE(nilai_lama, '-'), '>', nilai_baru) FROM jejak_audit"
                                + " WHERE tenant_id = ? AND jenis_data = 'daerah' AND isian = 'zona_waktu'")
                        .param(papua.id())
                        .query(String.class)
                        .list())
                .containsExactly("zona_waktu:->WITA");

        operator(() -> daerah.ubahZonaWaktu(papua.id(), null));
        assertThat(waktu.zona(papua.id()).zona()).isEqualTo(ZonaWaktu.WIT);
        // Balangan is left as it was: the setting is per region.
        assertThat(sebagai(Peran.PENGAMAT, "63.11", () -> waktu.zona()).zona()).isEqualTo(ZonaWaktu.WITA);
    }

    private static <T> T operator(java.util.function.Supplier<T> kerja) {
        return SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, kerja);
    }
}
