package id.pkd.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Submitting a year whose LKIP still lacks the agency's own parts: the operator is shown the list before the year
 * goes to the verifikator (the adoption would lock them with the year), and "Lengkapi dahulu" leaves it in Draf.
 * Balangan's Dinas Sosial 2023 has targets but no staff composition and no LKIP texts in the demo; nothing is saved.
 */
class AjukanBelumLengkapE2ETest extends PortalDiPeramban {

    @Test
    void operatorMelihatKekuranganLkipSebelumMengajukan() {
        masuk("operator.balangan");
        page.navigate(url("realisasi?tahun=2023"));
        assertThat(page.locator("#status-persetujuan")).containsText("Draf");
        page.click("#ajukan");
        assertThat(page.locator("#konfirmasi-ajukan")).containsText("LKIP 2023 belum lengkap");
        assertThat(page.locator("#kekurangan-ajukan")).containsText("Komposisi SDM tahun 2023 belum diisi");
        page.locator("#konfirmasi-ajukan vaadin-button[slot='cancel-button']").click();
        assertThat(page.locator("#konfirmasi-ajukan")).hasCount(0);
        assertThat(page.locator("#status-persetujuan")).containsText("Draf");
    }
}
