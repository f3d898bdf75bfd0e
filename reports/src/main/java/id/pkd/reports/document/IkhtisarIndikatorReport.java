package id.pkd.reports.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Menyusun laporan "Ikhtisar Indikator Kinerja" sebagai PDF.
 *
 * <p>Template dikompilasi sekali di konstruktor; buat satu instance per aplikasi dan pakai bersama.
 * {@link #renderPdf} aman dipanggil dari banyak thread sekaligus: {@link JasperReport} hasil kompilasi
 * tidak berubah selama pengisian, dan setiap pemanggilan memakai data source, parameter dan exporter
 * sendiri.
 */
public final class IkhtisarIndikatorReport {

    static final String TEMPLATE = "/id/pkd/reports/ikhtisar-indikator.jrxml";

    // The template formats dates and numbers through REPORT_LOCALE: "22 November 2026", "1.234".
    private static final Locale ID_ID = new Locale("id", "ID");

    private final JasperReport report;

    /**
     * Mengompilasi template. Mahal (ratusan milidetik): jangan dibuat per permintaan.
     *
     * @throws PembuatanLaporanException bila template tidak ditemukan atau tidak valid
     */
    public IkhtisarIndikatorReport() {
        try (InputStream jrxml = IkhtisarIndikatorReport.class.getResourceAsStream(TEMPLATE)) {
            if (jrxml == null) {
                throw new PembuatanLaporanException("Templat laporan tidak ditemukan: " + TEMPLATE, null);
            }
            this.report = JasperCompileManager.compileReport(jrxml);
        } catch (JRException | IOException e) {
            throw new PembuatanLaporanException("Templat laporan ikhtisar indikator gagal dikompilasi.", e);
        }
    }

    /**
     * Mengisi template dengan data dan mengekspornya ke PDF.
     *
     * @return isi berkas PDF
     * @throws PembuatanLaporanException bila pengisian atau ekspor gagal
     */
    public byte[] renderPdf(IkhtisarIndikator data) {
        Objects.requireNonNull(data, "data laporan wajib diisi");
        try {
            JasperPrint print = JasperFillManager.fillReport(report, parameters(data), dataSource(data));
            return export(print, data);
        } catch (JRException e) {
            throw new PembuatanLaporanException("Laporan ikhtisar indikator gagal disusun.", e);
        }
    }

    private static Map<String, Object> parameters(IkhtisarIndikator data) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, ID_ID);
        p.put("NAMA_DAERAH", data.namaDaerah());
        p.put("KODE_WILAYAH", data.kodeWilayah());
        p.put("TAHUN", data.tahun());
        p.put("TEMPAT", data.tempat());
        p.put("TANGGAL", data.tanggal());
        p.put("JABATAN", data.penandatangan().jabatan());
        p.put("NAMA_PENANDATANGAN", data.penandatangan().nama());
        p.put("NIP", data.penandatangan().nip());
        return p;
    }

    // A map source, not JRBeanCollectionDataSource: bean introspection looks for getX() and does not see
    // record accessors.
    private static JRMapCollectionDataSource dataSource(IkhtisarIndikator data) {
        List<Map<String, ?>> rows = new ArrayList<>(data.baris().size());
        for (BarisIndikator b : data.baris()) {
            rows.add(Map.of(
                    "urusan", b.urusan(),
                    "kode", b.kode(),
                    "nama", b.nama(),
                    "satuan", b.satuan(),
                    "polaritas", b.polaritas()));
        }
        return new JRMapCollectionDataSource(rows);
    }

    private static byte[] export(JasperPrint print, IkhtisarIndikator data) throws JRException {
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setCompressed(true);
        config.setMetadataTitle("Ikhtisar Indikator Kinerja " + data.namaDaerah() + " Tahun " + data.tahun());
        config.setMetadataAuthor(data.namaDaerah());
        config.setMetadataCreator("Portal Kinerja Daerah");
        config.setTagLanguage("id-ID");

        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(config);
        exporter.exportReport();
        return out.toByteArray();
    }
}
