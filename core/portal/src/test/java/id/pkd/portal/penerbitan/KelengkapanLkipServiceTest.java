package id.pkd.portal.penerbitan;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The LKIP's own shortfalls the operator sees before submitting a year, read from the demo's Dinas Sosial. */
class KelengkapanLkipServiceTest extends PortalIntegrationTest {

    @Autowired
    KelengkapanLkipService kelengkapan;

    @Autowired
    JdbcClient jdbc;

    long dinasSosial() {
        return jdbc.sql("SELECT pd.id FROM perangkat_daerah pd JOIN tenant t ON t.id = pd.tenant_id"
                        + " WHERE t.kode_wilayah = '63.11' ORDER BY pd.id LIMIT 1")
                .query(Long.class)
                .single();
    }

    @Test
    void tahunDenganTeksDanSdmHanyaMenyebutNarasiYangKurang() {
        List<String> k = sebagai(Peran.OPERATOR, "63.11", () -> kelengkapan.kekurangan(dinasSosial(), 2022));
        // the demo's 2022 has its texts and staff composition; one IKU's narrative is left empty in the seed
        assertThat(k)
                .as("kekurangan LKIP 2022")
                .containsExactly(
                        "IKU \"Persentase Desa dengan Klasifikasi Minimal Maju\": narasi hambatan belum diisi.",
                        "IKU \"Persentase Desa dengan Klasifikasi Minimal Maju\": narasi rencana tindak lanjut belum"
                                + " diisi.");
    }

    @Test
    void tahunTanpaKomposisiSdmDanTeksMenyebutnya() {
        List<String> k = sebagai(Peran.OPERATOR, "63.11", () -> kelengkapan.kekurangan(dinasSosial(), 2023));
        assertThat(k)
                .contains("Komposisi SDM tahun 2023 belum diisi (menu Komposisi SDM).")
                .anyMatch(s -> s.startsWith("Teks ") && s.endsWith("belum diisi (menu Teks Dokumen)."));
    }

    @Test
    void perangkatDaerahDaerahLainTidakDapatDibaca() {
        long sosialBalangan = dinasSosial();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                        () -> sebagai(Peran.OPERATOR, "62.01", () -> kelengkapan.kekurangan(sosialBalangan, 2022))))
                .isNotNull();
    }
}
