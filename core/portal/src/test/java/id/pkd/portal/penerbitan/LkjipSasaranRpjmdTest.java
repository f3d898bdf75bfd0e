package id.pkd.portal.penerbitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.capaian.Capaian;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.pengukuran.RingkasanSasaran;
import id.pkd.portal.perjanjiankinerja.PohonKinerjaService;
import id.pkd.portal.perjanjiankinerja.SimpulPohon;
import id.pkd.portal.perjanjiankinerja.SimpulPohon.Tingkat;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.rpjmd.IkuDaerah;
import id.pkd.portal.rpjmd.IsianIkuDaerah;
import id.pkd.portal.rpjmd.IsianSasaranRpjmd;
import id.pkd.portal.rpjmd.IsianTujuanRpjmd;
import id.pkd.portal.rpjmd.RealisasiIkuDaerahService;
import id.pkd.portal.rpjmd.RpjmdService;
import id.pkd.portal.rpjmd.SasaranRpjmd;
import id.pkd.portal.rpjmd.SasaranRpjmdService;
import id.pkd.portal.rpjmd.TautanSasaranRpjmdService;
import id.pkd.portal.rpjmd.TujuanRpjmd;
import id.pkd.portal.tenant.TenantId;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The region's LKJIP consolidated per sasaran RPJMD, read from its PDF text, in a region of its own (14.02, the fuzz
 * tests' small plan for 2024): without sasaran RPJMD the document keeps its layout; once a sasaran holds an IKU and the
 * agency's two Renstra sasaran, its table shows the IKU's capaian and the agency's mean of those two sasaran. The
 * region's pohon kinerja hangs the linked sasaran under the sasaran RPJMD and keeps the unlinked one apart.
 */
class LkjipSasaranRpjmdTest extends PortalIntegrationTest {

    static final String KODE = "14.02";
    static final int TAHUN = 2024;
    static final String JUDUL = "Capaian per Sasaran RPJMD Tahun 2024";

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    RpjmdService rpjmd;

    @Autowired
    SasaranRpjmdService sasaran;

    @Autowired
    TautanSasaranRpjmdService tautan;

    @Autowired
    RealisasiIkuDaerahService realisasiIku;

    @Autowired
    PenerbitanService penerbitan;

    @Autowired
    PengukuranKinerjaService pengukuran;

    @Autowired
    PohonKinerjaService pohonKinerja;

    @Autowired
    JdbcClient jdbc;

    TenantId t;

    <T> T sebagai(Peran peran, Supplier<T> kerja) {
        return SebagaiSistem.jalankan(peran, t, kerja);
    }

