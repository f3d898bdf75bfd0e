package id.pkd.portal.rpjmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.jejak.JejakAudit;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import id.pkd.portal.pertukaran.EksporRencanaService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.renstra.BarisRenstra;
import id.pkd.portal.renstra.IsianBaris;
import id.pkd.portal.renstra.JenisBaris;
import id.pkd.portal.renstra.RenstraService;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.IsianTidakSahException;
import id.pkd.portal.umum.ValidasiGagalException;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * An agency's Renstra tujuan linked to a tujuan RPJMD of its period (issue 13), on a region of its own (96.02), with a
 * second region (96.01) for isolation: link, change and unlink in the audit trail; another region's or another
 * period's tujuan RPJMD refused at the picker; the link lost, and listed first, when the tujuan RPJMD goes; carried
 * through the plan file like a sasaran's link.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TautanTujuanRenstraTest extends PortalIntegrationTest {

    static final String DAERAH = "96.02";
    static final String DAERAH_LAIN = "96.01";

    @Autowired
    RpjmdService rpjmd;

    @Autowired
    SasaranRpjmdService sasaran;

    @Autowired
    TautanSasaranRpjmdService tautan;

    @Autowired
    RenstraService renstra;

    @Autowired
    JejakAuditService jejak;

    @Autowired
    DaerahService daerah;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EksporRencanaService ekspor;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    ObjectMapper json;

    PeriodeRpjmd periode;
    long pd;

    @BeforeAll
    void siapkan() {
        daerahBila(DAERAH, "admin.uji.tujuanrpjmd.9602");
        daerahBila(DAERAH_LAIN, "admin.hapus.kepala.9601");
        periode = admin(() ->
                rpjmd.simpan(new IsianPeriode(null, 2025, 2029, "Daerah yang maju", List.of("Misi satu", "Misi dua"))));
        long t = tenant(DAERAH).value();
        jdbc.sql("INSERT INTO perangkat_daerah (tenant_id, kode, nama) VALUES (?, 'PD-TR', 'Dinas Uji Tujuan')")
                .param(t)
                .update();
        pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = 'PD-TR'")
                .param(t)
                .query(Long.class)
                .single();
    }

    @Test
    void tautanTujuanTercatatBerubahLepasDanHilangSaatTujuanRpjmdDihapus() {
        TujuanRpjmd satu =
                admin(() -> sasaran.simpanTujuan(new IsianTujuanRpjmd(null, periode.id(), 1, "T-R1", "Tujuan satu")));
        TujuanRpjmd dua =
                admin(() -> sasaran.simpanTujuan(new IsianTujuanRpjmd(null, periode.id(), 2, "T-R2", "Tujuan dua")));
        BarisRenstra tujuanPd = tujuanRenstra("TPD-R", "Tujuan dinas");

        tautkan(tujuanPd.id(), satu.id());
        assertThat(tautanDari(tujuanPd.id())).isEqualTo(satu.id());
        tautkan(tujuanPd.id(), null);
        assertThat(tautanDari(tujuanPd.id())).isNull();
        tautkan(tujuanPd.id(), dua.id());
        assertThat(admin(() -> tautan.tujuanRpjmd(periode.id())))
                .extracting(TujuanRpjmd::kode)
                .contains("T-R1", "T-R2");

        KetergantunganRpjmd k = admin(() -> sasaran.ketergantungan(periode.id(), true, dua.id()));
        assertThat(k.tujuanRenstra()).containsExactly("Dinas Uji Tujuan TPD-R");
        assertThat(k.uraian())
                .contains("Tujuan Renstra perangkat daerah yang kehilangan tautan: Dinas Uji Tujuan TPD-R");
        assertThat(admin(() -> sasaran.ketergantungan(periode.id(), true, satu.id()))
                        .tujuanRenstra())
                .isEmpty();

        admin(() -> {
            sasaran.hapus(periode.id(), true, dua.id());
            return null;
        });
        assertThat(tautanDari(tujuanPd.id())).isNull();
        assertThat(admin(() -> jejak.riwayat("tujuan", tujuanPd.id())))
                .extracting(JejakAudit::isian, JejakAudit::nilaiLama, JejakAudit::nilaiBaru)
                .contains(
                        tuple("tujuanRpjmd", null, "T-R1"),
                        tuple("tujuanRpjmd", "T-R1", null),
                        tuple("tujuanRpjmd", null, "T-R2"),
                        tuple("tujuanRpjmd", "T-R2", null));
    }

    @Test
    void tujuanRpjmdDaerahLainAtauPeriodeLainDitolakDanDaerahLainTidakMengubah() {
        TujuanRpjmd milik =
                admin(() -> sasaran.simpanTujuan(new IsianTujuanRpjmd(null, periode.id(), 1, "T-I", "Tujuan milik")));
        BarisRenstra tujuanPd = tujuanRenstra("TPD-I", "Tujuan dinas isolasi");
        tautkan(tujuanPd.id(), milik.id());

        long tujuanLain = sebagai(Peran.ADMIN_DAERAH, DAERAH_LAIN, () -> {
            PeriodeRpjmd p = rpjmd.simpan(new IsianPeriode(null, 2025, 2029, "Daerah lain", List.of("Misi lain")));
            return sasaran.simpanTujuan(new IsianTujuanRpjmd(null, p.id(), 1, "T-LAIN", "Tujuan daerah lain"))
                    .id();
        });
        assertThatThrownBy(() -> tautkan(tujuanPd.id(), tujuanLain))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsEntry("tujuanRpjmd", "Pilih tujuan RPJMD dari periode yang sama."));

        PeriodeRpjmd periodeLain = admin(
                () -> rpjmd.simpan(new IsianPeriode(null, 2030, 2034, "Periode berikut", List.of("Misi berikut"))));
        long tujuanPeriodeLain = admin(() -> sasaran.simpanTujuan(
                        new IsianTujuanRpjmd(null, periodeLain.id(), 1, "T-P2", "Tujuan periode berikut")))
                .id();
        assertThatThrownBy(() -> tautkan(tujuanPd.id(), tujuanPeriodeLain)).isInstanceOf(IsianTidakSahException.class);
        assertThat(tautanDari(tujuanPd.id())).as("unchanged").isEqualTo(milik.id());

        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, DAERAH_LAIN, () -> {
                    tautan.tautkanTujuanRenstra(tujuanPd.id(), tujuanLain);
                    return null;
                }))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThatThrownBy(() -> sebagai(Peran.OPERATOR, DAERAH, () -> {
                    tautan.tautkanTujuanRenstra(tujuanPd.id(), null);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tautanDari(tujuanPd.id())).isEqualTo(milik.id());
    }

    @Test
    void tautanTujuanIkutEksporDanImporRencana() throws Exception {
        TujuanRpjmd t =
                admin(() -> sasaran.simpanTujuan(new IsianTujuanRpjmd(null, periode.id(), 2, "T-X", "Tujuan tukar")));
        BarisRenstra tujuanPd = tujuanRenstra("TPD-X", "Tujuan dinas tukar");
        tautkan(tujuanPd.id(), t.id());

        ObjectNode berkas = json.valueToTree(admin(() -> ekspor.ekspor(2026)));
        ObjectNode tujuanPdBerkas = (ObjectNode) cari(berkas.at("/perangkatDaerah/0/renstra/tujuan"), "TPD-X");
        assertThat(tujuanPdBerkas.path("tujuanRpjmd").asText()).isEqualTo("T-X");

        // the file names none for it: unlinked
        tujuanPdBerkas.remove("tujuanRpjmd");
        admin(() -> impor.impor(bytes(berkas)));
        assertThat(tautanDari(tujuanPd.id())).isNull();

        tujuanPdBerkas.put("tujuanRpjmd", "T-X");
        admin(() -> impor.impor(bytes(berkas)));
        assertThat(tautanDari(tujuanPd.id())).isEqualTo(t.id());

        // a code the file's rpjmd.tujuan lacks is refused at its path, nothing written
        tujuanPdBerkas.put("tujuanRpjmd", "T-TIDAK-ADA");
        assertThatThrownBy(() -> admin(() -> impor.impor(bytes(berkas))))
                .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                        .extracting(ValidasiGagalException.Kesalahan::pesan)
                        .contains("Tujuan RPJMD \"T-TIDAK-ADA\" tidak ada di rpjmd.tujuan berkas ini."));
        assertThat(tautanDari(tujuanPd.id())).isEqualTo(t.id());

        // a file from before the list existed leaves the link alone
        ((ObjectNode) berkas.get("rpjmd")).remove("tujuan");
        tujuanPdBerkas.remove("tujuanRpjmd");
        admin(() -> impor.impor(bytes(berkas)));
        assertThat(tautanDari(tujuanPd.id())).isEqualTo(t.id());
    }

    private BarisRenstra tujuanRenstra(String kode, String uraian) {
        return admin(() -> renstra.simpan(
                pd, periode.id(), IsianBaris.struktur(JenisBaris.TUJUAN, null, null, kode, uraian, null)));
    }

    private void tautkan(long tujuanId, Long tujuanRpjmdId) {
        admin(() -> {
            tautan.tautkanTujuanRenstra(tujuanId, tujuanRpjmdId);
            return null;
        });
    }

    private Long tautanDari(long tujuanId) {
        return admin(() -> tautan.tujuanRenstra(periode.id())).stream()
                .filter(r -> r.tujuanId() == tujuanId)
                .findFirst()
                .orElseThrow()
                .tujuanRpjmdId();
    }

    private void daerahBila(String kode, String admin) {
        if (jdbc.sql("SELECT COUNT(*) FROM tenant WHERE kode_wilayah = ?")
                        .param(kode)
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        SebagaiSistem.jalankan(
                Peran.OPERATOR_PORTAL,
                null,
                () -> daerah.daftarkan(new DaerahBaru(
                        kode,
                        "Kabupaten Uji Tujuan " + kode,
                        JenisDaerah.KABUPATEN,
                        null,
                        new PenggunaBaru(
                                admin,
                                "Rahasia-Uji-Tujuan-2024!",
                                "Admin Uji " + kode,
                                Peran.ADMIN_DAERAH,
                                null,
                                null))));
    }

    byte[] bytes(JsonNode berkas) {
        try {
            return json.writeValueAsBytes(berkas);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode cari(JsonNode daftar, String kode) {
        return java.util.stream.StreamSupport.stream(daftar.spliterator(), false)
                .filter(n -> n.path("kode").asText().equals(kode))
                .findFirst()
                .orElseThrow();
    }

    <T> T admin(Supplier<T> kerja) {
        return sebagai(Peran.ADMIN_DAERAH, DAERAH, kerja);
    }
}
