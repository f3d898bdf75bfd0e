package id.pkd.portal.pengukuran;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PenghitungKueri;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.penerbitan.PembuatDokumen;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.PerangkatDaerah;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.persetujuan.PersetujuanService;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The query-count guard of the capaian and realisasi screens and the LKIP draft: what each reads
 * for Balangan 2022 (one agency, 89 indicators) through the services the screens call. Per-row
 * reads (one per indicator, sasaran or program) would pass these bounds many times over.
 */
class KueriTampilanTest extends PortalIntegrationTest {

    /**
     * One agency-year read whole: the plan's tables once each, the rules, the frozen state, the plugin rows its
     * computed indicators use (24 and 26 today); one read per indicator (89) or sasaran would pass it.
     */
    static final int BATAS_TAMPILAN = 35;

    /**
     * The draft reads the measurement plus the document's own data (tenant, texts, logo, the plugins' history):
     * 35 today, 59 when every computed indicator re-read the enabled plugins and its rows.
     */
    static final int BATAS_LKIP = 45;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    PengukuranKinerjaService pengukuran;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    List<PembuatDokumen> pembuat;

    List<PenghitungKueri.Kueri> ukur(Peran peran, Supplier<?> kerja) {
        return sebagai(peran, "63.11", () -> {
            try (PenghitungKueri.Rekaman r = PenghitungKueri.mulai()) {
                kerja.get();
                return r.utasIni();
            }
        });
    }

    @Test
    void tampilanCapaian() {
        List<PenghitungKueri.Kueri> kueri = ukur(Peran.PENGAMAT, () -> {
            PerangkatDaerah pd = perencanaan.daftarPerangkatDaerah().get(0);
            perencanaan.daftarPeriode();
            return pengukuran.ukur(pd.id(), 2022);
        });
        System.out.println("[kueri] tampilan capaian Balangan 2022: " + PenghitungKueri.Rekaman.ringkasan(kueri));
        assertThat(kueri).as(PenghitungKueri.Rekaman.ringkasan(kueri)).hasSizeLessThan(BATAS_TAMPILAN);
    }

    @Test
    void tampilanRealisasi() {
        List<PenghitungKueri.Kueri> kueri = ukur(Peran.OPERATOR, () -> {
            PerangkatDaerah pd = perencanaan.daftarPerangkatDaerah().get(0);
            perencanaan.daftarPeriode();
            persetujuan.status(pd.id(), 2022);
            persetujuan.indikatorDibuka(2022);
            return pengukuran.ukur(pd.id(), 2022);
        });
        System.out.println("[kueri] tampilan realisasi Balangan 2022: " + PenghitungKueri.Rekaman.ringkasan(kueri));
        assertThat(kueri).as(PenghitungKueri.Rekaman.ringkasan(kueri)).hasSizeLessThan(BATAS_TAMPILAN);
    }

    @Test
    void drafLkip() {
        PembuatDokumen lkip = pembuat.stream()
                .filter(p -> p.jenis().equals("LKIP"))
                .findFirst()
                .orElseThrow();
        SubjekDokumen subjek =
                sebagai(Peran.PIMPINAN, "63.11", () -> lkip.subjek(2022).get(0));
        List<PenghitungKueri.Kueri> kueri = ukur(Peran.PIMPINAN, () -> lkip.buat(subjek, 2022, true));
        System.out.println("[kueri] draf LKIP Balangan 2022: " + PenghitungKueri.Rekaman.ringkasan(kueri));
        assertThat(kueri).as(PenghitungKueri.Rekaman.ringkasan(kueri)).hasSizeLessThan(BATAS_LKIP);
    }
}
