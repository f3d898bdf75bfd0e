package id.pkd.portal.penerbitan;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.AlurPersetujuanUji;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.tandatangan.Kredensial;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Twenty issuances of one tenant at once, of the same document and of another, then two signatures of one document
 * at once: numbers per type and year have no duplicate and no gap and match the counter row, versions per document
 * are consecutive, every registry row's hash is its PDF's, and exactly one of two racing signatures is kept.
 */
class PenerbitanBersamaanTest extends PortalIntegrationTest {

    static final int JUMLAH = 20;

    @Autowired
    PenerbitanService penerbitan;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    JdbcClient jdbc;

    SubjekDokumen subjek;
    long pdId;
    long tenant;

    @BeforeEach
    void tahunDitetapkan() {
        tenant = tenant("63.11").value();
        subjek = sebagai(
                Peran.PENGAMAT,
                "63.11",
                () -> penerbitan.pembuat("IKHTISAR").subjek(2022).get(0));
        pdId = Long.parseLong(subjek.kode().substring("pd:".length()));
        AlurPersetujuanUji.tetapkan(persetujuan, tenant("63.11"), pdId, 2022);
    }

    @AfterEach
    void kembaliKeDraf() {
        AlurPersetujuanUji.bukaKembali(persetujuan, tenant("63.11"), pdId, 2022);
    }

    @Test
    void duaPuluhPenerbitanBersamaanTanpaNomorGandaAtauLoncat() throws Exception {
        ExecutorService pelaksana = Executors.newFixedThreadPool(JUMLAH);
        try {
            CountDownLatch mulai = new CountDownLatch(1);
            List<Future<DokumenTerbit>> hasil = new ArrayList<>();
            for (int i = 0; i < JUMLAH; i++) {
                String jenis = i % 2 == 0 ? "IKHTISAR" : PembuatDuaPihakUji.JENIS;
                hasil.add(pelaksana.submit(() -> {
                    mulai.await();
                    return sebagai(Peran.PIMPINAN, "63.11", () -> penerbitan.siapkan(jenis, subjek, 2022));
                }));
            }
            mulai.countDown();
            List<DokumenTerbit> terbit = new ArrayList<>();
            for (Future<DokumenTerbit> f : hasil) {
                terbit.add(f.get(5, TimeUnit.MINUTES));
            }
            assertThat(terbit).extracting(DokumenTerbit::nomor).doesNotHaveDuplicates();
            assertThat(terbit).extracting(DokumenTerbit::token).doesNotHaveDuplicates();
        } finally {
            pelaksana.shutdownNow();
        }

        for (String jenis : List.of("IKHTISAR", PembuatDuaPihakUji.JENIS)) {
            // The whole registry of the type and year, including earlier tests' issuances: 1..n, nothing else.
            List<String> nomor = jdbc.sql(
                            "SELECT nomor FROM dokumen_terbit WHERE tenant_id = ? AND jenis = ? AND tahun = 2022")
                    .params(tenant, jenis)
                    .query(String.class)
                    .list();
            List<Integer> urut = nomor.stream()
                    .map(n -> Integer.parseInt(n.substring(n.lastIndexOf('/') + 1)))
                    .sorted()
                    .toList();
            assertThat(urut)
                    .as(jenis)
                    .isEqualTo(IntStream.rangeClosed(1, nomor.size()).boxed().toList());
            assertThat(nomor).allMatch(n -> n.startsWith("PKD/63.11/" + jenis + "/2022/"));
            int terakhir = jdbc.sql(
                            "SELECT terakhir FROM nomor_dokumen WHERE tenant_id = ? AND jenis = ? AND tahun = 2022")
                    .params(tenant, jenis)
                    .query(Integer.class)
                    .single();
            assertThat(terakhir).as(jenis).isEqualTo(nomor.size());

            List<Integer> versi = jdbc.sql("SELECT versi FROM dokumen_terbit WHERE tenant_id = ? AND jenis = ?"
                            + " AND subjek_kode = ? AND tahun = 2022 ORDER BY versi")
                    .params(tenant, jenis, subjek.kode())
                    .query(Integer.class)
                    .list();
            assertThat(versi)
                    .as(jenis)
                    .isEqualTo(IntStream.rangeClosed(1, versi.size()).boxed().toList());
        }

        // Every row consistent: the stored hash is its PDF's, and each issuance has its one audit entry.
        List<Map<String, Object>> baris = jdbc.sql(
                        "SELECT d.sha256 = CONVERT(SHA2(d.pdf, 256) USING ascii) COLLATE ascii_bin AS cocok, (SELECT COUNT(*) FROM jejak_audit j"
                                + " WHERE j.tenant_id = d.tenant_id AND j.jenis_data = ? AND j.data_id = d.id"
                                + " AND j.isian = 'penerbitan' AND j.nilai_baru LIKE CONCAT('nomor ', d.nomor, ';%'))"
                                + " AS jejak FROM dokumen_terbit d WHERE d.tenant_id = ? AND d.tahun = 2022"
                                + " AND d.jenis IN ('IKHTISAR', ?) AND d.status = 'MENUNGGU_TANDA_TANGAN'")
                .params(PenerbitanService.JENIS_JEJAK, tenant, PembuatDuaPihakUji.JENIS)
                .query()
                .listOfRows();
        assertThat(baris).hasSizeGreaterThanOrEqualTo(JUMLAH);
        assertThat(baris).allSatisfy(b -> {
            assertThat(((Number) b.get("cocok")).intValue()).isEqualTo(1);
            assertThat(((Number) b.get("jejak")).intValue()).isEqualTo(1);
        });
    }

    @Test
    void duaTandaTanganBersamaanHanyaSatuYangDisimpan() throws Exception {
        DokumenTerbit d = sebagai(Peran.PIMPINAN, "63.11", () -> penerbitan.siapkan("IKHTISAR", subjek, 2022));
        ExecutorService pelaksana = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch mulai = new CountDownLatch(1);
            List<Future<Object>> hasil = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                hasil.add(pelaksana.submit(() -> {
                    mulai.await();
                    try {
                        return sebagai(
                                Peran.PIMPINAN,
                                "63.11",
                                () -> penerbitan.tandatangani(
                                        d.id(), Kredensial.passphrase(PenerbitanTest.PASSPHRASE_DEMO.toCharArray())));
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            mulai.countDown();
            List<Object> keluaran = new ArrayList<>();
            for (Future<Object> f : hasil) {
                keluaran.add(f.get(5, TimeUnit.MINUTES));
            }
            assertThat(keluaran).filteredOn(DokumenTerbit.class::isInstance).hasSize(1);
            // The later one is told why, whether it lost the race while signing or started after the first ended.
            assertThat(keluaran)
                    .filteredOn(RuntimeException.class::isInstance)
                    .singleElement()
                    .satisfies(e -> assertThat(((RuntimeException) e).getMessage())
                            .containsAnyOf(
                                    "sudah ditandatangani atau diubah pihak lain", "sudah ditandatangani lengkap"));
        } finally {
            pelaksana.shutdownNow();
        }
        DokumenTerbit akhir = sebagai(Peran.PENGAMAT, "63.11", () -> penerbitan.dokumen(d.id()));
        assertThat(akhir.penandatangan()).hasSize(1);
        assertThat(akhir.status()).isEqualTo(DokumenTerbit.StatusDokumen.TERBIT);
        assertThat(jdbc.sql(
                                "SELECT sha256 = CONVERT(SHA2(pdf, 256) USING ascii) COLLATE ascii_bin FROM dokumen_terbit WHERE id = ?")
                        .param(d.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }
}
