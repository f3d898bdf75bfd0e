package id.pkd.portal.jejak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tamper test: a DBA drops the triggers and rewrites or deletes rows directly in MariaDB; the
 * verification names the entry. Works in its own tenant and puts every row and trigger back.
 */
class JejakRusakTest extends PortalIntegrationTest {

    @Autowired
    JejakAuditService jejak;

    @Autowired
    VerifikasiJejakService verifikasi;

    @Autowired
    DaerahService daerah;

    @Autowired
    TransactionTemplate transaksi;

    @Autowired
    JdbcClient jdbc;

    TenantId tenant;

    @BeforeEach
    void jejakDaerahSendiri() {
        tenant = DaerahUjiJejak.pastikan(daerah, jdbc, "63.05", "admin.jejak.rusak");
        SebagaiSistem.jalankan(
                Peran.PIMPINAN,
                tenant,
                () -> transaksi.execute(s -> {
                    jejak.catat("persetujuan", 501, "status 2030", "Diverifikasi", "Ditetapkan");
                    jejak.catat("realisasi", 502, "nilai", "68.72", "68.89");
                    jejak.catat("realisasi", 502, "hambatan", null, "Data terlambat");
                    return null;
                }));
        assertThat(periksa().utuh()).isTrue();
    }

    @AfterEach
    void pemicuKembali() {
        // Whatever a test did, the triggers exist again afterwards (CREATE fails if they still exist).
        pasangPemicu("jejak_audit_tanpa_ubah", "UPDATE", "jejak_audit", "Jejak audit tidak boleh diubah.");
        pasangPemicu("jejak_audit_tanpa_hapus", "DELETE", "jejak_audit", "Jejak audit tidak boleh dihapus.");
        assertThat(periksa().utuh())
                .as("the test restored the rows it tampered with")
                .isTrue();
    }

