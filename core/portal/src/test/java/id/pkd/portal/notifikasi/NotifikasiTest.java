package id.pkd.portal.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.AlurPersetujuanUji;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.tampilan.KotakNotifikasi;
import id.pkd.portal.tenant.TenantId;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Notifications along the approval workflow of a region of its own (13.02): the verifikator is told of a
 * submission, the operators of a rejection and of the year being set, the pimpinan of a verified year; the one who
 * took the step is not told; a user reads and marks only their own, and another region sees none of them.
 */
class NotifikasiTest extends PortalIntegrationTest {

    static final String KODE = "13.02";
    static final int TAHUN = 2024;
    static final String OPERATOR = "operator.notif.1302";
    static final String VERIFIKATOR = "verifikator.notif.1302";
    static final String PIMPINAN = "pimpinan.notif.1302";

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    PenggunaService pengguna;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    KotakNotifikasi kotak;

    @Autowired
    JdbcClient jdbc;

    TenantId t;
    long pd;

    <T> T sebagai(String username, Peran peran, Supplier<T> kerja) {
        return SebagaiSistem.jalankanSebagai(username, peran, t, kerja);
    }

    @BeforeEach
    void daerahDenganTigaPeran() throws Exception {
        if (jdbc.sql("SELECT COUNT(*) FROM tenant WHERE kode_wilayah = ?")
                        .param(KODE)
                        .query(Long.class)
                        .single()
                == 0) {
            SebagaiSistem.jalankan(
                    Peran.OPERATOR_PORTAL,
                    null,
                    () -> daerah.daftarkan(new DaerahBaru(
                            KODE,
                            "Kabupaten Uji Notifikasi",
                            JenisDaerah.KABUPATEN,
                            null,
                            new PenggunaBaru(
                                    "admin.notif.1302",
                                    "Rahasia-Uji-Notif-2024!",
                                    "Admin Uji Notifikasi",
                                    Peran.ADMIN_DAERAH,
                                    null,
                                    null))));
            t = tenant(KODE);
            byte[] rencana;
            try (InputStream isi = NotifikasiTest.class.getResourceAsStream("/fuzz/rencana-uji.json")) {
                rencana = isi.readAllBytes();
            }
            SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, t, () -> {
                impor.impor(rencana);
                for (Object[] u : new Object[][] {
                    {OPERATOR, Peran.OPERATOR}, {VERIFIKATOR, Peran.VERIFIKATOR}, {PIMPINAN, Peran.PIMPINAN}
                }) {
                    pengguna.tambah(new PenggunaBaru(
                            (String) u[0], "Rahasia-Uji-Notif-2024!", "Uji " + u[0], (Peran) u[1], null, null));
                }
                return null;
            });
        }
        t = tenant(KODE);
        pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ?")
                .param(t.value())
                .query(Long.class)
                .single();
        for (String u : List.of(OPERATOR, VERIFIKATOR, PIMPINAN)) {
            sebagai(u, Peran.PENGAMAT, () -> {
                kotak.tandaiSemuaDibaca();
                return null;
            });
        }
    }

    @AfterEach
    void kembaliKeDraf() {
        // Whatever step the test stopped at, the year goes round to draft again.
        AlurPersetujuanUji.tetapkan(persetujuan, t, pd, TAHUN);
        AlurPersetujuanUji.bukaKembali(persetujuan, t, pd, TAHUN);
    }

    List<KotakNotifikasi.Butir> belumDibaca(String username) {
        return sebagai(username, Peran.PENGAMAT, () -> kotak.terbaru(50)).stream()
                .filter(b -> !b.dibaca())
                .toList();
    }

    long jumlah(String username) {
        return sebagai(username, Peran.PENGAMAT, kotak::jumlahBelumDibaca);
    }

    @Test
    void setiapLangkahPersetujuanMemberitahuYangHarusBertindak() {
        String pdNama = "Realisasi tahun 2024 Dinas Uji Fuzz";
        sebagai(OPERATOR, Peran.OPERATOR, () -> persetujuan.ajukan(pd, TAHUN));
        assertThat(belumDibaca(VERIFIKATOR)).singleElement().satisfies(b -> {
            assertThat(b.pesan()).isEqualTo(pdNama + " diajukan oleh " + OPERATOR + " dan menunggu verifikasi.");
            assertThat(b.tautan()).isEqualTo("persetujuan");
        });
        assertThat(jumlah(OPERATOR)).as("who took the step is not told").isZero();
        assertThat(jumlah(PIMPINAN)).isZero();

        sebagai(VERIFIKATOR, Peran.VERIFIKATOR, () -> persetujuan.tolak(pd, TAHUN, "Bukti dukung belum lengkap."));
        assertThat(belumDibaca(OPERATOR)).singleElement().satisfies(b -> {
            assertThat(b.pesan())
                    .isEqualTo(pdNama + " ditolak: Bukti dukung belum lengkap. Perbaiki lalu ajukan kembali.");
            assertThat(b.tautan()).isEqualTo("realisasi?tahun=2024");
        });

        sebagai(OPERATOR, Peran.OPERATOR, () -> persetujuan.ajukan(pd, TAHUN));
        sebagai(VERIFIKATOR, Peran.VERIFIKATOR, () -> persetujuan.verifikasi(pd, TAHUN));
        assertThat(belumDibaca(PIMPINAN))
                .singleElement()
                .extracting(KotakNotifikasi.Butir::pesan)
                .isEqualTo(pdNama + " telah diverifikasi dan menunggu penetapan.");
        sebagai(PIMPINAN, Peran.PIMPINAN, () -> persetujuan.tetapkan(pd, TAHUN));
        assertThat(belumDibaca(OPERATOR))
                .extracting(KotakNotifikasi.Butir::pesan)
                .containsExactly(
                        pdNama + " telah ditetapkan dan dikunci.",
                        pdNama + " ditolak: Bukti dukung belum" + " lengkap. Perbaiki lalu ajukan kembali.");
    }

    @Test
    void penggunaMenandaiHanyaNotifikasinyaSendiriDanDaerahLainTidakMelihatnya() {
        sebagai(OPERATOR, Peran.OPERATOR, () -> persetujuan.ajukan(pd, TAHUN));
        sebagai(VERIFIKATOR, Peran.VERIFIKATOR, () -> persetujuan.tolak(pd, TAHUN, "Perbaiki target."));
        sebagai(OPERATOR, Peran.OPERATOR, () -> persetujuan.ajukan(pd, TAHUN));
        List<KotakNotifikasi.Butir> milikVerifikator = belumDibaca(VERIFIKATOR);
        assertThat(milikVerifikator).hasSize(2);
        long milikOperator = belumDibaca(OPERATOR).get(0).id();

        // Another user's id changes nothing; the user's own is read and no longer counted.
        sebagai(VERIFIKATOR, Peran.VERIFIKATOR, () -> {
            kotak.tandaiDibaca(milikOperator);
            return null;
        });
        assertThat(jumlah(OPERATOR)).isEqualTo(1);
        sebagai(VERIFIKATOR, Peran.VERIFIKATOR, () -> {
            kotak.tandaiDibaca(milikVerifikator.get(0).id());
            return null;
        });
        assertThat(jumlah(VERIFIKATOR)).isEqualTo(1);
        assertThat(sebagai(VERIFIKATOR, Peran.VERIFIKATOR, () -> kotak.terbaru(50)))
                .filteredOn(b -> b.id() == milikVerifikator.get(0).id())
                .singleElement()
                .extracting(KotakNotifikasi.Butir::dibaca)
                .isEqualTo(true);
        sebagai(VERIFIKATOR, Peran.VERIFIKATOR, () -> {
            kotak.tandaiSemuaDibaca();
            return null;
        });
        assertThat(jumlah(VERIFIKATOR)).isZero();

        // The same name in another region reads that region's notifications only.
        assertThat(SebagaiSistem.jalankanSebagai(
                        VERIFIKATOR, Peran.VERIFIKATOR, tenant("63.11"), () -> kotak.terbaru(50)))
                .isEmpty();
    }
}
