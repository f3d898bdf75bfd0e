package id.pkd.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.beranda.PekerjaanMenunggu;
import id.pkd.portal.beranda.PekerjaanMenungguService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pengukuran.PengukuranKinerja;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perjanjiankinerja.PohonKinerjaService;
import id.pkd.portal.perjanjiankinerja.SimpulPohon;
import id.pkd.portal.persetujuan.Persetujuan;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.persetujuan.StatusPersetujuan;
import id.pkd.portal.rpjmd.CapaianIkuDaerah;
import id.pkd.portal.rpjmd.CapaianIkuDaerahService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Balangan's demo at the size of a kabupaten: beside the agency of the LKIP, five illustrative agencies, marked as such
 * in their names, each with a Renstra, agreements, programs with budget and a 2022 the engine measures, so the
 * region's consolidation and its pohon kinerja hold six agencies.
 */
class DemoIlustratifTest extends PortalIntegrationTest {

    static final int TAHUN = 2022;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    PengukuranKinerjaService pengukuran;

    @Autowired
    PohonKinerjaService pohon;

    @Autowired
    CapaianIkuDaerahService ikuDaerah;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    PekerjaanMenungguService pekerjaan;

    @Autowired
    JdbcClient jdbc;

    @Test
    void limaPerangkatDaerahIlustratifTertandaiDanTerukur() {
        List<PerangkatDaerah> semua = sebagai(Peran.PENGAMAT, "63.11", perencanaan::daftarPerangkatDaerah);
        List<PerangkatDaerah> ilustratif = semua.stream()
                .filter(pd -> pd.nama().startsWith(RencanaIlustratif.AWALAN))
                .toList();
        assertThat(semua).hasSize(6);
        assertThat(ilustratif).hasSize(5);
        assertThat(ilustratif).allMatch(pd -> pd.namaPendek().startsWith(RencanaIlustratif.AWALAN));
        // the marker sorts after "Dinas": the agency of the LKIP stays the first every screen offers
        assertThat(semua.getFirst().kode()).isEqualTo(DemoDataSeeder.KODE_PD_BALANGAN);

        List<PengukuranKinerja> ukur = sebagai(Peran.PENGAMAT, "63.11", () -> pengukuran.ukurSemua(TAHUN, pd -> true));
        assertThat(ukur).hasSize(6);
        for (PengukuranKinerja m : ukur) {
            PerangkatDaerah pd = m.rencana().perangkatDaerah();
            if (!pd.nama().startsWith(RencanaIlustratif.AWALAN)) {
                continue;
            }
            assertThat(m.sasaran()).as(pd.nama()).hasSize(2);
            assertThat(m.iku()).as(pd.nama()).hasSizeBetween(2, 3);
            assertThat(m.iku())
                    .as(pd.nama() + ": every IKU has a target, a realisasi and a category")
                    .allMatch(b -> b.target().isPresent()
                            && b.realisasi().isPresent()
                            && b.kategori().isPresent());
            assertThat(m.indikatorPerjanjian())
                    .as(pd.nama() + ": the two kabid's own indicators")
                    .hasSize(2)
                    .allMatch(b -> b.capaianTerbulat().isPresent());
            assertThat(m.rencana().perjanjianKinerja()).as(pd.nama()).hasSize(3);
            assertThat(m.penyerapanTotal()).as(pd.nama()).hasValueSatisfying(p -> assertThat(p)
                    .isBetween(new BigDecimal("80"), new BigDecimal("100")));
            System.out.printf(
                    "Demo ilustratif %s: %d IKU, rata-rata capaian IKU %s%%, serapan anggaran %s%% (%s dari %s)%n",
                    pd.namaPendek(),
                    m.iku().size(),
                    m.rataRataIkuTerbulat().orElse(null),
                    m.penyerapanTotal().orElse(null),
                    m.totalRealisasiAnggaran(),
                    m.totalAnggaran());
        }
        System.out.printf(
                "Demo Balangan %d: %d perangkat daerah, %d IKU, %d indikator PK%n",
                TAHUN,
                ukur.size(),
                ukur.stream().mapToInt(m -> m.iku().size()).sum(),
                ukur.stream().mapToInt(m -> m.indikatorPerjanjian().size()).sum());
    }

