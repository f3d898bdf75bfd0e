package id.pkd.portal.penerbitan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import id.pkd.portal.AlurPersetujuanUji;
import id.pkd.portal.PortalDiPeramban;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.persetujuan.PersetujuanService;
import id.pkd.portal.tandatangan.AlgoritmaKunci;
import id.pkd.portal.tandatangan.CaDaerahService;
import id.pkd.portal.tandatangan.KunciPejabatSemula;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In the browser: with a key from Balangan's CA, the pimpinan signs the Ikhtisar 2022 without being asked for a
 * passphrase, and the public page calls it sah, naming the region's CA key as how it was signed.
 */
class TandaTanganCaDaerahE2ETest extends PortalDiPeramban {

    static final String NIP_KEPALA = "197305011993111001";

    @Autowired
    CaDaerahService ca;

    @Autowired
    PenerbitanService penerbitan;

    @Autowired
    PersetujuanService persetujuan;

    @Autowired
    JdbcClient jdbc;

    long pejabat;
    KunciPejabatSemula kunciSemula;

    long pdIkhtisar() {
        String kode = sebagai(
                Peran.PIMPINAN,
                "63.11",
                () -> penerbitan.pembuat("IKHTISAR").subjek(2022).get(0).kode());
        return Long.parseLong(kode.substring("pd:".length()));
    }

    @BeforeEach
    void kepalaMemakaiKunciCaDaerah() {
        AlurPersetujuanUji.tetapkan(persetujuan, tenant("63.11"), pdIkhtisar(), 2022);
        long balangan = tenant("63.11").value();
        SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, () -> {
            if (!ca.daerahBerCa().contains(balangan)) {
                ca.buat(balangan, AlgoritmaKunci.EC_P256);
            }
            return null;
        });
        pejabat = jdbc.sql("SELECT id FROM pejabat WHERE tenant_id = ? AND nip = ?")
                .params(balangan, NIP_KEPALA)
                .query(Long.class)
                .single();
        kunciSemula = KunciPejabatSemula.catat(jdbc, pejabat);
        sebagai(Peran.ADMIN_DAERAH, "63.11", () -> ca.terbitkan(pejabat));
    }

    /** The demo key back, so the other signing tests find the passphrase they know. */
    @AfterEach
    void pulihkan() {
        AlurPersetujuanUji.bukaKembali(persetujuan, tenant("63.11"), pdIkhtisar(), 2022);
        if (kunciSemula != null) {
            kunciSemula.pulihkan();
        }
    }

    @Test
    void pimpinanMenandatanganiTanpaPassphraseDanHalamanPublikMenyatakanSah() {
        masuk("pimpinan.balangan");
        page.navigate(url("penerbitan"));
        page.locator("#jenis-dokumen input").fill("Ikhtisar Indikator Kinerja");
        page.keyboard().press("Enter");
        page.locator("#tahun-dokumen input").fill("2022");
        page.keyboard().press("Tab");
        assertThat(page.locator("#kekurangan")).containsText("Data lengkap");

        context.setDefaultTimeout(90_000);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(90_000);
        page.click("#terbitkan");
        assertThat(page.getByText("dengan Kunci dari CA daerah.").first()).isVisible();
        assertThat(page.locator("#passphrase")).isHidden();
        page.click("#tandatangani");
        assertThat(page.locator("#status-penerbitan")).containsText("Dokumen terbit: PKD/63.11/IKHTISAR/2022/");
        String token = jdbc.sql("SELECT token FROM dokumen_terbit WHERE tenant_id = ? AND jenis = 'IKHTISAR'"
                        + " AND status = 'TERBIT' ORDER BY id DESC LIMIT 1")
                .param(tenant("63.11").value())
                .query(String.class)
                .single();

        keluar();
        page.navigate(url("verifikasi/" + token));
        assertThat(page.locator("#dokumen-terdaftar")).hasAttribute("data-sah", "true");
        assertThat(page.locator("#dokumen-terdaftar")).containsText("Tanda tangan sah");
        assertThat(page.locator("#dokumen-terdaftar")).containsText("kunci dari CA daerah");
        assertThat(page.locator("#dokumen-terdaftar")).containsText("didaftarkan oleh Pemerintah Kabupaten Balangan");
    }
}
