package id.pkd.portal.beranda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.IsianRealisasi;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.pertukaran.ImporRencanaService;
import id.pkd.portal.umum.IsianTidakSahException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What waits for each role, counted in a tenant of its own (63.13, the Balangan plan imported) as one agency-year
 * goes through the approval: the verifikator sees the submission, the operator the rejection, the pimpinan the
 * verified year; another tenant's counts do not move. And the SAKIP calendar with its defaults, its edits (audited,
 * refused at the field when wrong) and the days left.
 */
class BerandaLayananTest extends PortalIntegrationTest {

    static final String DAERAH = "63.13";

    @Autowired
    PekerjaanMenungguService pekerjaan;

    @Autowired
    KalenderSakipService kalender;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    DaerahService daerah;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    long tenant;
    long pd;

    @BeforeEach
    void daerahSendiriDenganRencanaBalangan() throws Exception {
        if (jdbc.sql("SELECT COUNT(*) FROM tenant WHERE kode_wilayah = ?")
                        .param(DAERAH)
                        .query(Long.class)
                        .single()
                == 0) {
            SebagaiSistem.jalankan(
                    Peran.OPERATOR_PORTAL,
                    null,
                    () -> daerah.daftarkan(new DaerahBaru(
                            DAERAH,
                            "Kabupaten Uji Beranda",
                            JenisDaerah.KABUPATEN,
                            null,
                            new PenggunaBaru(
                                    "admin.uji.beranda",
                                    "Rahasia-Uji-2024!",
                                    "Admin Uji Beranda",
                                    Peran.ADMIN_DAERAH,
                                    null,
                                    null))));
            byte[] rencana;
            try (var isi = getClass().getResourceAsStream("/demo/balangan-2022.json")) {
                rencana = isi.readAllBytes();
            }
            sebagai(Peran.ADMIN_DAERAH, DAERAH, () -> impor.impor(rencana));
        }
        tenant = tenant(DAERAH).value();
        pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
    }

    @Test
    void setiapPeranMelihatPekerjaannyaSepanjangAlurPersetujuan() {
        assertThat(jumlah(Peran.VERIFIKATOR)).doesNotContainKey("verifikasi");
        assertThat(jumlah(Peran.OPERATOR)).doesNotContainKey("ditolak");
        assertThat(jumlah(Peran.PIMPINAN)).doesNotContainKey("penetapan");
        assertThat(jumlah(Peran.PENGAMAT)).isEmpty();
        Map<String, Long> kobarSebelum =
                sebagai(Peran.VERIFIKATOR, "62.01", () -> ringkas(pekerjaan.untuk(Peran.VERIFIKATOR)));

        sebagai(Peran.OPERATOR, DAERAH, () -> persetujuan.ajukan(pd, 2022));
        assertThat(jumlah(Peran.VERIFIKATOR)).containsEntry("verifikasi", 1L);
        assertThat(sebagai(Peran.VERIFIKATOR, DAERAH, () -> pekerjaan.untuk(Peran.VERIFIKATOR)))
                .singleElement()
                .satisfies(p -> assertThat(p.tautan()).isEqualTo("persetujuan"));

        sebagai(Peran.VERIFIKATOR, DAERAH, () -> persetujuan.tolak(pd, 2022, "Bukti IKU-1 belum diunggah."));
        assertThat(jumlah(Peran.VERIFIKATOR)).doesNotContainKey("verifikasi");
        assertThat(jumlah(Peran.OPERATOR)).containsEntry("ditolak", 1L);

        sebagai(Peran.OPERATOR, DAERAH, () -> persetujuan.ajukan(pd, 2022));
        sebagai(Peran.VERIFIKATOR, DAERAH, () -> persetujuan.verifikasi(pd, 2022));
        assertThat(jumlah(Peran.OPERATOR)).doesNotContainKey("ditolak");
        assertThat(jumlah(Peran.PIMPINAN)).containsEntry("penetapan", 1L);

        sebagai(Peran.PIMPINAN, DAERAH, () -> persetujuan.tetapkan(pd, 2022));
        assertThat(jumlah(Peran.PIMPINAN)).doesNotContainKey("penetapan");
        assertThat(sebagai(Peran.VERIFIKATOR, "62.01", () -> ringkas(pekerjaan.untuk(Peran.VERIFIKATOR))))
                .isEqualTo(kobarSebelum);
    }

