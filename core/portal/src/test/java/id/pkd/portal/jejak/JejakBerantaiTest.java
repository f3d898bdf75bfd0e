package id.pkd.portal.jejak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The chain under parallel writers, its verification over the API, searching and exporting it. */
class JejakBerantaiTest extends PortalIntegrationTest {

    static final String TOKEN_BALANGAN = "pkd_demo_balangan_00000000000000000000000000";

    @Autowired
    JejakAuditService jejak;

    @Autowired
    VerifikasiJejakService verifikasi;

    @Autowired
    PencarianJejakService pencarian;

    @Autowired
    EksporJejakService ekspor;

    @Autowired
    DaerahService daerah;

    @Autowired
    TransactionTemplate transaksi;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    TenantId tenant;

    @BeforeEach
    void daerahSendiri() {
        tenant = DaerahUjiJejak.pastikan(daerah, jdbc, "63.03", "admin.jejak.berantai");
    }

    @Test
    void penulisBersamaanMenghasilkanRantaiTanpaCelahDanUtuh() throws Exception {
        long sebelum = jumlah();
        int penulis = 8;
        int perPenulis = 25;
        ExecutorService pool = Executors.newFixedThreadPool(penulis);
        try {
            List<Future<Void>> hasil = new ArrayList<>();
            for (int p = 0; p < penulis; p++) {
                int nomor = p;
                Callable<Void> kerja = () -> {
                    for (int i = 0; i < perPenulis; i++) {
                        int ke = i;
                        SebagaiSistem.jalankan(
                                Peran.OPERATOR,
                                tenant,
                                () -> transaksi.execute(s -> {
                                    jejak.catat("uji_paralel", nomor, "nilai", ke, ke + 1);
                                    return null;
                                }));
                    }
                    return null;
                };
                hasil.add(pool.submit(kerja));
            }
            for (Future<Void> f : hasil) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long sesudah = jumlah();
        assertThat(sesudah - sebelum).isEqualTo(penulis * perPenulis);
        List<Long> urut = jdbc.sql("SELECT urut FROM jejak_audit WHERE tenant_id = ? ORDER BY urut")
                .param(tenant.value())
                .query(Long.class)
                .list();
        for (int i = 0; i < urut.size(); i++) {
            assertThat(urut.get(i)).as("gap-free numbering").isEqualTo(i + 1L);
        }
        HasilVerifikasi h = sebagaiAdmin(() -> verifikasi.verifikasi());
        assertThat(h.utuh()).isTrue();
        assertThat(h.jumlah()).isEqualTo(sesudah);
        assertThat(h.pertamaRusak()).isNull();
    }

    /**
     * A writer that recorded early and writes a data row late, beside one that writes that row and
     * then records: with the head taken at each write, the two would deadlock (each holds what the
     * other waits for). Chained at commit, the second simply waits for the first.
     */
    @Test
    void pencatatAwalDanPengubahBarisYangSamaTidakSalingMengunci() throws Exception {
        long idAdmin = jdbc.sql("SELECT id FROM pengguna WHERE username = 'admin.jejak.berantai'")
                .query(Long.class)
                .single();
        java.util.concurrent.CountDownLatch aMencatat = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch bMengubah = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = pool.submit(() -> SebagaiSistem.jalankan(
                    Peran.ADMIN_DAERAH,
                    tenant,
                    () -> transaksi.execute(s -> {
                        jejak.catat("uji_kunci", 1, "langkah", null, "A mencatat dulu");
                        aMencatat.countDown();
                        tunggu(bMengubah);
                        jdbc.sql("UPDATE pengguna SET jabatan = 'A' WHERE id = ?")
                                .param(idAdmin)
                                .update();
                        return null;
                    })));
            Future<?> b = pool.submit(() -> SebagaiSistem.jalankan(
                    Peran.ADMIN_DAERAH,
                    tenant,
                    () -> transaksi.execute(s -> {
                        tunggu(aMencatat);
                        jdbc.sql("UPDATE pengguna SET jabatan = 'B' WHERE id = ?")
                                .param(idAdmin)
                                .update();
                        bMengubah.countDown();
                        jejak.catat("uji_kunci", 1, "langkah", null, "B mengubah lalu mencatat");
                        return null;
                    })));
            b.get(60, java.util.concurrent.TimeUnit.SECONDS);
            a.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT jabatan FROM pengguna WHERE id = ?")
                        .param(idAdmin)
                        .query(String.class)
                        .single())
                .isEqualTo("A");
        assertThat(jdbc.sql("SELECT nilai_baru FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'uji_kunci'"
                                + " ORDER BY urut")
                        .param(tenant.value())
                        .query(String.class)
                        .list())
                .containsExactly("B mengubah lalu mencatat", "A mencatat dulu");
        assertThat(sebagaiAdmin(() -> verifikasi.verifikasi()).utuh()).isTrue();
    }

