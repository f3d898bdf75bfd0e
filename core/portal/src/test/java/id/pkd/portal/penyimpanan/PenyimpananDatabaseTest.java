package id.pkd.portal.penyimpanan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.TestMariaDb;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.IsianTidakSahException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.unit.DataSize;

/**
 * The database store as two nodes of a cluster see it: evidence uploaded through the portal (node A) is read by a
 * second store over connections of its own (node B) on the same database, never through a node's disk.
 */
class PenyimpananDatabaseTest extends PortalIntegrationTest {

    @Autowired
    private PenyimpananBerkas penyimpanan;

    @Autowired
    private RealisasiService realisasi;

    @Autowired
    private DaerahService daerah;

    @Autowired
    private ImporRencanaService impor;

    @Autowired
    private JdbcClient jdbc;

    /** Another node: its own connections to the same database, its own store instance. */
    private static PenyimpananDatabase nodeB() {
        TestMariaDb db = TestMariaDb.get();
        DriverManagerDataSource ds = new DriverManagerDataSource(db.jdbcUrl(), db.user(), db.password());
        return new PenyimpananDatabase(
                JdbcClient.create(ds), Clock.systemUTC(), new BatasBerkas(DataSize.ofMegabytes(20)));
    }

    @Test
    void buktiYangDiunggahDiNodeADiunduhDiNodeB() {
        long realisasiId = DaerahUjiBerkas.realisasi(daerah, jdbc, impor, "51.01");
        TenantId a = DaerahUjiBerkas.pastikan(daerah, jdbc, "51.01");
        byte[] pdf = ("%PDF-1.4\n% bukti node A " + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);

        var bukti = sebagai(Peran.OPERATOR, "51.01", () -> realisasi.unggahBukti(realisasiId, "laporan.pdf", pdf));

        assertThat(penyimpanan.nama()).isEqualTo("database");
        assertThat(nodeB().baca(a, RealisasiService.kunciBukti(bukti.sha256()))).hasValue(pdf);
        assertThat(sebagai(Peran.PENGAMAT, "51.01", () -> realisasi.isiBukti(bukti.id())))
                .isEqualTo(pdf);
        // Nothing of it on this node's disk: the old evidence folder stays empty.
        assertThat(jdbc.sql("SELECT ukuran FROM berkas WHERE tenant_id = ? AND kunci = ?")
                        .params(a.value(), RealisasiService.kunciBukti(bukti.sha256()))
                        .query(Long.class)
                        .single())
                .isEqualTo(pdf.length);
    }

    @Test
    void berkasBesarDisimpanBerpotonganDanKembaliUtuh() {
        TenantId a = DaerahUjiBerkas.pastikan(daerah, jdbc, "51.01");
        byte[] besar = new byte[(int) (2.5 * PenyimpananDatabase.POTONGAN)];
        new Random(15).nextBytes(besar);

        penyimpanan.simpan(a, "uji/besar", besar);

        assertThat(nodeB().baca(a, "uji/besar"))
                .hasValueSatisfying(isi -> assertThat(isi).isEqualTo(besar));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM berkas_potongan p JOIN berkas b ON b.id = p.berkas_id"
                                + " WHERE b.tenant_id = ? AND b.kunci = 'uji/besar'")
                        .param(a.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        penyimpanan.simpan(a, "uji/kosong", new byte[0]);
        assertThat(nodeB().baca(a, "uji/kosong")).hasValue(new byte[0]);
    }

    @Test
    void daerahLainTidakMembacaKunciYangSama() {
        TenantId a = DaerahUjiBerkas.pastikan(daerah, jdbc, "51.01");
        TenantId b = DaerahUjiBerkas.pastikan(daerah, jdbc, "51.02");
        byte[] milikA = "rahasia daerah A".getBytes(StandardCharsets.UTF_8);
        penyimpanan.simpan(a, "uji/terpisah", milikA);
        penyimpanan.hapus(b, "uji/terpisah");

        assertThat(penyimpanan.baca(b, "uji/terpisah")).isEmpty();
        assertThat(penyimpanan.ada(b, "uji/terpisah")).isFalse();
        assertThat(nodeB().baca(b, "uji/terpisah")).isEmpty();
        assertThat(penyimpanan.baca(a, "uji/terpisah")).hasValue(milikA);

        byte[] milikB = "milik daerah B".getBytes(StandardCharsets.UTF_8);
        penyimpanan.simpan(b, "uji/terpisah", milikB);
        assertThat(penyimpanan.baca(a, "uji/terpisah")).hasValue(milikA);
        assertThat(penyimpanan.baca(b, "uji/terpisah")).hasValue(milikB);
    }

    @Test
    void kunciDigantiDanDihapus() {
        TenantId a = DaerahUjiBerkas.pastikan(daerah, jdbc, "51.01");
        penyimpanan.simpan(a, "uji/ganti", "lama".getBytes(StandardCharsets.UTF_8));
        penyimpanan.simpan(a, "uji/ganti", "baru".getBytes(StandardCharsets.UTF_8));
        assertThat(nodeB().baca(a, "uji/ganti")).hasValue("baru".getBytes(StandardCharsets.UTF_8));

        nodeB().hapus(a, "uji/ganti");
        assertThat(penyimpanan.ada(a, "uji/ganti")).isFalse();
        assertThat(penyimpanan.baca(a, "uji/ganti")).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM berkas_potongan p WHERE p.tenant_id = ? AND NOT EXISTS"
                                + " (SELECT 1 FROM berkas b WHERE b.id = p.berkas_id)")
                        .param(a.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void kunciYangKeluarDariDaerahnyaDitolak() {
        TenantId a = DaerahUjiBerkas.pastikan(daerah, jdbc, "51.01");
        for (String kunci : new String[] {"../51.02/bukti", "/mutlak", "bukti/../../x", "a/b/c", "", "BESAR"}) {
            assertThatThrownBy(() -> penyimpanan.baca(a, kunci)).as(kunci).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void batasUkuranBerlaku() {
        TenantId a = DaerahUjiBerkas.pastikan(daerah, jdbc, "51.01");
        PenyimpananDatabase kecil =
                new PenyimpananDatabase(jdbc, Clock.systemUTC(), new BatasBerkas(DataSize.ofKilobytes(1)));
        assertThatThrownBy(() -> kecil.simpan(a, "uji/terlalu-besar", new byte[1025]))
                .isInstanceOf(BerkasTerlaluBesarException.class)
                .hasMessage("Berkas terlalu besar untuk disimpan: paling besar 1 KB.");
        assertThat(penyimpanan.ada(a, "uji/terlalu-besar")).isFalse();

        // Evidence is bounded by pkd.unggah.bukti (10 MB) before it reaches the store, and said at its field.
        long realisasiId = DaerahUjiBerkas.realisasi(daerah, jdbc, impor, "51.01");
        byte[] pdf = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 10 * 1024 * 1024 + 1);
        assertThatThrownBy(() ->
                        sebagai(Peran.OPERATOR, "51.01", () -> realisasi.unggahBukti(realisasiId, "besar.pdf", pdf)))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsKey("bukti"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM berkas WHERE tenant_id = ? AND ukuran > 10485760")
                        .param(a.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
