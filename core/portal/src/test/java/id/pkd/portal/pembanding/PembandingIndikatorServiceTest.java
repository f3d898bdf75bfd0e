package id.pkd.portal.pembanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.jejak.JejakAudit;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.Indikator;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.umum.DataTidakDitemukanException;
import id.pkd.portal.umum.ValidasiGagalException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * National and provincial figures beside an indicator: the demo's one (Kalimantan Selatan's IPG 2022), recording
 * and replacing one per level and kind, audited; refusals named per field; readers who cannot write; another
 * tenant that cannot reach the indicator. Writes go to Balangan's IKU-2 in 2026, a year no other test records
 * figures for, and are removed after each test. The locked year's refusal is a row of {@code KunciMatriksTest}.
 */
class PembandingIndikatorServiceTest extends PortalIntegrationTest {

    static final int TAHUN = 2026;

    @Autowired
    PembandingIndikatorService pembanding;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    JejakAuditService jejak;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void bersihkan() {
        jdbc.sql("DELETE FROM pembanding_indikator WHERE tenant_id = ? AND tahun = ?")
                .params(tenant("63.11").value(), TAHUN)
                .update();
    }

    long ipg() {
        return sebagai(Peran.PENGAMAT, "63.11", () -> perencanaan.daftarPerangkatDaerah().stream()
                .flatMap(pd -> perencanaan.rencana(pd.id(), 2022).indikator().stream())
                .filter(i -> i.kode().equals("IKU-2"))
                .map(Indikator::id)
                .findFirst()
                .orElseThrow());
    }

    @Test
    void demoMencatatIpgProvinsiKalimantanSelatan2022() {
        assertThat(sebagai(Peran.PENGAMAT, "63.11", () -> pembanding.daftar(ipg(), 2022)))
                .extracting(
                        PembandingIndikator::tingkat,
                        PembandingIndikator::jenis,
                        PembandingIndikator::wilayah,
                        p -> p.nilai().toPlainString())
                .containsExactly(tuple(
                        PembandingIndikator.Tingkat.PROVINSI,
                        PembandingIndikator.Jenis.REALISASI,
                        "Provinsi Kalimantan Selatan",
                        "88.86"));
    }

    @Test
    void satuAngkaPerTingkatDanJenisDiaudit() {
        long ipg = ipg();
        sebagai(Peran.OPERATOR, "63.11", () -> pembanding.simpan(ipg, TAHUN, isian("PROVINSI", "TARGET", "90")));
        PembandingIndikator p = sebagai(
                Peran.OPERATOR, "63.11", () -> pembanding.simpan(ipg, TAHUN, isian("PROVINSI", "TARGET", "90,5")));
        sebagai(Peran.OPERATOR, "63.11", () -> pembanding.simpan(ipg, TAHUN, isian("NASIONAL", "TARGET", "91,2")));

        assertThat(sebagai(Peran.PENGAMAT, "63.11", () -> pembanding.daftar(ipg, TAHUN)))
                .extracting(PembandingIndikator::tingkat, x -> x.nilai().toPlainString())
                .containsExactly(
                        tuple(PembandingIndikator.Tingkat.PROVINSI, "90.5"),
                        tuple(PembandingIndikator.Tingkat.NASIONAL, "91.2"));
        assertThat(sebagai(Peran.ADMIN_DAERAH, "63.11", () -> jejak.riwayat("pembanding_indikator", p.id())))
                .extracting(JejakAudit::isian, JejakAudit::nilaiLama, JejakAudit::nilaiBaru)
                .contains(
                        tuple("provinsi.target.nilai", null, "90"),
                        tuple("provinsi.target.nilai", "90", "90.5"),
                        tuple("provinsi.target.wilayah", null, "Provinsi Kalimantan Selatan"));

        sebagai(Peran.OPERATOR, "63.11", () -> {
            pembanding.hapus(ipg, TAHUN, p.id());
            return null;
        });
        assertThat(sebagai(Peran.PENGAMAT, "63.11", () -> pembanding.daftar(ipg, TAHUN)))
                .extracting(PembandingIndikator::tingkat)
                .containsExactly(PembandingIndikator.Tingkat.NASIONAL);
    }

    @Test
    void isianTidakSahDisebutPerIsianDanPembacaTidakDapatMenulis() {
        long ipg = ipg();
        assertThatThrownBy(() -> sebagai(
                        Peran.OPERATOR,
                        "63.11",
                        () -> pembanding.simpan(
                                ipg,
                                TAHUN,
                                new PembandingIndikator.Isian(
                                        null, PembandingIndikator.Jenis.TARGET, " ", BigDecimal.ONE, ""))))
                .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                        .extracting(ValidasiGagalException.Kesalahan::path)
                        .containsExactlyInAnyOrder("tingkat", "wilayah", "sumber"));
        for (Peran p : List.of(Peran.PENGAMAT, Peran.VERIFIKATOR)) {
            assertThatThrownBy(() ->
                            sebagai(p, "63.11", () -> pembanding.simpan(ipg, TAHUN, isian("PROVINSI", "TARGET", "90"))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        // Kobar cannot reach Balangan's indicator: the same answer as for one that does not exist.
        assertThatThrownBy(() -> sebagai(
                        Peran.OPERATOR,
                        "62.01",
                        () -> pembanding.simpan(ipg, TAHUN, isian("PROVINSI", "TARGET", "90"))))
                .isInstanceOf(DataTidakDitemukanException.class);
        assertThat(sebagai(Peran.PENGAMAT, "62.01", () -> pembanding.daftar(ipg, 2022)))
                .isEmpty();
        assertThat(sebagai(Peran.PENGAMAT, "63.11", () -> pembanding.daftar(ipg, TAHUN)))
                .isEmpty();
    }

    static PembandingIndikator.Isian isian(String tingkat, String jenis, String nilai) {
        return new PembandingIndikator.Isian(
                PembandingIndikator.Tingkat.valueOf(tingkat),
                PembandingIndikator.Jenis.valueOf(jenis),
                "Provinsi Kalimantan Selatan",
                new BigDecimal(nilai.replace(',', '.')),
                "BPS uji");
    }
}