    @Test
    void konsolidasiDanPohonPerSasaranRpjmdDenganIkuDanPerangkatDaerahPendukung() throws Exception {
        SebagaiSistem.jalankan(
                Peran.OPERATOR_PORTAL,
                null,
                () -> daerah.daftarkan(new DaerahBaru(
                        KODE,
                        "Kabupaten Uji Sasaran Lkjip",
                        JenisDaerah.KABUPATEN,
                        "Kota Uji",
                        new PenggunaBaru(
                                "admin.lkjip.1402",
                                "Rahasia-Uji-Lkjip-2024!",
                                "Admin Uji Sasaran Lkjip",
                                Peran.ADMIN_DAERAH,
                                null,
                                null))));
        t = tenant(KODE);
        byte[] rencana;
        try (InputStream isi = LkjipSasaranRpjmdTest.class.getResourceAsStream("/fuzz/rencana-uji.json")) {
            rencana = isi.readAllBytes();
        }
        sebagai(Peran.ADMIN_DAERAH, () -> impor.impor(rencana));
        long periode =
                sebagai(Peran.PENGAMAT, () -> rpjmd.daftarPeriode().get(0).id());
        IkuDaerah ipm = sebagai(
                Peran.ADMIN_DAERAH,
                () -> tautan.simpanIku(
                        new IsianIkuDaerah(
                                null,
                                periode,
                                "IKD-1",
                                "Indeks Pembangunan Manusia",
                                "indeks",
                                Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK,
                                null,
                                null,
                                null,
                                Map.of(TAHUN, new BigDecimal("70"))),
                        null));
        sebagai(Peran.ADMIN_DAERAH, () -> {
            realisasiIku.simpan(ipm.id(), TAHUN, new BigDecimal("71.4"));
            return null;
        });

        assertThat(teksDraf()).as("no sasaran RPJMD: the layout of before").doesNotContain(JUDUL);

        SasaranRpjmd s = sebagai(Peran.ADMIN_DAERAH, () -> {
            TujuanRpjmd tujuan = sasaran.simpanTujuan(
                    new IsianTujuanRpjmd(null, periode, 1, "TR1", "Terwujudnya masyarakat yang sejahtera"));
            SasaranRpjmd x = sasaran.simpanSasaran(
                    periode, new IsianSasaranRpjmd(null, tujuan.id(), "SR1", "Meningkatnya kesejahteraan sosial"));
            tautan.tautkanIku(ipm.id(), x.id());
            tautan.tautkanSasaranRenstra(sasaranRenstra("S1"), x.id());
            return x;
        });
        SimpulPohon pohon = sebagai(Peran.PENGAMAT, () -> pohonKinerja.pohon(TAHUN, null, true));
        assertThat(pohon.anak())
                .extracting(SimpulPohon::tingkat, SimpulPohon::judul)
                .containsExactly(
                        tuple(Tingkat.SASARAN_RPJMD, "SR1 Meningkatnya kesejahteraan sosial"),
                        tuple(Tingkat.SASARAN_RPJMD, "Belum ditautkan ke sasaran RPJMD"));
        assertThat(pohon.anak().get(0).indikator()).containsExactly("IKD-1 Indeks Pembangunan Manusia: 70 indeks");
        assertThat(pohon.anak().get(0).anak())
                .extracting(SimpulPohon::tingkat, SimpulPohon::judul)
                .containsExactly(tuple(Tingkat.SASARAN_RENSTRA, "S1 Sasaran uji satu"));
        assertThat(pohon.anak().get(1).anak()).extracting(SimpulPohon::judul).contains("S2 Sasaran uji dua");
        assertThat(sebagai(Peran.PENGAMAT, () -> pohonKinerja.pohon(TAHUN, perangkatDaerah(), true))
                        .anak())
                .as("one agency's tree keeps its agency box")
                .extracting(SimpulPohon::tingkat)
                .containsExactly(Tingkat.PERANGKAT_DAERAH);
        sebagai(Peran.ADMIN_DAERAH, () -> {
            tautan.tautkanSasaranRenstra(sasaranRenstra("S2"), s.id());
            return null;
        });
        PengukuranKinerja m = sebagai(Peran.PENGAMAT, () -> pengukuran.ukur(perangkatDaerah(), TAHUN));
        Capaian rata = Capaian.rataRata(m.sasaran().stream()
                        .map(RingkasanSasaran::rataRata)
                        .flatMap(Optional::stream)
                        .toList())
                .orElseThrow();
        String persen = rata.terbulat(m.aturan().pembulatan()).toPlainString().replace('.', ',');

        assertThat(teksDraf())
                .contains(JUDUL)
                .contains("Sasaran " + s.kode() + " Meningkatnya kesejahteraan sosial")
                // IPM 71,4 against 70: 102,00%
                .contains("IKD-1 Indeks Pembangunan Manusia 70 71,4 102,00 Sangat Tinggi")
                .contains("Perangkat daerah: Dinas Uji Fuzz (sasaran S1, S2) " + persen + " "
                        + m.aturan().kategori(rata).label());
    }

    long perangkatDaerah() {
        return jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ?")
                .param(t.value())
                .query(Long.class)
                .single();
    }

    long sasaranRenstra(String kode) {
        return jdbc.sql("SELECT id FROM sasaran WHERE tenant_id = ? AND kode = ?")
                .params(t.value(), kode)
                .query(Long.class)
                .single();
    }

    String teksDraf() throws Exception {
        SubjekDokumen subjek = sebagai(
                        Peran.PENGAMAT, () -> penerbitan.pembuat("LKJIP").subjek(TAHUN))
                .get(0);
        DokumenSiapTerbit draf = sebagai(Peran.PENGAMAT, () -> penerbitan.draf("LKJIP", subjek, TAHUN));
        try (var doc = Loader.loadPDF(draf.pdf())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