    @Test
    void pohonKinerjaDaerahMemuatEnamPerangkatDaerahBerjenjang() {
        SimpulPohon daerah = sebagai(Peran.PENGAMAT, "63.11", () -> pohon.pohon(TAHUN, null));
        assertThat(daerah.anak()).hasSize(6).allMatch(a -> a.tingkat() == SimpulPohon.Tingkat.PERANGKAT_DAERAH);
        List<SimpulPohon> ilustratif = daerah.anak().stream()
                .filter(a -> a.judul().startsWith(RencanaIlustratif.AWALAN))
                .toList();
        assertThat(ilustratif).hasSize(5);
        for (SimpulPohon pd : ilustratif) {
            // two Renstra sasaran, each with the head's PK sasaran, and a kabid's sasaran cascading to the head's
            assertThat(pd.anak())
                    .as(pd.judul())
                    .hasSize(2)
                    .allMatch(s -> s.tingkat() == SimpulPohon.Tingkat.SASARAN_RENSTRA);
            assertThat(jumlah(pd, SimpulPohon.Tingkat.KEPALA)).as(pd.judul()).isEqualTo(2);
            assertThat(jumlah(pd, SimpulPohon.Tingkat.ESELON)).as(pd.judul()).isEqualTo(2);
            assertThat(pd.semua()).as(pd.judul()).noneMatch(s -> s.judul().contains("belum dijenjangkan"));
        }
    }

    @Test
    void ikuKepalaDaerahIlustratifTerukurUntukLkjip() {
        CapaianIkuDaerah iku = sebagai(Peran.PENGAMAT, "63.11", () -> ikuDaerah.ukur(TAHUN));
        assertThat(iku.baris()).extracting(b -> b.iku().kode()).containsExactly("IKD-1", "IKD-2", "IKD-3", "IKD-4");
        assertThat(iku.baris()).allMatch(b -> b.capaianTerbulat().isPresent());
        CapaianIkuDaerah.Baris ipm = iku.baris().getFirst();
        assertThat(ipm.realisasi()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("70.62"));
        // 70.62 / 70.55 x 100
        assertThat(ipm.capaianTerbulat().orElseThrow().doubleValue()).isCloseTo(100.10, within(0.01));
        System.out.printf(
                "IKU Kepala Daerah demo %d: rata-rata capaian %s%% (%s)%n",
                TAHUN, iku.rataRataTerbulat().orElse(null), iku.kategori().orElse(null));
    }

    @Test
    void antreanPersetujuanDemoBerisiPengajuanYangMenunggu() {
        Set<Long> ilustratif = sebagai(Peran.PENGAMAT, "63.11", perencanaan::daftarPerangkatDaerah).stream()
                .filter(pd -> pd.nama().startsWith(RencanaIlustratif.AWALAN))
                .map(PerangkatDaerah::id)
                .collect(Collectors.toSet());
        Map<StatusPersetujuan, Long> status = sebagai(Peran.PENGAMAT, "63.11", persetujuan::semua).stream()
                .filter(p ->
                        p.tahun() == RencanaIlustratif.TAHUN_PENGAJUAN && ilustratif.contains(p.perangkatDaerahId()))
                .collect(Collectors.groupingBy(Persetujuan::status, Collectors.counting()));
        // four wait for the verifikator, the last one verified waits for the pimpinan
        assertThat(status)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(StatusPersetujuan.DIAJUKAN, 4L, StatusPersetujuan.DIVERIFIKASI, 1L));

        assertThat(jumlahMenunggu(Peran.VERIFIKATOR)).containsEntry("verifikasi", 4L);
        assertThat(jumlahMenunggu(Peran.PIMPINAN)).containsEntry("penetapan", 1L);
        List<String> notifikasi = jdbc.sql(
                        "SELECT n.pesan FROM notifikasi n JOIN pengguna u ON u.id = n.pengguna_id"
                                + " WHERE u.username = 'verifikator.balangan' AND n.pesan LIKE 'Realisasi tahun 2022 Ilustratif: %'")
                .query(String.class)
                .list();
        assertThat(notifikasi).hasSizeGreaterThanOrEqualTo(4).allMatch(n -> n.contains("menunggu verifikasi"));
    }

    private Map<String, Long> jumlahMenunggu(Peran peran) {
        return sebagai(peran, "63.11", () -> pekerjaan.untuk(peran)).stream()
                .collect(Collectors.toMap(PekerjaanMenunggu::kode, PekerjaanMenunggu::jumlah));
    }

    private static long jumlah(SimpulPohon akar, SimpulPohon.Tingkat tingkat) {
        return akar.semua().stream().filter(s -> s.tingkat() == tingkat).count();
    }
}
