package id.pkd.portal.penerbitan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.plugin.api.Polaritas;
import id.pkd.portal.AlurPersetujuanUji;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.kepaladaerah.IsianKepalaDaerah;
import id.pkd.portal.kepaladaerah.KepalaDaerah;
import id.pkd.portal.kepaladaerah.KepalaDaerahService;
import id.pkd.portal.kepaladaerah.StatusKepalaDaerah;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.PenggunaService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perjanjiankinerja.IsianSasaranPk;
import id.pkd.portal.perjanjiankinerja.PerjanjianKinerjaService;
import id.pkd.portal.perjanjiankinerja.PerjanjianPejabat;
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
import id.pkd.portal.umum.IsianTidakSahException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Kepala Daerah record as the signer of the region's LKJIP and the pihak kedua of a head of agency's PK, in a
 * region of its own (15.01, the fuzz tests' small plan for 2024): a head of region has no NIP, so the blocks print
 * name and jabatan alone and the signature check asks only for a way to sign; the account the record links is told
 * and signs. The term's years follow the lock.
 */
class KepalaDaerahPenandaTest extends PortalIntegrationTest {

    static final String KODE = "15.01";
    static final int TAHUN = 2024;
    static final String BUPATI = "H. Ahmad Sulaiman, S.H., M.Si.";
    static final String JABATAN = "Bupati Uji Kepala";
    static final String AKUN_BUPATI = "bupati.kepala.1501";
    static final String NIP_KEPALA_DINAS = "197001012000011001";

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
    KepalaDaerahService kepalaDaerah;

    @Autowired
    PerjanjianKinerjaService perjanjian;

    @Autowired
    PenerbitanService penerbitan;

    @Autowired
    PersetujuanService persetujuan;

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
    KepalaDaerah kepala;

    <T> T sebagai(Peran peran, Supplier<T> kerja) {
        return SebagaiSistem.jalankan(peran, t, kerja);
    }

    @BeforeEach
    void daerahDenganKepalaDaerah() throws Exception {
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
                            "Kabupaten Uji Kepala",
                            JenisDaerah.KABUPATEN,
                            "Kota Uji Kepala",
                            new PenggunaBaru(
                                    "admin.kepala.1501",
                                    "Rahasia-Uji-Kepala-2024!",
                                    "Admin Uji Kepala",
                                    Peran.ADMIN_DAERAH,
                                    null,
                                    null))));
            t = tenant(KODE);
            byte[] rencana;
            try (InputStream isi = KepalaDaerahPenandaTest.class.getResourceAsStream("/fuzz/rencana-uji.json")) {
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
                                    java.util.Map.of(TAHUN, new BigDecimal("70")))))
                    .id();
            sebagai(Peran.ADMIN_DAERAH, () -> {
                realisasiIku.simpan(ipm, TAHUN, new BigDecimal("71.4"));
                return null;
            });
            // the head of region's own account, without NIP: the record links it
            long akun = sebagai(
                            Peran.ADMIN_DAERAH,
                            () -> pengguna.tambah(new PenggunaBaru(
                                    AKUN_BUPATI, "Rahasia-Uji-Kepala-2024!", BUPATI, Peran.PIMPINAN, null, JABATAN)))
                    .id();
            KepalaDaerah baru = sebagai(
                    Peran.ADMIN_DAERAH,
                    () -> kepalaDaerah.simpan(new IsianKepalaDaerah(
                            null,
                            StatusKepalaDaerah.DEFINITIF,
                            JABATAN,
                            BUPATI,
                            "Drs. Wakil Uji",
                            LocalDate.of(2021, 2, 26),
                            LocalDate.of(2025, 12, 31),
                            akun)));
            sebagai(Peran.ADMIN_DAERAH, () -> {
                kunciDemo.pastikanPejabat(baru.pejabatId(), PenerbitanTest.PASSPHRASE_DEMO.toCharArray());
                return null;
            });
        }
        pdId = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ?")
                .param(t.value())
                .query(Long.class)
                .single();
        kepala = sebagai(Peran.PENGAMAT, () -> kepalaDaerah.daftar()).stream()
                .filter(k -> k.nama().equals(BUPATI))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void isianSalahDitandaiPerIsianDanHanyaAdminYangMengubah() {
        assertThat(sebagai(Peran.PENGAMAT, () -> kepalaDaerah.jabatanBawaan())).isEqualTo(JABATAN);
        assertThatThrownBy(() -> sebagai(
                        Peran.ADMIN_DAERAH,
                        () -> kepalaDaerah.simpan(new IsianKepalaDaerah(
                                null,
                                null,
                                " ",
                                "Pj. Orang Uji",
                                null,
                                LocalDate.of(2027, 1, 1),
                                LocalDate.of(2026, 1, 1),
                                null))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsKeys("status", "jabatan", "nama", "selesai")
                        .doesNotContainKey("mulai"));
        // a second elected head for days the first still holds; a Plt. beside him is allowed
        assertThatThrownBy(() -> sebagai(
                        Peran.ADMIN_DAERAH,
                        () -> kepalaDaerah.simpan(new IsianKepalaDaerah(
                                null,
                                StatusKepalaDaerah.DEFINITIF,
                                JABATAN,
                                "Orang Lain",
                                null,
                                LocalDate.of(2025, 6, 1),
                                LocalDate.of(2030, 5, 31),
                                null))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(
                                e.pesanPerIsian().get("mulai"))
                        .contains("bertumpang tindih dengan " + JABATAN + " " + BUPATI));
        assertThatThrownBy(() -> sebagai(
                        Peran.OPERATOR,
                        () -> kepalaDaerah.simpan(new IsianKepalaDaerah(
                                kepala.id(),
                                kepala.status(),
                                kepala.jabatan(),
                                "Diubah Operator",
                                null,
                                kepala.mulai(),
                                kepala.selesai(),
                                null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void lkjipDitandatanganiKepalaDaerahTanpaNipLewatAkunnya() throws Exception {
        SubjekDokumen s = sebagai(
                        Peran.PENGAMAT, () -> penerbitan.pembuat("LKJIP").subjek(TAHUN))
                .get(0);
        assertThat(sebagai(Peran.PENGAMAT, () -> penerbitan.kekurangan("LKJIP", s, TAHUN)))
                .noneSatisfy(k -> assertThat(k).containsIgnoringCase("kepala daerah"))
                .noneSatisfy(k -> assertThat(k).contains("NIP"));
        DokumenSiapTerbit draf =
                sebagai(Peran.PENGAMAT, () -> penerbitan.draf("LKJIP", s, TAHUN, LocalDate.of(2025, 3, 20)));
        String penutup = teks(draf.pdf()).replaceAll("^.*BAB IV PENUTUP", "");
        assertThat(penutup)
                .contains(JABATAN)
                .contains(BUPATI)
                .doesNotContain("NIP")
                .doesNotContain("Pembina");
        assertThat(draf.blokTandaTangan()).singleElement().satisfies(b -> {
            assertThat(b.pejabatId()).isEqualTo(kepala.pejabatId());
            assertThat(b.peran()).isEqualTo("Kepala Daerah");
        });

        AlurPersetujuanUji.tetapkan(persetujuan, t, pdId, TAHUN);
        try {
            // the term's years are locked with the year: its signer stays, a date past them may still move
            assertThatThrownBy(() -> sebagai(Peran.ADMIN_DAERAH, () -> kepalaDaerah.simpan(isian("Nama Lain", null))))
                    .isInstanceOf(DataTerkunciException.class)
                    .hasMessageContaining("tahun " + TAHUN);
            sebagai(Peran.ADMIN_DAERAH, () -> kepalaDaerah.simpan(isian(BUPATI, LocalDate.of(2026, 2, 25))));
            sebagai(Peran.ADMIN_DAERAH, () -> kepalaDaerah.simpan(isian(BUPATI, kepala.selesai())));

            SebagaiSistem.jalankanSebagai(AKUN_BUPATI, Peran.PIMPINAN, t, () -> {
                notifikasi.tandaiSemuaDibaca();
                return null;
            });
            DokumenTerbit d = sebagai(Peran.PIMPINAN, () -> penerbitan.siapkan("LKJIP", s, TAHUN));
            assertThat(SebagaiSistem.jalankanSebagai(AKUN_BUPATI, Peran.PIMPINAN, t, () -> notifikasi.terbaru(1)))
                    .singleElement()
                    .satisfies(n -> assertThat(n.pesan()).isEqualTo(d.judul() + " menunggu tanda tangan."));
            DokumenTerbit ttd = SebagaiSistem.jalankanSebagai(
                    AKUN_BUPATI,
                    Peran.PIMPINAN,
                    t,
                    () -> penerbitan.tandatangani(
                            d.id(), Kredensial.passphrase(PenerbitanTest.PASSPHRASE_DEMO.toCharArray())));
            assertThat(ttd.status()).isEqualTo(DokumenTerbit.StatusDokumen.TERBIT);
            assertThat(ttd.penandatangan()).singleElement().satisfies(p -> {
                assertThat(p.nama()).isEqualTo(BUPATI);
                assertThat(p.nip()).isNull();
            });
        } finally {
            AlurPersetujuanUji.bukaKembali(persetujuan, t, pdId, TAHUN);
        }
    }

    @Test
    void pihakKeduaPkKepalaPerangkatDaerahDariKepalaDaerahKecualiDitulisLain() throws Exception {
        long kepalaDinas = jdbc.sql("SELECT id FROM pejabat WHERE tenant_id = ? AND nip = ?")
                .params(t.value(), NIP_KEPALA_DINAS)
                .query(Long.class)
                .single();
        SubjekDokumen s = sebagai(Peran.PENGAMAT, () -> penerbitan.pembuat("PK").subjek(TAHUN)).stream()
                .filter(x -> x.kode().equals("pejabat:" + kepalaDinas))
                .findFirst()
                .orElseThrow();
        try {
            // named by hand as someone else (the plan's "Bupati Uji"): printed as written, no record signs
            DokumenSiapTerbit lain = sebagai(Peran.PENGAMAT, () -> penerbitan.draf("PK", s, TAHUN));
            assertThat(teks(lain.pdf())).contains("Bupati Uji").doesNotContain(BUPATI);
            assertThat(lain.blokTandaTangan())
                    .extracting(BlokTandaTangan::pejabatId)
                    .contains(0L);

            // the same person as the record: the record's jabatan, and its signer
            sebagai(Peran.ADMIN_DAERAH, () -> perjanjian.simpanPihakKedua(kepalaDinas, TAHUN, BUPATI, "Bupati"));
            periksaPihakKeduaKepalaDaerah(s);

            assertThat(sebagai(Peran.PENGAMAT, () -> penerbitan.kekurangan("PK", s, TAHUN)))
                    .noneSatisfy(k -> assertThat(k).contains("Pihak kedua"));
        } finally {
            sebagai(Peran.ADMIN_DAERAH, () -> perjanjian.simpanPihakKedua(kepalaDinas, TAHUN, "Bupati Uji", "Bupati"));
        }
    }

    @Test
    void pkKepalaPerangkatDaerahTanpaPihakKeduaMemakaiKepalaDaerahYangMenjabat() {
        long kepalaDinas = jdbc.sql("SELECT id FROM pejabat WHERE tenant_id = ? AND nip = ?")
                .params(t.value(), NIP_KEPALA_DINAS)
                .query(Long.class)
                .single();
        long sasaran = jdbc.sql("SELECT s.id FROM sasaran s JOIN tujuan t ON t.id = s.tujuan_id WHERE s.tenant_id = ?"
                        + " AND t.perangkat_daerah_id = ? AND s.kode = 'S1'")
                .params(t.value(), pdId)
                .query(Long.class)
                .single();
        long indikator = jdbc.sql(
                        "SELECT id FROM indikator WHERE tenant_id = ? AND perangkat_daerah_id = ? AND kode = 'IKU-1'")
                .params(t.value(), pdId)
                .query(Long.class)
                .single();
        int tahun = 2025;
        PerjanjianPejabat pk = sebagai(Peran.PENGAMAT, () -> perjanjian.baca(kepalaDinas, tahun));
        if (pk.perjanjianId() == null) {
            // no pihak kedua typed first: the head of region in office as the year begins is written in
            pk = sebagai(
                    Peran.ADMIN_DAERAH,
                    () -> perjanjian.simpanSasaran(
                            kepalaDinas,
                            tahun,
                            new IsianSasaranPk(
                                    null,
                                    "K25-S1",
                                    "Sasaran uji 2025",
                                    sasaran,
                                    List.of(new IsianSasaranPk.IsianIndikatorPk(
                                            indikator, null, null, BigDecimal.TEN)))));
        }
        assertThat(pk.pihakKeduaNama()).isEqualTo(BUPATI);
        assertThat(pk.pihakKeduaJabatan()).isEqualTo(JABATAN);
    }

    private void periksaPihakKeduaKepalaDaerah(SubjekDokumen s) throws Exception {
        DokumenSiapTerbit draf = sebagai(Peran.PENGAMAT, () -> penerbitan.draf("PK", s, TAHUN));
        String isi = teks(draf.pdf());
        assertThat(isi).contains("Nama : " + BUPATI + " Jabatan : " + JABATAN).contains("PIHAK KEDUA");
        // one NIP line: pihak pertama's; the head of region has none
        assertThat(isi.split("NIP", -1)).hasSize(2);
        assertThat(draf.blokTandaTangan())
                .filteredOn(b -> b.peran().equals("Pihak Kedua"))
                .singleElement()
                .satisfies(b -> assertThat(b.pejabatId()).isEqualTo(kepala.pejabatId()));
    }

    private IsianKepalaDaerah isian(String nama, LocalDate selesai) {
        return new IsianKepalaDaerah(
                kepala.id(),
                kepala.status(),
                kepala.jabatan(),
                nama,
                kepala.wakil(),
                kepala.mulai(),
                selesai == null ? kepala.selesai() : selesai,
                kepala.penggunaId());
    }

    private static String teks(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
