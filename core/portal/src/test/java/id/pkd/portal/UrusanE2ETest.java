package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * An operator fills the PPKS form and the disaster register in the browser and sees the computed
 * indicators, and the capaian of the IKU that takes one as its realisasi, change at once.
 */
class UrusanE2ETest extends PortalDiPeramban {

    @Test
    void operatorMengisiPpksDanRegisterBencanaLaluIndikatorDanCapaianBerubah() {
        // A form of 26 rows with the capaian of the linked IKU renders in seconds on a busy machine.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        try {
            isiFormulir();
        } catch (AssertionError e) {
            page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("target", "urusan-e2e-gagal.png"))
                    .setFullPage(true));
            throw e;
        }
    }

    private void isiFormulir() {
        masuk("operator.balangan");
        page.navigate(url("urusan"));
        page.click("#formulir-urusan-sosial-ppks");
        page.navigate(url("urusan/urusan-sosial/ppks?tahun=2022"));
        assertThat(page.locator("#terhitung-ppks-tertangani")).hasText("68,72");
        assertThat(page.locator("#capaian-ppks-tertangani")).containsText("129,78%");

        // Lanjut usia terlantar is the 8th PPKS type: 1.213 → 2.213 handled.
        page.click("#baris-7");
        isi("#isian-7-tertangani", "2.213");
        page.click("#simpan");
        assertThat(page.locator("#terhitung-ppks-tertangani")).hasText("70,18");
        assertThat(page.locator("#capaian-ppks-tertangani")).containsText("132,54%");

        // Handled above the population is refused at the field; nothing changes.
        page.click("#baris-7");
        isi("#isian-7-tertangani", "9.999");
        page.click("#simpan");
        assertThat(page.locator("#isian-7-tertangani")).hasAttribute("invalid", "");
        assertThat(page.locator("#isian-7-tertangani"))
                .containsText("PPKS tertangani tidak boleh melebihi jumlah PPKS.");
        assertThat(page.locator("#terhitung-ppks-tertangani")).hasText("70,18");

        // Back to the LKIP figure, so the demo data stay as published.
        isi("#isian-7-tertangani", "1.213");
        page.click("#simpan");
        assertThat(page.locator("#terhitung-ppks-tertangani")).hasText("68,72");

        page.navigate(url("urusan/urusan-sosial/bencana?tahun=2022"));
        assertThat(page.locator("#terhitung-korban-bencana-terbantu")).hasText("belum ada data");
        klikLaluTunggu("#tambah-baris");
        Locator jenis = page.locator("#isian-0-jenis input");
        jenis.fill("Banjir");
        jenis.press("Enter");
        isi("#isian-0-desa", "Bata");
        isi("#isian-0-kecamatan", "Juai");
        isi("#isian-0-mulai", "10/03/2022");
        isi("#isian-0-selesai", "08/03/2022");
        isi("#isian-0-kerugian", "tidak diketahui");
        isi("#isian-0-korban_jiwa", "10");
        isi("#isian-0-jiwa_terbantu", "8");
        page.click("#simpan");
        assertThat(page.locator("#isian-0-selesai")).hasAttribute("invalid", "");
        assertThat(page.locator("#isian-0-selesai")).containsText("Tanggal selesai tidak boleh sebelum tanggal mulai.");
        assertThat(page.locator("#terhitung-korban-bencana-terbantu")).hasText("belum ada data");

        isi("#isian-0-selesai", "12/03/2022");
        page.click("#simpan");
        assertThat(page.locator("#terhitung-korban-bencana-terbantu")).hasText("80,00");
        page.click("#baris-0");
        assertThat(page.locator("#isian-0-kerugian input")).hasValue("tidak diketahui");
    }

    private void isi(String id, String nilai) {
        Locator input = page.locator(id + " input");
        input.fill(nilai);
        input.press("Tab");
    }
}