    @Test
    void operatorMelihatIndikatorTanpaRealisasiTriwulanIni() {
        LocalDate hariIni = LocalDate.now(ZoneId.of("Asia/Makassar"));
        int triwulan = (hariIni.getMonthValue() - 1) / 3 + 1;
        List<Long> bertarget = jdbc.sql(
                        """
                        SELECT i.id FROM indikator i JOIN target_indikator t ON t.indikator_id = i.id
                        WHERE i.tenant_id = ? AND t.tahun = ? AND NOT EXISTS (SELECT 1 FROM realisasi_indikator r
                          WHERE r.indikator_id = i.id AND r.tahun = t.tahun AND r.triwulan = ?) ORDER BY i.id""")
                .params(tenant, hariIni.getYear(), triwulan)
                .query(Long.class)
                .list();
        // the Balangan plan sets targets up to 2026; in a later year no indicator has one
        org.junit.jupiter.api.Assumptions.assumeTrue(!bertarget.isEmpty(), "rencana uji tidak bertarget tahun ini");
        long sebelum = jumlah(Peran.OPERATOR).get("tanpa-realisasi");
        assertThat(sebelum).isGreaterThanOrEqualTo(bertarget.size());

        sebagai(
                Peran.OPERATOR,
                DAERAH,
                () -> realisasi.simpan(new IsianRealisasi(
                        bertarget.get(0),
                        hariIni.getYear(),
                        triwulan,
                        BigDecimal.ONE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)));

        assertThat(jumlah(Peran.OPERATOR)).containsEntry("tanpa-realisasi", sebelum - 1);
    }

    @Test
    void kalenderBakuDapatDiubahAdminTercatatDanDitolakDiIsiannya() {
        assertThat(baca(() -> kalender.pengaturan())).isEqualTo(KalenderSakip.BAKU);
        KalenderSakip baru = new KalenderSakip(2, 15, 10, 2, 31, 3, 31);
        sebagai(Peran.ADMIN_DAERAH, DAERAH, () -> kalender.simpan(baru));
        assertThat(baca(() -> kalender.pengaturan())).isEqualTo(baru);
        assertThat(jdbc.sql("SELECT CONCAT(isian, ': ', nilai_lama, ' → ', nilai_baru) FROM jejak_audit"
                                + " WHERE tenant_id = ? AND jenis_data = 'kalender_sakip' ORDER BY urut")
                        .param(tenant)
                        .query(String.class)
                        .list())
                .containsExactly("pk_bulan: 1 → 2", "pk_hari: 31 → 15", "monitoring_hari: 15 → 10");

        assertThatThrownBy(() -> sebagai(
                        Peran.ADMIN_DAERAH, DAERAH, () -> kalender.simpan(new KalenderSakip(13, 0, 90, 2, 31, 3, 31))))
                .isInstanceOfSatisfying(IsianTidakSahException.class, e -> assertThat(e.pesanPerIsian())
                        .containsOnlyKeys("pkBulan", "pkHari", "monitoringHari"));
        assertThatThrownBy(() -> sebagai(Peran.OPERATOR, DAERAH, () -> kalender.simpan(KalenderSakip.BAKU)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(baca(() -> kalender.pengaturan())).isEqualTo(baru);
        sebagai(Peran.ADMIN_DAERAH, DAERAH, () -> kalender.simpan(KalenderSakip.BAKU));
    }

    @Test
    void tenggatTahunIniDenganSisaHari() {
        List<TenggatSakip> tenggat = KalenderSakipService.tenggat(KalenderSakip.BAKU, LocalDate.of(2028, 2, 20));
        assertThat(tenggat)
                .extracting(t -> t.kode() + " " + t.tanggal() + " " + t.keterangan())
                .containsExactly(
                        "monitoring-4 2028-01-15 lewat 36 hari",
                        "pk 2028-01-31 lewat 20 hari",
                        "lkip 2028-02-29 9 hari lagi",
                        "lkjip 2028-03-31 40 hari lagi",
                        "monitoring-1 2028-04-15 55 hari lagi",
                        "monitoring-2 2028-07-15 146 hari lagi",
                        "monitoring-3 2028-10-15 238 hari lagi");
        assertThat(tenggat.get(2).uraian()).isEqualTo("LKIP perangkat daerah tahun 2027 disampaikan ke kepala daerah");
        assertThat(KalenderSakipService.tanggal(2027, 2, 31)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    private Map<String, Long> jumlah(Peran peran) {
        return sebagai(peran, DAERAH, () -> ringkas(pekerjaan.untuk(peran)));
    }

    private static Map<String, Long> ringkas(List<PekerjaanMenunggu> daftar) {
        return daftar.stream().collect(Collectors.toMap(PekerjaanMenunggu::kode, PekerjaanMenunggu::jumlah));
    }

    private <T> T baca(java.util.function.Supplier<T> kerja) {
        return sebagai(Peran.PENGAMAT, DAERAH, kerja);
    }
}