    @Test
    void basisDataMenolakUbahDanHapusSelamaPemicuAda() {
        long id = idEntri("persetujuan", "status 2030");
        assertThatThrownBy(() -> jdbc.sql("UPDATE jejak_audit SET oleh = 'orang.lain' WHERE id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("Jejak audit tidak boleh diubah.");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM jejak_audit WHERE id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("Jejak audit tidak boleh dihapus.");
    }

    @Test
    void siapaYangMenetapkanDiubahLangsungDiMariaDbTertangkapDanEntrinyaDisebut() {
        long id = idEntri("persetujuan", "status 2030");
        long urut = urutEntri(id);
        jdbc.sql("DROP TRIGGER jejak_audit_tanpa_ubah").update();
        jdbc.sql("UPDATE jejak_audit SET oleh = 'orang.lain' WHERE id = ?")
                .param(id)
                .update();

        HasilVerifikasi h = periksa();
        assertThat(h.utuh()).isFalse();
        assertThat(h.pertamaRusak().urut()).isEqualTo(urut);
        assertThat(h.pertamaRusak().id()).isEqualTo(id);
        assertThat(h.pertamaRusak().masalah()).isEqualTo(MasalahJejak.DIUBAH);
        assertThat(h.pertamaRusak().oleh()).isEqualTo("orang.lain");
        assertThat(h.pertamaRusak().keterangan()).contains("urut " + urut).contains("diubah");

        jdbc.sql("UPDATE jejak_audit SET oleh = 'sistem' WHERE id = ?")
                .param(id)
                .update();
    }

    @Test
    void perubahanDenganHashDihitungUlangMemutusTautanEntriBerikutnya() {
        long id = idEntri("realisasi", "nilai");
        long urut = urutEntri(id);
        Map<String, Object> asli = baris(id);
        JejakAudit palsu = new JejakAudit(
                id,
                tenant.value(),
                "realisasi",
                502,
                "nilai",
                "68.72",
                "68.72",
                "sistem",
                ((java.sql.Timestamp) asli.get("pada")).toInstant(),
                urut,
                (String) asli.get("hash_sebelum"),
                null);
        jdbc.sql("DROP TRIGGER jejak_audit_tanpa_ubah").update();
        jdbc.sql("UPDATE jejak_audit SET nilai_baru = '68.72', hash = ? WHERE id = ?")
                .params(RantaiJejak.hash(palsu), id)
                .update();

        HasilVerifikasi h = periksa();
        assertThat(h.utuh()).isFalse();
        assertThat(h.pertamaRusak().masalah()).isEqualTo(MasalahJejak.TAUTAN_PUTUS);
        assertThat(h.pertamaRusak().urut()).isEqualTo(urut + 1);

        jdbc.sql("UPDATE jejak_audit SET nilai_baru = ?, hash = ? WHERE id = ?")
                .params(asli.get("nilai_baru"), asli.get("hash"), id)
                .update();
    }

    @Test
    void entriYangDihapusTertangkapDenganNomornya() {
        long id = idEntri("realisasi", "nilai");
        long urut = urutEntri(id);
        Map<String, Object> asli = baris(id);
        jdbc.sql("DROP TRIGGER jejak_audit_tanpa_hapus").update();
        jdbc.sql("DELETE FROM jejak_audit WHERE id = ?").param(id).update();

        HasilVerifikasi h = periksa();
        assertThat(h.utuh()).isFalse();
        assertThat(h.pertamaRusak().urut()).isEqualTo(urut);
        assertThat(h.pertamaRusak().id()).isNull();
        assertThat(h.pertamaRusak().masalah()).isEqualTo(MasalahJejak.DIHAPUS);

        kembalikan(asli);
    }

    @Test
    void ekorYangDihapusTertangkapOlehKepalaDanJangkar() {
        long terakhir = jdbc.sql("SELECT MAX(id) FROM jejak_audit WHERE tenant_id = ?")
                .param(tenant.value())
                .query(Long.class)
                .single();
        long urut = urutEntri(terakhir);
        Map<String, Object> asli = baris(terakhir);
        jdbc.sql("DROP TRIGGER jejak_audit_tanpa_hapus").update();
        jdbc.sql("DELETE FROM jejak_audit WHERE id = ?").param(terakhir).update();
        HasilVerifikasi h = periksa();
        assertThat(h.utuh()).isFalse();
        assertThat(h.pertamaRusak().masalah()).isEqualTo(MasalahJejak.DIHAPUS);
        assertThat(h.pertamaRusak().urut()).isEqualTo(urut);

        // A careful DBA moves the head back too; the day's anchor (as the next day's first entry
        // would write it) still points at the deleted entry.
        Map<String, Object> kepala = jdbc.sql("SELECT urut, hash FROM jejak_kepala WHERE tenant_id = ?")
                .param(tenant.value())
                .query()
                .singleRow();
        jdbc.sql(
                        "INSERT IGNORE INTO jejak_jangkar (tenant_id, tanggal, urut, hash, dibuat) VALUES (?, ?, ?, ?, NOW(3))")
                .params(tenant.value(), LocalDate.of(2000, 1, 1), urut, asli.get("hash"))
                .update();
        jdbc.sql("UPDATE jejak_kepala SET urut = urut - 1, hash = ? WHERE tenant_id = ?")
                .params(asli.get("hash_sebelum"), tenant.value())
                .update();
        h = periksa();
        assertThat(h.utuh()).isFalse();
        assertThat(h.pertamaRusak().masalah()).isEqualTo(MasalahJejak.DIHAPUS);
        assertThat(h.pertamaRusak().keterangan()).contains("jangkar tanggal 2000-01-01");

        kembalikan(asli);
        jdbc.sql("UPDATE jejak_kepala SET urut = ?, hash = ? WHERE tenant_id = ?")
                .params(kepala.get("urut"), kepala.get("hash"), tenant.value())
                .update();
    }

    private HasilVerifikasi periksa() {
        return SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, tenant, () -> verifikasi.verifikasi());
    }

    private long idEntri(String jenis, String isian) {
        return jdbc.sql("SELECT MAX(id) FROM jejak_audit WHERE tenant_id = ? AND jenis_data = ? AND isian = ?")
                .params(tenant.value(), jenis, isian)
                .query(Long.class)
                .single();
    }

    private long urutEntri(long id) {
        return jdbc.sql("SELECT urut FROM jejak_audit WHERE id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    private Map<String, Object> baris(long id) {
        return jdbc.sql("SELECT * FROM jejak_audit WHERE id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    private void kembalikan(Map<String, Object> b) {
        jdbc.sql("INSERT INTO jejak_audit (id, tenant_id, urut, jenis_data, data_id, isian, nilai_lama, nilai_baru,"
                        + " oleh, pada, hash_sebelum, hash) VALUES (:id, :tenant_id, :urut, :jenis_data, :data_id,"
                        + " :isian, :nilai_lama, :nilai_baru, :oleh, :pada, :hash_sebelum, :hash)")
                .params(b)
                .update();
    }

    private void pasangPemicu(String nama, String aksi, String tabel, String pesan) {
        long ada = jdbc.sql("SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"
                        + " AND TRIGGER_NAME = ?")
                .param(nama)
                .query(Long.class)
                .single();
        if (ada == 0) {
            jdbc.sql("CREATE TRIGGER " + nama + " BEFORE " + aksi + " ON " + tabel
                            + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '" + pesan + "'")
                    .update();
        }
    }
}
