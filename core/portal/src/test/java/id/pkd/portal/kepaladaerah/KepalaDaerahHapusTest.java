package id.pkd.portal.kepaladaerah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.IsianTidakSahException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Removing a Kepala Daerah term, in a region of its own (96.01): a term nothing refers to goes with its pejabat row
 * and an audit entry; a term a document names as signer, or one of a locked year, stays as it was. Each test uses
 * its own year, so the terms never overlap.
 */
class KepalaDaerahHapusTest extends PortalIntegrationTest {

    static final String KODE = "96.01";

    @Autowired
    DaerahService daerah;

    @Autowired
    KepalaDaerahService kepalaDaerah;

    @Autowired
    JdbcClient jdbc;

    TenantId t;

    <T> T sebagai(Peran peran, Supplier<T> kerja) {
        return SebagaiSistem.jalankan(peran, t, kerja);
    }

    @BeforeEach
    void daerahSendiri() {
        t = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = ?")
                .param(KODE)
                .query(Long.class)
                .optional()
                .map(TenantId::new)
                .orElse(null);
        if (t == null) {
            SebagaiSistem.jalankan(
                    Peran.OPERATOR_PORTAL,
                    null,
                    () -> daerah.daftarkan(new DaerahBaru(
                            KODE,
                            "Kabupaten Uji Hapus Kepala",
                            JenisDaerah.KABUPATEN,
                            null,
                            new PenggunaBaru(
                                    "admin.hapus.kepala.9601",
                                    "Rahasia-Uji-Hapus-2024!",
                                    "Admin Uji Hapus Kepala",
                                    Peran.ADMIN_DAERAH,
                                    null,
                                    null))));
            t = tenant(KODE);
        }
    }

