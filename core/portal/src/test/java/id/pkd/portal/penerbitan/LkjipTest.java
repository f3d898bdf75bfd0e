package id.pkd.portal.penerbitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.AlurPersetujuanUji;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.capaian.VarianRendah;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.rpjmd.IkuDaerahService;
import id.pkd.portal.rpjmd.IsianIkuDaerah;
import id.pkd.portal.rpjmd.RealisasiIkuDaerahService;
import id.pkd.portal.rpjmd.RpjmdService;
import id.pkd.portal.tampilan.KotakNotifikasi;
import id.pkd.portal.tandatangan.Kredensial;
import id.pkd.portal.tandatangan.KunciDemo;
import id.pkd.portal.tenant.TenantId;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The region's LKJIP in a region of its own (13.01, the small plan of the fuzz tests for 2024): the IKU Kepala
 * Daerah measured with their realisasi, the agency consolidated from the engine, issued only once the agency's year
 * is Ditetapkan, and signed by the head of region.
 */
class LkjipTest extends PortalIntegrationTest {

    static final String KODE = "13.01";
    static final int TAHUN = 2024;
    static final String NIP_BUPATI = "196801012000011001";
    static final String BUPATI = "H. Uji Lkjip, S.E.";
    static final String PIMPINAN_BUPATI = "bupati.lkjip.1301";

    @Autowired
    DaerahService daerah;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    RpjmdService rpjmd;

    @Autowired
    IkuDaerahService iku;

    @Autowired
    RealisasiIkuDaerahService realisasiIku;

    @Autowired
    PenerbitanService penerbitan;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    PengukuranKinerjaService pengukuran;

    @Autowired
    KunciDemo kunciDemo;

    @Autowired
    PenggunaService pengguna;

    @Autowired
    KotakNotifikasi notifikasi;

    @Autowired
    JdbcClient jdbc;

    TenantId t;
    long pdId;

    <T> T sebagai(Peran peran, Supplier<T> kerja) {
        return SebagaiSistem.jalankan(peran, t, kerja);
    }

