package id.pkd.portal.pengukuran;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PenghitungKueri;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After a save the realisasi screen measures the saved indicator only (issue 16: a save costing many times a no-op
 * round trip): its row must be the one the whole agency-year's measurement shows, for every indicator of Balangan's
 * years (live and frozen), and it must not read more than the whole measurement does.
 */
class UkurIndikatorTest extends PortalIntegrationTest {

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    PengukuranKinerjaService pengukuran;

    @Test
    void barisSatuIndikatorSamaDenganBarisnyaDiPengukuranPenuh() {
        int dibandingkan = sebagai(Peran.PENGAMAT, "63.11", () -> {
            int n = 0;
            for (PerangkatDaerah pd : perencanaan.daftarPerangkatDaerah()) {
                for (int tahun : List.of(2022, 2023)) {
                    Set<Long> sudah = new HashSet<>();
                    for (BarisCapaian penuh : pengukuran.ukur(pd.id(), tahun).semuaIndikator()) {
                        if (!sudah.add(penuh.indikator().id())) {
                            continue;
                        }
                        BarisCapaian satu = pengukuran
                                .ukurIndikator(pd.id(), tahun, penuh.indikator().id())
                                .orElseThrow();
                        // A computed realisasi carries the time it was computed at; nothing else may differ.
                        assertThat(satu)
                                .as(penuh.indikator().kode() + " " + tahun)
                                .usingRecursiveComparison()
                                .ignoringFieldsOfTypes(Instant.class)
                                .isEqualTo(penuh);
                        n++;
                    }
                }
            }
            return n;
        });
        assertThat(dibandingkan).isGreaterThan(80);
    }

    @Test
    void satuIndikatorTidakMembacaLebihDariPengukuranPenuh() {
        long[] jumlah = sebagai(Peran.PENGAMAT, "63.11", () -> {
            PerangkatDaerah pd = perencanaan.daftarPerangkatDaerah().get(0);
            BarisCapaian pertama =
                    pengukuran.ukur(pd.id(), 2023).semuaIndikator().get(0);
            // Both paths read once before, so both find the plan kept under its version (VersiData): like with like.
            pengukuran.ukurIndikator(pd.id(), 2023, pertama.indikator().id());
            List<PenghitungKueri.Kueri> penuh;
            try (PenghitungKueri.Rekaman r = PenghitungKueri.mulai()) {
                pengukuran.ukur(pd.id(), 2023);
                penuh = r.utasIni();
            }
            List<PenghitungKueri.Kueri> satu;
            try (PenghitungKueri.Rekaman r = PenghitungKueri.mulai()) {
                pengukuran.ukurIndikator(pd.id(), 2023, pertama.indikator().id());
                satu = r.utasIni();
            }
            System.out.println("[kueri] ukur Balangan 2023: " + PenghitungKueri.Rekaman.ringkasan(penuh));
            System.out.println("[kueri] ukurIndikator Balangan 2023: " + PenghitungKueri.Rekaman.ringkasan(satu));
            return new long[] {penuh.size(), satu.size()};
        });
        assertThat(jumlah[1]).isLessThanOrEqualTo(jumlah[0]);
    }
}