    @Test
    void masaJabatanTanpaRujukanTerhapusBesertaPejabatnyaDanTercatat() {
        KepalaDaerah k = baru("Plt. Uji Hapus Bebas", 2030);
        KetergantunganKepalaDaerah r = sebagai(Peran.ADMIN_DAERAH, () -> kepalaDaerah.ketergantungan(k.id()));
        assertThat(r.bolehDihapus()).isTrue();
        assertThat(r.uraian()).singleElement().asString().startsWith("Tidak ada dokumen");
        assertThatThrownBy(() -> sebagai(Peran.OPERATOR, () -> {
                    kepalaDaerah.hapus(k.id());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);

        sebagai(Peran.ADMIN_DAERAH, () -> {
            kepalaDaerah.hapus(k.id());
            return null;
        });

        assertThat(jumlah("SELECT COUNT(*) FROM kepala_daerah WHERE tenant_id = ? AND id = ?", k.id()))
                .isZero();
        assertThat(jumlah("SELECT COUNT(*) FROM pejabat WHERE tenant_id = ? AND id = ?", k.pejabatId()))
                .isZero();
        assertThat(jdbc.sql("SELECT nilai_lama FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'kepala_daerah'"
                                + " AND data_id = ? AND isian = 'dihapus' AND nilai_baru IS NULL")
                        .params(t.value(), k.id())
                        .query(String.class)
                        .single())
                .contains("Plt. Bupati Uji Hapus Kepala")
                .contains("Uji Hapus Bebas")
                .contains("2030-03-01");
    }

    @Test
    void masaJabatanYangMenandatanganiDokumenTerbitDitolakTanpaPerubahan() {
        KepalaDaerah k = baru("Plt. Uji Hapus Bertanda", 2032);
        String nomor = "UJI/9601/" + UUID.randomUUID();
        long dokumen = dokumen(nomor, k.pejabatId(), "TERBIT", 2032);
        jdbc.sql("INSERT INTO dokumen_tanda_tangan (tenant_id, dokumen_id, urutan, pejabat_id, nama, peran,"
                        + " jenis_penandatangan, ditandatangani_oleh, waktu) VALUES (?, ?, 0, ?, ?, 'Kepala Daerah',"
                        + " 'PKCS12', 'uji', ?)")
                .params(t.value(), dokumen, k.pejabatId(), k.nama(), Timestamp.from(Instant.now()))
                .update();
        String menunggu = "UJI/9601/" + UUID.randomUUID();
        dokumen(menunggu, k.pejabatId(), "MENUNGGU_TANDA_TANGAN", 2033);
        long jejakSebelum = jumlah(
                "SELECT COUNT(*) FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'kepala_daerah' AND data_id = ?",
                k.id());

        KetergantunganKepalaDaerah r = sebagai(Peran.ADMIN_DAERAH, () -> kepalaDaerah.ketergantungan(k.id()));
        assertThat(r.bolehDihapus()).isFalse();
        assertThat(r.dokumen())
                .satisfiesExactly(
                        d -> assertThat(d).contains(nomor).contains("terbit"),
                        d -> assertThat(d).contains(menunggu).contains("menunggu tanda tangan"));
        assertThat(r.alasanDitolak()).contains("tidak dapat dihapus");

        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, () -> {
                    kepalaDaerah.hapus(k.id());
                    return null;
                }))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(
                                e.pesanPerIsian().get("hapus"))
                        .contains("Plt. Bupati Uji Hapus Kepala Uji Hapus Bertanda tidak dapat dihapus"));
        assertThat(jumlah("SELECT COUNT(*) FROM kepala_daerah WHERE tenant_id = ? AND id = ?", k.id()))
                .isOne();
        assertThat(jumlah("SELECT COUNT(*) FROM pejabat WHERE tenant_id = ? AND id = ?", k.pejabatId()))
                .isOne();
        assertThat(jumlah(
                        "SELECT COUNT(*) FROM jejak_audit WHERE tenant_id = ? AND jenis_data = 'kepala_daerah'"
                                + " AND data_id = ?",
                        k.id()))
                .isEqualTo(jejakSebelum);
    }

    @Test
    void masaJabatanDiTahunTerkunciDitolakTanpaPerubahan() {
        int tahun = 2035;
        KepalaDaerah k = baru("Plt. Uji Hapus Terkunci", tahun);
        long pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = 'PD-HK'")
                .param(t.value())
                .query(Long.class)
                .optional()
                .orElseGet(() -> {
                    jdbc.sql("INSERT INTO perangkat_daerah (tenant_id, kode, nama) VALUES (?, 'PD-HK', ?)")
                            .params(t.value(), "Dinas Uji Hapus Kepala")
                            .update();
                    return jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = 'PD-HK'")
                            .param(t.value())
                            .query(Long.class)
                            .single();
                });
        jdbc.sql("INSERT INTO persetujuan (tenant_id, perangkat_daerah_id, tahun, status, diubah_oleh, diubah_pada)"
                        + " VALUES (?, ?, ?, 'DITETAPKAN', 'uji', ?)")
                .params(t.value(), pd, tahun, Timestamp.from(Instant.now()))
                .update();
        try {
            KetergantunganKepalaDaerah r = sebagai(Peran.ADMIN_DAERAH, () -> kepalaDaerah.ketergantungan(k.id()));
            assertThat(r.bolehDihapus()).isFalse();
            assertThat(r.tahunTerkunci())
                    .singleElement()
                    .asString()
                    .contains("Realisasi tahun " + tahun)
                    .contains("sudah ditetapkan");
            assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, () -> {
                        kepalaDaerah.hapus(k.id());
                        return null;
                    }))
                    .isInstanceOf(DataTerkunciException.class)
                    .hasMessageContaining("Realisasi tahun " + tahun);
            assertThat(jumlah("SELECT COUNT(*) FROM kepala_daerah WHERE tenant_id = ? AND id = ?", k.id()))
                    .isOne();
            assertThat(jumlah("SELECT COUNT(*) FROM pejabat WHERE tenant_id = ? AND id = ?", k.pejabatId()))
                    .isOne();
        } finally {
            jdbc.sql("DELETE FROM persetujuan WHERE tenant_id = ? AND perangkat_daerah_id = ? AND tahun = ?")
                    .params(t.value(), pd, tahun)
                    .update();
        }
        // the year reopened, the same removal goes through
        sebagai(Peran.ADMIN_DAERAH, () -> {
            kepalaDaerah.hapus(k.id());
            return null;
        });
        assertThat(jumlah("SELECT COUNT(*) FROM kepala_daerah WHERE tenant_id = ? AND id = ?", k.id()))
                .isZero();
    }

    /** A Plt. for March of {@code tahun}, through the screen's service. */
    private KepalaDaerah baru(String nama, int tahun) {
        return sebagai(
                Peran.ADMIN_DAERAH,
                () -> kepalaDaerah.simpan(new IsianKepalaDaerah(
                        null,
                        StatusKepalaDaerah.PLT,
                        "Bupati Uji Hapus Kepala",
                        nama.substring("Plt. ".length()),
                        null,
                        LocalDate.of(tahun, 3, 1),
                        LocalDate.of(tahun, 3, 31),
                        null)));
    }

    /** A registry row whose signature block names {@code pejabatId}, as issuing a document writes it. */
    private long dokumen(String nomor, long pejabatId, String status, int tahun) {
        String token = UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("INSERT INTO dokumen_terbit (tenant_id, nomor, token, jenis, judul, tahun, subjek_kode, subjek_nama,"
                        + " versi, nama_pemerintah, status, sha256, pdf, data_beku, blok_tanda_tangan, dibuat_oleh,"
                        + " dibuat_pada) VALUES (?, ?, ?, 'LKJIP', 'LKJIP Uji', ?, 'daerah', 'Uji', 1, 'Uji', ?, ?, ?,"
                        + " '{}', ?, 'uji', ?)")
                .params(
                        t.value(),
                        nomor,
                        token,
                        tahun,
                        status,
                        (token + token).substring(0, 64),
                        new byte[] {1},
                        "[{\"pejabatId\":" + pejabatId
                                + ",\"peran\":\"Kepala Daerah\",\"halaman\":1,\"x\":1.0,\"y\":1.0,\"lebar\":1.0,"
                                + "\"tinggi\":1.0}]",
                        Timestamp.from(Instant.now()))
                .update();
        return jdbc.sql("SELECT id FROM dokumen_terbit WHERE nomor = ?")
                .param(nomor)
                .query(Long.class)
                .single();
    }

    private long jumlah(String sql, long id) {
        return jdbc.sql(sql).params(t.value(), id).query(Long.class).single();
    }
}
