package id.pkd.portal.tahun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.daerah.DaerahBaru;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.daerah.JenisDaerah;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.PenggunaBaru;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pertukaran.ImporRencanaService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One rule for the year every screen opens on, walked through a tenant of its own (63.16, WITA) as its plan comes in:
 * no plan → this year; a plan without realisasi → this year inside the RPJMD period 2021–2026; realisasi of 2021 and
 * 2022 → 2022, the latest year with figures (not 2026, the last year with a Renstra target).
 */
class PilihanTahunTest extends PortalIntegrationTest {

    static final String DAERAH = "63.16";

    @Autowired
    PilihanTahunService pilihan;

    @Autowired
    ImporRencanaService impor;

    @Autowired
    DaerahService daerah;

    @Autowired
    ObjectMapper json;

    @Test
    void tahunBawaanMengikutiRencanaYangMasuk() throws Exception {
        SebagaiSistem.jalankan(
                Peran.OPERATOR_PORTAL,
                null,
                () -> daerah.daftarkan(new DaerahBaru(
                        DAERAH,
                        "Kabupaten Uji Tahun",
                        JenisDaerah.KABUPATEN,
                        null,
                        new PenggunaBaru(
                                "admin.uji.tahun",
                                "Rahasia-Uji-2024!",
                                "Admin Uji Tahun",
                                Peran.ADMIN_DAERAH,
                                null,
                                null))));
        int tahunIni = LocalDate.now(ZoneId.of("Asia/Makassar")).getYear();

        assertThat(baca(() -> pilihan.tahunIni())).isEqualTo(tahunIni);
        assertThat(baca(() -> pilihan.tahunBawaan())).isEqualTo(tahunIni);
        assertThat(baca(() -> pilihan.daftarTahun())).containsExactly(tahunIni);

        ObjectNode rencana = rencanaBalangan();
        ObjectNode tanpaRealisasi = rencana.deepCopy();
        ((ObjectNode) tanpaRealisasi.withArray("perangkatDaerah").get(0)).putArray("realisasi");
        imporSebagaiAdmin(tanpaRealisasi);
        assertThat(baca(() -> pilihan.tahunBawaan())).isEqualTo(Math.min(Math.max(tahunIni, 2021), 2026));
        assertThat(baca(() -> pilihan.daftarTahun())).containsSubsequence(2026, 2025, 2024, 2023, 2022, 2021);

        imporSebagaiAdmin(rencana);
        assertThat(baca(() -> pilihan.tahunBawaan())).isEqualTo(2022);
    }

    @Test
    void daerahDemoMembukaTahunRealisasiTerakhirnya() {
        assertThat(sebagai(Peran.PENGAMAT, "63.11", () -> pilihan.tahunBawaan()))
                .isEqualTo(2022);
    }

    @Test
    void periodeBerjalanAdalahYangMemuatTahunIniLaluYangTerakhirDimulaiLaluYangPertama() {
        var lama = new PilihanTahunService.Periode(2016, 2021);
        var kini = new PilihanTahunService.Periode(2021, 2026);
        var nanti = new PilihanTahunService.Periode(2031, 2036);
        assertThat(PilihanTahunService.periodeBerjalan(List.of(lama, kini, nanti), 2024))
                .contains(kini);
        assertThat(PilihanTahunService.periodeBerjalan(List.of(lama, kini, nanti), 2028))
                .contains(kini);
        assertThat(PilihanTahunService.periodeBerjalan(List.of(nanti), 2026)).contains(nanti);
        assertThat(PilihanTahunService.periodeBerjalan(List.of(), 2026)).isEqualTo(Optional.empty());
        assertThat(nanti.jepit(2026)).isEqualTo(2031);
        assertThat(lama.jepit(2026)).isEqualTo(2021);
    }

    private <T> T baca(java.util.function.Supplier<T> kerja) {
        return sebagai(Peran.OPERATOR, DAERAH, kerja);
    }

    private ObjectNode rencanaBalangan() throws Exception {
        try (var isi = getClass().getResourceAsStream("/demo/balangan-2022.json")) {
            return (ObjectNode) json.readTree(isi);
        }
    }

    private void imporSebagaiAdmin(ObjectNode rencana) throws Exception {
        byte[] isi = json.writeValueAsBytes(rencana);
        sebagai(Peran.ADMIN_DAERAH, DAERAH, () -> impor.impor(isi));
    }
}
