package id.pkd.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.junit.jupiter.api.Test;

/** The chart reads like the text beside it: Indonesian figures on the axis and the bars, whole category names. */
class PenggambarGrafikTest {

    static final List<String> JENIS = List.of(
            "Anak Terlantar",
            "Anak yang Berhadapan dengan Hukum",
            "Lanjut Usia Terlantar",
            "Penyandang Disabilitas",
            "Korban Bencana Alam",
            "Korban Bencana Sosial",
            "Perempuan Rawan Sosial Ekonomi",
            "Fakir Miskin",
            "Komunitas Adat Terpencil");

    static Map<String, List<Number>> seri() {
        Map<String, List<Number>> seri = new LinkedHashMap<>();
        seri.put("Jumlah PPKS (orang)", List.of(191, 18, 4442, 1240, 22, 146, 54, 60_585, 1636));
        seri.put("PPKS tertangani (orang)", List.of(34, 18, 1213, 658, 22, 146, 32, 44_685, 150));
        return seri;
    }

    @Test
    void sumbuDanLabelBerformatIndonesiaDanNamaKategoriTidakTerpotong() throws Exception {
        JFreeChart chart = PenggambarGrafik.batang(null, "Jenis", "Jumlah", JENIS, seri());
        CategoryPlot plot = chart.getCategoryPlot();
        NumberAxis sumbu = (NumberAxis) plot.getRangeAxis();
        // "60.000" as in the tables, not the English "60,000".
        assertThat(sumbu.getNumberFormatOverride().format(60_000)).isEqualTo("60.000");
        assertThat(sumbu.getNumberFormatOverride().format(1234.5)).isEqualTo("1.234,5");
        CategoryItemRenderer renderer = plot.getRenderer();
        assertThat(renderer.getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 7))
                .isEqualTo("60.585");
        assertThat(plot.getDomainAxis().getMaximumCategoryLabelLines()).isGreaterThanOrEqualTo(2);
        // The caption under the picture names the chart: no second title inside it.
        assertThat(chart.getTitle()).isNull();
        byte[] png = PenggambarGrafik.batangPng(null, "Jenis", "Jumlah", JENIS, seri());
        Path berkas = Path.of("target", "grafik-uji", "ppks.png");
        Files.createDirectories(berkas.getParent());
        Files.write(berkas, png);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void judulGrafikTetapDicetakBilaDiberikan() {
        JFreeChart chart = PenggambarGrafik.batang("Tren IKU", "Tahun", "Nilai", JENIS, seri());
        assertThat(chart.getTitle().getText()).isEqualTo("Tren IKU");
    }
}
