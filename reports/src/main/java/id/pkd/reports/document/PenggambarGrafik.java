package id.pkd.reports.document;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The one chart renderer: the documents place its PNG in the PDF and the screens show the same
 * PNG, so a chart never differs between the portal and the printed report.
 */
public final class PenggambarGrafik {

    public static final int LEBAR = 900;
    public static final int TINGGI = 488;

    private static final Color[] WARNA = {
        new Color(0x1F, 0x4E, 0x79), new Color(0xC0, 0x50, 0x4D), new Color(0x9B, 0xBB, 0x59),
        new Color(0x80, 0x64, 0xA2), new Color(0xF7, 0x96, 0x46), new Color(0x4B, 0xAC, 0xC6)
    };

    private PenggambarGrafik() {}

    /** Lines a category label may take before JFreeChart shortens it with "…". */
    static final int BARIS_LABEL_KATEGORI = 4;

    /**
     * A grouped bar chart.
     *
     * @param judul the chart's own title; null or blank when the document's caption already names it
     * @param seri series name to one value per category, in category order (iteration order kept)
     */
    public static byte[] batangPng(
            String judul,
            String sumbuKategori,
            String sumbuNilai,
            List<String> kategori,
            Map<String, List<Number>> seri) {
        JFreeChart chart = batang(judul, sumbuKategori, sumbuNilai, kategori, seri);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, LEBAR, TINGGI);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static JFreeChart batang(
            String judul,
            String sumbuKategori,
            String sumbuNilai,
            List<String> kategori,
            Map<String, List<Number>> seri) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        seri.forEach((nama, nilai) -> {
            for (int i = 0; i < kategori.size() && i < nilai.size(); i++) {
                data.addValue(nilai.get(i), nama, kategori.get(i));
            }
        });
        StandardChartTheme tema = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        tema.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        tema.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        tema.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        tema.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        JFreeChart chart;
        synchronized (PenggambarGrafik.class) {
            // ChartFactory applies a shared, mutable current theme.
            ChartFactory.setChartTheme(tema);
            chart = ChartFactory.createBarChart(
                    judul == null || judul.isBlank() ? null : judul,
                    sumbuKategori,
                    sumbuNilai,
                    data,
                    PlotOrientation.VERTICAL,
                    true,
                    false,
                    false);
        }
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xBF, 0xBF, 0xBF));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        // The text's formatter (60.585, 1.234,5): axis ticks and bar labels read like the tables beside them.
        NumberFormat angka = NumberFormat.getNumberInstance(PenyusunDokumen.ID_ID);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(angka);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", angka));
        renderer.setDefaultItemLabelsVisible(true);
        // Long names ("Anak yang Berhadapan dengan Hukum") wrap instead of ending in "An…".
        plot.getDomainAxis().setMaximumCategoryLabelLines(BARIS_LABEL_KATEGORI);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        plot.getDomainAxis().setCategoryMargin(0.1);
        for (int i = 0; i < seri.size(); i++) {
            renderer.setSeriesPaint(i, WARNA[i % WARNA.length]);
        }
        return chart;
    }
}
