package id.pkd.portal.persetujuan;

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
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.plugin.BagianLaporanUrusan;
import id.pkd.portal.plugin.BarisUrusan;
import id.pkd.portal.plugin.DataUrusanService;
import id.pkd.portal.plugin.PemegangUrusan;
import id.pkd.portal.plugin.PluginDaerahService;
import id.pkd.portal.plugin.SumberBagianLaporan;
import id.pkd.portal.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13: an urusan plugin's data belongs to the agencies holding its urusan. In a region of its own (92.01) with
 * two agencies, A holding 1.06 (Sosial) and B holding 1.01, the Sosial sections print in A's LKIP only, and the PPKS
 * form of a year stays open while B's year is submitted but refuses a write, with the reason in Bahasa Indonesia, once
 * A's year is. No agency holds 2.08 there, so the PPPA sections fall back to every agency's LKIP.
 */
class KunciPemegangUrusanTest extends PortalIntegrationTest {

    static final String DAERAH = "92.01";
    static final int TAHUN = 2025;

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    PluginDaerahService pluginDaerah;

    @Autowired
    DataUrusanService dataUrusan;

    @Autowired
    SumberBagianLaporan bagianLaporan;

    @Autowired
    PemegangUrusan pemegang;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    JdbcClient jdbc;

    @Test
    void formulirUrusanTerkunciHanyaOlehPerangkatDaerahPemegangUrusannya() {
        TenantId t = daerahUji();
        long a = pd(t, "UJI.A");
        long b = pd(t, "UJI.B");
        List<BarisUrusan> ppks =
                sebagai(Peran.OPERATOR, "63.11", () -> dataUrusan.baris("urusan-sosial", "ppks", 2022));
        // the form lists every reference item; the rows with figures are what a save keeps
        long berisi = ppks.stream().filter(r -> !r.nilai().isEmpty()).count();

        assertThat(SebagaiSistem.jalankan(
                        Peran.PENGAMAT, t, () -> pemegang.lingkup(TAHUN).pemegang("1.06")))
                .containsExactly(a);
        assertThat(SebagaiSistem.jalankan(
                        Peran.PENGAMAT, t, () -> pemegang.lingkup(TAHUN).pemegang("2.08")))
                .as("no agency holds 2.08: every agency")
                .containsExactly(a, b);

        // B (another urusan) submitted: the Sosial form of the year still saves
        SebagaiSistem.jalankan(Peran.OPERATOR, t, () -> persetujuan.ajukan(b, TAHUN));
        assertThat(SebagaiSistem.jalankan(
                        Peran.OPERATOR, t, () -> dataUrusan.simpan("urusan-sosial", "ppks", TAHUN, ppks)))
                .isEqualTo((int) berisi);

        // the Sosial sections are A's; B's LKIP has none, but the PPPA ones (no holder) are in both
        List<String> bagianA = plugin(t, a);
        List<String> bagianB = plugin(t, b);
        assertThat(bagianA).contains("urusan-sosial", "urusan-pppa");
        assertThat(bagianB).doesNotContain("urusan-sosial").contains("urusan-pppa");

        // A (holding 1.06) submitted: refused with the reason, nothing written
        SebagaiSistem.jalankan(Peran.OPERATOR, t, () -> persetujuan.ajukan(a, TAHUN));
        assertThatThrownBy(() -> SebagaiSistem.jalankan(
                        Peran.OPERATOR, t, () -> dataUrusan.simpan("urusan-sosial", "ppks", TAHUN, List.of())))
                .isInstanceOf(DataTerkunciException.class)
                .hasMessageContaining("Data urusan ini dilaporkan dalam LKIP Dinas Uji A.")
                .hasMessageContaining("Realisasi tahun " + TAHUN + " Dinas Uji A sedang dalam proses persetujuan"
                        + " (diajukan) dan terkunci sampai ditolak atau dibuka kembali.")
                .hasMessageContaining("Data tahun " + TAHUN + " tidak dapat diubah.");
        assertThat(
                        SebagaiSistem.jalankan(
                                        Peran.PENGAMAT, t, () -> dataUrusan.baris("urusan-sosial", "ppks", TAHUN))
                                .stream()
                                .filter(r -> !r.nilai().isEmpty())
                                .count())
                .as("the year's rows stay")
                .isEqualTo(berisi);
    }

    private List<String> plugin(TenantId t, long pdId) {
        return SebagaiSistem.jalankan(
                        Peran.PENGAMAT,
                        t,
                        () -> bagianLaporan.bagian(BagianLaporanUrusan.Tempat.LKIP_CAPAIAN, pdId, TAHUN))
                .stream()
                .map(BagianLaporanUrusan::pluginId)
                .distinct()
                .toList();
    }

    private long pd(TenantId t, String kode) {
        return jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? AND kode = ?")
                .params(t.value(), kode)
                .query(Long.class)
                .single();
    }

    /** The region with its two agencies and the Sosial and PPPA plugins, made once through the plan import. */
    private TenantId daerahUji() {
        var ada = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = ?")
                .param(DAERAH)
                .query(Long.class)
                .optional();
        if (ada.isPresent()) {
            return new TenantId(ada.get());
        }
        TenantId t = SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> daerah.daftarkan(new DaerahBaru(
                        DAERAH,
                        "Kabupaten Uji Pemegang Urusan",
                        JenisDaerah.KABUPATEN,
                        null,
                        new PenggunaBaru(
                                "admin.uji9201",
                                "Rahasia-Uji-2024!",
                                "Admin Uji 92.01",
                                Peran.ADMIN_DAERAH,
                                null,
                                null)))
                .tenantId());
        String rencana = "{\"format\":\"pkd-rencana/1\",\"tahun\":" + TAHUN + ",\"rpjmd\":{\"tahunAwal\":2025,"
                + "\"tahunAkhir\":2029,\"visi\":\"Daerah uji\",\"misi\":[\"Melayani\"]},\"perangkatDaerah\":["
                + perangkatDaerah("A", "1.06") + "," + perangkatDaerah("B", "1.01") + "]}";
        SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, t, () -> {
            impor.impor(rencana.getBytes(StandardCharsets.UTF_8));
            pluginDaerah.atur("urusan-sosial", true);
            pluginDaerah.atur("urusan-pppa", true);
            return null;
        });
        return t;
    }

    private static String perangkatDaerah(String k, String urusan) {
        return """
                {"kode":"UJI.%1$s","nama":"Dinas Uji %1$s","singkatan":null,"urusan":["%2$s"],
                 "renstra":{"tujuan":[{"kode":"T1","uraian":"Tujuan uji %1$s","sasaran":[
                  {"kode":"S1","uraian":"Sasaran uji %1$s","urusan":"%2$s","indikator":[
                   {"kode":"IKU-1","nama":"Indikator uji %1$s","satuan":"%%",
                    "polaritas":"SEMAKIN_TINGGI_SEMAKIN_BAIK","varianRendah":null,"kondisiAwal":null,
                    "kondisiAkhir":70,"sumberData":"Dinas Uji","sumberRealisasi":null,
                    "target":{"2025":50,"2026":55}}]}]}]}}"""
                .formatted(k, urusan);
    }
}
