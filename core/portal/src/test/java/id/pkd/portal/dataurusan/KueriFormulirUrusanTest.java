package id.pkd.portal.dataurusan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import id.pkd.portal.PenghitungKueri;
import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.plugin.DataUrusanService;
import id.pkd.portal.plugin.XlsxDataUrusanService;
import id.pkd.portal.tahun.PilihanTahunService;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The query-count guard of the heaviest form: opening the PMD IDM form of Balangan (154 villages,
 * each row referring to the village register) must read each list once, not once per row. Opened
 * as an observer: the same rows and lookups as an operator, without the import panel (whose
 * download link needs a live UI).
 */
class KueriFormulirUrusanTest extends PortalIntegrationTest {

    /**
     * Opening the form, whatever the number of rows: the form itself reads the enabled plugins, its rows and the
     * village register (3); its computed-indicators panel measures the indicators of the tenant's agencies, the
     * plan's tables once each plus the plugin rows the indicators are computed from, and the urusan version (19 with
     * nothing kept under the versions).
     */
    static final int BATAS_KUERI = 22;

    /** The whole view: headings, year, grid, computed-indicators panel; one panel per row would pass it. */
    static final int BATAS_KOMPONEN = 100;

    @Autowired
    DataUrusanService data;

    @Autowired
    XlsxDataUrusanService xlsx;

    @Autowired
    PengukuranKinerjaService pengukuran;

    @Autowired
    PilihanTahunService pilihanTahun;

    @Test
    void membukaFormulirIdmMembacaSetiapDaftarSekali() {
        FormulirUrusanView view = new FormulirUrusanView(data, xlsx, pengukuran, pilihanTahun);
        // Nothing kept under the tenant's versions (VersiData): the guard bounds the reads a first opening makes.
        lupakanYangDisimpan("63.11");
        List<PenghitungKueri.Kueri> kueri = sebagai(Peran.PENGAMAT, "63.11", () -> {
            // Opened in a request, as the browser's navigation is: what one request reads is read once.
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
            try (PenghitungKueri.Rekaman r = PenghitungKueri.mulai()) {
                view.buka("urusan-pmd", "idm", 2022);
                return r.utasIni();
            } finally {
                RequestContextHolder.resetRequestAttributes();
            }
        });
        long isian = semua(view)
                .filter(c -> c instanceof ComboBox<?> || c instanceof TextField)
                .count();
        System.out.println("[kueri] formulir IDM Balangan 2022 dibuka: " + PenghitungKueri.Rekaman.ringkasan(kueri)
                + "\n[kueri] komponen isian (ComboBox/TextField) di formulir IDM: " + isian);
        assertThat(kueri).as(PenghitungKueri.Rekaman.ringkasan(kueri)).hasSizeLessThan(BATAS_KUERI);
        // The rows are grid items, not components: the view's component tree does not grow with 154 villages.
        long komponen = semua(view).count();
        System.out.println("[komponen] formulir IDM Balangan 2022: " + komponen + " komponen");
        assertThat(komponen).isLessThan(BATAS_KOMPONEN);
    }

    static Stream<Component> semua(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(KueriFormulirUrusanTest::semua));
    }
}