    @BeforeEach
    void daerahDenganIkuKepalaDaerah() throws Exception {
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
                            "Kabupaten Uji Lkjip",
                            JenisDaerah.KABUPATEN,
                            "Kota Uji",
                            new PenggunaBaru(
                                    "admin.lkjip.1301",
                                    "Rahasia-Uji-Lkjip-2024!",
                                    "Admin Uji Lkjip",
                                    Peran.ADMIN_DAERAH,
                                    null,
                                    null))));
            t = tenant(KODE);
            byte[] rencana;
            try (InputStream isi = LkjipTest.class.getResourceAsStream("/fuzz/rencana-uji.json")) {
                rencana = isi.readAllBytes();
            }
            sebagai(Peran.ADMIN_DAERAH, () -> impor.impor(rencana));
            long periode =
                    sebagai(Peran.PENGAMAT, () -> rpjmd.daftarPeriode().get(0).id());
            long ipm = sebagai(
                            Peran.ADMIN_DAERAH,
                            () -> iku.simpan(new IsianIkuDaerah(
                                    null,
                                    periode,
                                    "IKD-1",
                                    "Indeks Pembangunan Manusia",
                                    "indeks",
                                    Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK,
                                    null,
                                    null,
                                    null,
                                    Map.of(TAHUN, new BigDecimal("70")))))
                    .id();
            long miskin = sebagai(
                            Peran.ADMIN_DAERAH,
                            () -> iku.simpan(new IsianIkuDaerah(
                                    null,
                                    periode,
                                    "IKD-2",
                                    "Persentase Penduduk Miskin",
                                    "%",
                                    Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK,
                                    VarianRendah.A,
                                    null,
                                    null,
                                    Map.of(TAHUN, new BigDecimal("10")))))
                    .id();
            sebagai(Peran.ADMIN_DAERAH, () -> {
                realisasiIku.simpan(ipm, TAHUN, new BigDecimal("71.4"));
                realisasiIku.simpan(miskin, TAHUN, new BigDecimal("9"));
                return null;
            });
            long pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ?")
                    .param(t.value())
                    .query(Long.class)
                    .single();
            // The head of region as the officials' record holds him; JF with no superior, so he never heads the agency.
            jdbc.sql("INSERT INTO pejabat (tenant_id, perangkat_daerah_id, nip, nama, pangkat, golongan, jabatan,"
                            + " eselon) VALUES (?, ?, ?, ?, 'Pembina Utama', 'IV/e', 'Bupati Uji Lkjip', 'JF')")
                    .params(t.value(), pd, NIP_BUPATI, BUPATI)
                    .update();
            sebagai(Peran.ADMIN_DAERAH, () -> {
                kunciDemo.pastikan(NIP_BUPATI, PenerbitanTest.PASSPHRASE_DEMO.toCharArray());
                return null;
            });
        }
        if (jdbc.sql("SELECT COUNT(*) FROM pengguna WHERE username = ?")
                        .param(PIMPINAN_BUPATI)
                        .query(Long.class)
                        .single()
                == 0) {
            // the head of region's own account: the document waiting for his signature is announced to him
            sebagai(
                    Peran.ADMIN_DAERAH,
                    () -> pengguna.tambah(new PenggunaBaru(
                            PIMPINAN_BUPATI,
                            "Rahasia-Uji-Lkjip-2024!",
                            BUPATI,
                            Peran.PIMPINAN,
                            NIP_BUPATI,
                            "Bupati Uji Lkjip")));
        }
        pdId = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ?")
                .param(t.value())
                .query(Long.class)
                .single();
    }

    @AfterEach
    void kembaliKeDraf() {
        AlurPersetujuanUji.bukaKembali(persetujuan, t, pdId, TAHUN);
    }

    SubjekDokumen subjek() {
        List<SubjekDokumen> s =
                sebagai(Peran.PENGAMAT, () -> penerbitan.pembuat("LKJIP").subjek(TAHUN));
        assertThat(s).singleElement().extracting(SubjekDokumen::nama).isEqualTo("Pemerintah Kabupaten Uji Lkjip");
        return s.get(0);
    }

    @Test
    void drafMemuatCapaianIkuKepalaDaerahDanKonsolidasiPerangkatDaerah() throws Exception {
        SubjekDokumen s = subjek();
        assertThat(sebagai(Peran.PENGAMAT, () -> penerbitan.kekurangan("LKJIP", s, TAHUN)))
                .noneSatisfy(k -> assertThat(k).contains("IKU Kepala Daerah"))
                .noneSatisfy(k -> assertThat(k).contains("Kepala daerah"))
                .anySatisfy(k -> assertThat(k).contains("masih berstatus Draf"));
        DokumenSiapTerbit draf = sebagai(Peran.PENGAMAT, () -> penerbitan.draf("LKJIP", s, TAHUN));
        PengukuranKinerja m = sebagai(Peran.PENGAMAT, () -> pengukuran.ukur(pdId, TAHUN));
        String teks;
        try (var doc = Loader.loadPDF(draf.pdf())) {
            teks = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(teks)
                .contains("LAPORAN KINERJA")
                .contains("BAB I PENDAHULUAN")
                .contains("BAB II PERENCANAAN KINERJA")
                .contains("Visi RPJMD 2021–2026: Daerah uji yang tangguh")
                .contains("BAB III AKUNTABILITAS KINERJA")
                .contains("BAB IV PENUTUP")
                // IPM 71,4 against 70: 102,00%; poverty 9% against 10%, lower is better (A): 110,00%; mean 106,00%
                .contains("Indeks Pembangunan Manusia 70 71,4 102,00 Sangat Tinggi")
                .contains("Persentase Penduduk Miskin 10% 9% 110,00 Sangat Tinggi")
                .contains("Rata-rata capaian 106,00 Sangat Tinggi")
                .contains("Dinas Uji Fuzz")
                .contains("Sasaran uji satu")
                .contains(BUPATI);
        String rataRataPd =
                m.rataRataIkuTerbulat().orElseThrow().toPlainString().replace('.', ',');
        assertThat(teks)
                .contains("Dinas Uji Fuzz " + m.sasaran().size() + " " + m.iku().size() + " " + rataRataPd);
        assertThat(draf.blokTandaTangan()).singleElement().satisfies(x -> assertThat(x.peran())
                .isEqualTo("Kepala Daerah"));
    }

    @Test
    void diterbitkanSetelahPerangkatDaerahDitetapkanDanDitandatanganiKepalaDaerah() {
        SubjekDokumen s = subjek();
        assertThatThrownBy(() -> sebagai(Peran.PIMPINAN, () -> penerbitan.siapkan("LKJIP", s, TAHUN)))
                .isInstanceOf(PenerbitanDitolakException.class)
                .hasMessageContaining("masih berstatus Draf");

        AlurPersetujuanUji.tetapkan(persetujuan, t, pdId, TAHUN);
        assertThat(sebagai(Peran.PENGAMAT, () -> penerbitan.kekurangan("LKJIP", s, TAHUN)))
                .isEmpty();
        SebagaiSistem.jalankanSebagai(PIMPINAN_BUPATI, Peran.PIMPINAN, t, () -> {
            notifikasi.tandaiSemuaDibaca();
            return null;
        });
        DokumenTerbit d = sebagai(Peran.PIMPINAN, () -> penerbitan.siapkan("LKJIP", s, TAHUN));
        assertThat(SebagaiSistem.jalankanSebagai(PIMPINAN_BUPATI, Peran.PIMPINAN, t, () -> notifikasi.terbaru(1)))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.pesan()).isEqualTo(d.judul() + " menunggu tanda tangan.");
                    assertThat(n.tautan()).isEqualTo("penerbitan");
                    assertThat(n.dibaca()).isFalse();
                });
        assertThat(d.blok()).singleElement().satisfies(b -> assertThat(b.peran())
                .isEqualTo("Kepala Daerah"));
        DokumenTerbit ttd = sebagai(
                Peran.PIMPINAN,
                () -> penerbitan.tandatangani(
                        d.id(), Kredensial.passphrase(PenerbitanTest.PASSPHRASE_DEMO.toCharArray())));
        assertThat(ttd.status()).isEqualTo(DokumenTerbit.StatusDokumen.TERBIT);
        assertThat(ttd.penandatangan()).singleElement().satisfies(p -> assertThat(p.nama())
                .isEqualTo(BUPATI));

        // The year it reports is locked now: its IKU realisasi no longer moves.
        long ipm = jdbc.sql("SELECT id FROM iku_daerah WHERE tenant_id = ? AND kode = 'IKD-1'")
                .param(t.value())
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, () -> {
                    realisasiIku.simpan(ipm, TAHUN, new BigDecimal("72"));
                    return null;
                }))
                .isInstanceOf(DataTerkunciException.class)
                .hasMessageContaining("Realisasi IKU Kepala Daerah tahun 2024 tidak dapat diubah");
    }
}
