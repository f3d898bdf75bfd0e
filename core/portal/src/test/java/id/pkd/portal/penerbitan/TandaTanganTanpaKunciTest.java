package id.pkd.portal.penerbitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import id.pkd.portal.AlurPersetujuanUji;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.tandatangan.BsreUji;
import id.pkd.portal.tandatangan.Kredensial;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing through BSrE (a local stub standing in for a call that can take a minute) holds nothing of the
 * portal's: while the signature request is served, the registry row can be locked by someone else and no pooled
 * connection is in use. A re-issue that lands meanwhile is detected when the result comes back, and the late
 * signature is refused with a clear message rather than stored. Kotawaringin Barat signs through the stub for the
 * length of this test, with its 2022 set and reopened after.
 */
class TandaTanganTanpaKunciTest extends PortalIntegrationTest {

    @Autowired
    PenerbitanService penerbitan;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaksi;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext konteks;

    SubjekDokumen subjek;
    long pdId;

    @BeforeEach
    void tahunDitetapkan() {
        subjek = sebagai(
                Peran.PENGAMAT,
                "62.01",
                () -> penerbitan.pembuat("IKHTISAR").subjek(2022).get(0));
        pdId = Long.parseLong(subjek.kode().substring("pd:".length()));
        AlurPersetujuanUji.tetapkan(persetujuan, tenant("62.01"), pdId, 2022);
    }

    @AfterEach
    void kembaliKeDraf() {
        AlurPersetujuanUji.bukaKembali(persetujuan, tenant("62.01"), pdId, 2022);
    }

    DokumenTerbit siapkan() {
        return sebagai(Peran.PIMPINAN, "62.01", () -> penerbitan.siapkan("IKHTISAR", subjek, 2022));
    }

    DokumenTerbit tandatangani(DokumenTerbit d) {
        return sebagai(
                Peran.PIMPINAN,
                "62.01",
                () -> penerbitan.tandatangani(d.id(), new Kredensial(BsreUji.NIK, BsreUji.PASSPHRASE.toCharArray())));
    }

    @Test
    void selamaBsreMenandatanganiTidakAdaKunciBarisAtauKoneksiYangDitahan() throws Exception {
        AtomicLong dokumenId = new AtomicLong();
        List<String> temuan = new CopyOnWriteArrayList<>();
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        try (BsreUji bsre = BsreUji.aktifkan(konteks, tenant("62.01"), () -> {
            try {
                temuan.add("koneksi aktif " + pool.getHikariPoolMXBean().getActiveConnections());
                // Someone else can take the row's lock at once: the portal holds none while it waits.
                Long terkunci =
                        transaksi.execute(s -> jdbc.sql("SELECT id FROM dokumen_terbit WHERE id = ? FOR UPDATE NOWAIT")
                                .param(dokumenId.get())
                                .query(Long.class)
                                .single());
                temuan.add("baris dapat dikunci " + terkunci);
            } catch (RuntimeException e) {
                temuan.add("gagal: " + e.getMessage());
            }
        })) {
            DokumenTerbit d = siapkan();
            dokumenId.set(d.id());
            DokumenTerbit ditandatangani = tandatangani(d);
            assertThat(ditandatangani.status()).isEqualTo(DokumenTerbit.StatusDokumen.TERBIT);
            assertThat(ditandatangani.penandatangan())
                    .singleElement()
                    .extracting(DokumenTerbit.Penanda::jenis)
                    .isEqualTo("BSRE");
        }
        assertThat(temuan).containsExactly("koneksi aktif 0", "baris dapat dikunci " + dokumenId.get());
    }

    @Test
    void terbitUlangSelamaBsreMenandatanganiMembuatTandaTanganLamaDitolak() throws Exception {
        AtomicReference<DokumenTerbit> pengganti = new AtomicReference<>();
        try (BsreUji bsre =
                BsreUji.aktifkan(konteks, tenant("62.01"), () -> pengganti.compareAndSet(null, siapkan()))) {
            DokumenTerbit d = siapkan();
            assertThatThrownBy(() -> tandatangani(d))
                    .isInstanceOf(PenerbitanDitolakException.class)
                    .hasMessage("Dokumen " + d.nomor() + " (versi " + d.versi() + ") sudah digantikan versi "
                            + (d.versi() + 1) + "; tanda tangani versi terbaru.");
            DokumenTerbit tetap = sebagai(Peran.PENGAMAT, "62.01", () -> penerbitan.dokumen(d.id()));
            assertThat(tetap.penandatangan()).isEmpty();
            assertThat(tetap.sha256()).isEqualTo(d.sha256());
            assertThat(pengganti.get().versi()).isEqualTo(d.versi() + 1);
        }
    }
}