    private static void tunggu(java.util.concurrent.CountDownLatch latch) {
        try {
            if (!latch.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("menunggu terlalu lama");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void nilaiTakBerubahTidakDicatatDanTransaksiBatalTidakMeninggalkanCelah() {
        long sebelum = jumlah();
        SebagaiSistem.jalankan(
                Peran.OPERATOR,
                tenant,
                () -> transaksi.execute(s -> {
                    jejak.catat("uji_batal", 1, "nilai", "5", "5");
                    jejak.catat("uji_batal", 1, "nilai", "5", "6");
                    s.setRollbackOnly();
                    return null;
                }));
        assertThat(jumlah()).isEqualTo(sebelum);
        SebagaiSistem.jalankan(
                Peran.OPERATOR,
                tenant,
                () -> transaksi.execute(s -> {
                    jejak.catat("uji_batal", 1, "nilai", "5", "7");
                    return null;
                }));
        assertThat(jumlah()).isEqualTo(sebelum + 1);
        assertThat(sebagaiAdmin(() -> verifikasi.verifikasi()).utuh()).isTrue();
    }

    @Test
    void apiVerifikasiMenjawabUntukDaerahPemilikToken() throws Exception {
        HttpResponse<String> jawaban = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/jejak/verifikasi"))
                                .header("Authorization", "Bearer " + TOKEN_BALANGAN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(jawaban.statusCode()).isEqualTo(200);
        JsonNode isi = json.readTree(jawaban.body());
        assertThat(isi.get("utuh").asBoolean()).isTrue();
        assertThat(isi.has("pertamaRusak")).isTrue();
        assertThat(isi.get("pertamaRusak").isNull()).isTrue();
        long jumlahBalangan = jdbc.sql("SELECT COUNT(*) FROM jejak_audit j JOIN tenant t ON t.id = j.tenant_id"
                        + " WHERE t.kode_wilayah = '63.11'")
                .query(Long.class)
                .single();
        assertThat(isi.get("jumlah").asLong()).isPositive().isLessThanOrEqualTo(jumlahBalangan);

        HttpResponse<String> tanpaToken = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/jejak/verifikasi"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(tanpaToken.statusCode()).isEqualTo(401);
    }

    @Test
    void pencarianMenyaringDanEksporXlsxBerisiHasilnya() throws Exception {
        SebagaiSistem.jalankan(
                Peran.OPERATOR,
                tenant,
                () -> transaksi.execute(s -> {
                    jejak.catat("uji_cari", 42, "target 2030", "95", "50");
                    jejak.catat("uji_cari", 42, "satuan", "%", "orang");
                    jejak.catat("uji_cari", 43, "target 2030", "10", "12");
                    return null;
                }));
        SaringanJejak rekaman42 = new SaringanJejak(null, "uji_cari", 42L, null, null, null, null);
        List<JejakAudit> hasil = sebagaiAdmin(() -> pencarian.cari(rekaman42, 0, 50));
        assertThat(hasil).extracting(JejakAudit::isian).containsExactly("satuan", "target 2030");
        assertThat(sebagaiAdmin(() -> pencarian.hitung(rekaman42))).isEqualTo(2);

        // "Today" as the region's users mean it: their zone (WITA for 63.03), not the server's; between 16:00 and
        // 24:00 UTC the two are different days.
        LocalDate hariIni = SebagaiSistem.jalankan(
                Peran.PENGAMAT,
                tenant,
                () -> LocalDate.now(clock.withZone(pencarian.zona().zoneId())));
        SaringanJejak teks = new SaringanJejak("sistem", null, null, "target", "95", hariIni, hariIni);
        assertThat(SebagaiSistem.jalankan(Peran.PENGAMAT, tenant, () -> pencarian.cari(teks, 0, 50)))
                .singleElement()
                .satisfies(j -> assertThat(j.nilaiBaru()).isEqualTo("50"));
        SaringanJejak kemarin =
                new SaringanJejak(null, "uji_cari", null, null, null, hariIni.minusDays(3), hariIni.minusDays(2));
        assertThat(sebagaiAdmin(() -> pencarian.hitung(kemarin))).isZero();

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        int ditulis = SebagaiSistem.jalankan(Peran.PENGAMAT, tenant, () -> {
            try {
                return ekspor.tulis(new SaringanJejak(null, "uji_cari", null, null, null, null, null), xlsx);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(ditulis).isEqualTo(3);
        try (XSSFWorkbook buku = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet lembar = buku.getSheetAt(0);
            assertThat(lembar.getLastRowNum()).isEqualTo(3);
            assertThat(lembar.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Nilai lama");
            assertThat(lembar.getRow(3).getCell(5).getStringCellValue()).isEqualTo("target 2030");
            assertThat(lembar.getRow(3).getCell(6).getStringCellValue()).isEqualTo("95");
            assertThat(lembar.getRow(3).getCell(9).getStringCellValue()).hasSize(64);
        }
    }

    @Test
    void riwayatRealisasiMenyertakanLangkahPersetujuanTahunItuSecaraBerurutan() {
        SebagaiSistem.jalankan(
                Peran.ADMIN_DAERAH,
                tenant,
                () -> transaksi.execute(s -> {
                    jejak.catat("realisasi", 9001, "nilai", null, "80");
                    jejak.catat("persetujuan", 77, "status 2031", "Draf", "Diajukan");
                    jejak.catat("persetujuan", 77, "status 2032", "Draf", "Diajukan");
                    jejak.catat("persetujuan", 78, "status 2031", "Draf", "Diajukan");
                    jejak.catat("persetujuan", 77, "alasan 2031", null, "Sumber data belum dilampirkan");
                    jejak.catat("indikator", 55, "dibuka 2031", null, "Koreksi angka");
                    jejak.catat("realisasi", 9001, "nilai", "80", "82");
                    return null;
                }));
        List<JejakAudit> riwayat = sebagaiAdmin(() -> jejak.riwayatDenganPersetujuan("realisasi", 9001, 77, 55, 2031));
        assertThat(riwayat)
                .extracting(j -> j.jenisData() + ":" + j.isian() + "=" + j.nilaiBaru())
                .containsExactly(
                        "realisasi:nilai=80",
                        "persetujuan:status 2031=Diajukan",
                        "persetujuan:alasan 2031=Sumber data belum dilampirkan",
                        "indikator:dibuka 2031=Koreksi angka",
                        "realisasi:nilai=82");
    }

    /** The queries README gives auditors: SQL alone recomputes every hash and every link. */
    @Test
    void auditorMemeriksaRantaiDenganSqlSaja() {
        SebagaiSistem.jalankan(
                Peran.OPERATOR,
                tenant,
                () -> transaksi.execute(s -> {
                    jejak.catat("uji_sql", 7, "uraian", null, "Ünïcödé — 5 % ~ \n baris");
                    jejak.catat("uji_sql", 7, "uraian", "Ünïcödé — 5 % ~ \n baris", "");
                    return null;
                }));
        long hashSalah = jdbc.sql(
                        """
                        SELECT COUNT(*) FROM jejak_audit WHERE tenant_id = ? AND hash <> SHA2(CONCAT_WS('\n',
                            'pkd-jejak-v1', tenant_id, urut,
                            CONCAT(LENGTH(jenis_data), ':', jenis_data), data_id, CONCAT(LENGTH(isian), ':', isian),
                            IFNULL(CONCAT(LENGTH(nilai_lama), ':', nilai_lama), '~'),
                            IFNULL(CONCAT(LENGTH(nilai_baru), ':', nilai_baru), '~'),
                            CONCAT(LENGTH(oleh), ':', oleh),
                            CAST(UNIX_TIMESTAMP(pada) * 1000 AS UNSIGNED), hash_sebelum), 256)""")
                .param(tenant.value())
                .query(Long.class)
                .single();
        long tautanSalah = jdbc.sql(
                        """
                        SELECT COUNT(*) FROM (
                            SELECT urut, hash_sebelum,
                                   IFNULL(LAG(hash) OVER (ORDER BY urut), REPEAT('0', 64)) AS hash_entri_sebelum,
                                   IFNULL(LAG(urut) OVER (ORDER BY urut), 0) AS urut_sebelum
                            FROM jejak_audit WHERE tenant_id = ?) r
                        WHERE hash_sebelum <> hash_entri_sebelum OR urut <> urut_sebelum + 1""")
                .param(tenant.value())
                .query(Long.class)
                .single();
        assertThat(jumlah()).isPositive();
        assertThat(hashSalah).isZero();
        assertThat(tautanSalah).isZero();
    }

    private long jumlah() {
        return jdbc.sql("SELECT COUNT(*) FROM jejak_audit WHERE tenant_id = ?")
                .param(tenant.value())
                .query(Long.class)
                .single();
    }

    private <T> T sebagaiAdmin(java.util.function.Supplier<T> kerja) {
        return SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant, kerja);
    }
}
