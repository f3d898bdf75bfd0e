package id.pkd.portal.dataurusan;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.pengukuran.PengukuranKinerjaService;
import id.pkd.portal.plugin.DataUrusanService;
import id.pkd.portal.plugin.XlsxDataUrusanService;
import id.pkd.portal.tahun.PilihanTahunService;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test: the live heap one opened IDM form of Balangan 2022 holds (154 villages), the Vaadin
 * way: live heap after a full GC with {@value #JUMLAH} forms held, minus without them, divided by
 * their number. The forms are component trees without a browser, so the figure leaves out what a
 * UI session adds around them. Opened read-only (the import panel needs a live UI): the rows' grid without its
 * editor (one set of editor fields per form when editable). {@code MemoriUiBenchmark} measures whole UI sessions. Run with {@code mvn -B -o -pl core/portal verify -Pbenchmark
 * -Dpkd.benchmark=FormulirUrusanBenchmark}; it only prints.
 */
class FormulirUrusanBenchmark extends PortalIntegrationTest {

    static final int JUMLAH = 20;

    @Autowired
    DataUrusanService data;

    @Autowired
    XlsxDataUrusanService xlsx;

    @Autowired
    PengukuranKinerjaService pengukuran;

    @Autowired
    PilihanTahunService pilihanTahun;

    @Test
    void ukur() {
        buka(2);
        long tanpa = heapHidup();
        List<FormulirUrusanView> dibuka = buka(JUMLAH);
        long dengan = heapHidup();
        long isian = KueriFormulirUrusanTest.semua(dibuka.get(0))
                .filter(c -> c instanceof com.vaadin.flow.component.HasValue<?, ?>)
                .count();
        System.out.printf(
                "[heap] formulir IDM Balangan 2022: %,d kB heap hidup per formulir dibuka (%d formulir, %d isian"
                        + " per formulir)%n",
                (dengan - tanpa) / JUMLAH / 1024, dibuka.size(), isian);
    }

    List<FormulirUrusanView> buka(int jumlah) {
        return sebagai(Peran.PENGAMAT, "63.11", () -> {
            List<FormulirUrusanView> hasil = new ArrayList<>();
            for (int i = 0; i < jumlah; i++) {
                FormulirUrusanView v = new FormulirUrusanView(data, xlsx, pengukuran, pilihanTahun);
                v.buka("urusan-pmd", "idm", 2022);
                hasil.add(v);
            }
            return hasil;
        });
    }

    static long heapHidup() {
        MemoryMXBean memori = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memori.getHeapMemoryUsage().getUsed();
    }
}
