package id.pkd.portal.dokumen;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import id.pkd.reports.document.DokumenTersusun;
import id.pkd.reports.document.FormatDokumen;
import id.pkd.reports.signing.PadesSigner;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test: measures the Balangan LKIP 2022 (read and measure the data, fill, PDF export, PAdES
 * signature) against a plain JasperReports fill and export of the same page count, and the full render (data, fill,
 * PDF) as the median of {@link #PUTARAN} with the machine's load beside it. Run with
 * {@code mvn -B -o -pl core/portal verify -Pbenchmark -Dpkd.benchmark=LkipBenchmark}; it only prints.
 */
class LkipBenchmark extends PortalIntegrationTest {

    static final int PEMANASAN = 3;
    static final int PUTARAN = 10;

    @Autowired
    PembuatLkip lkip;

    @Autowired
    KonteksDokumen konteks;

    @Autowired
    PadesSigner penanda;

    @Autowired
    JdbcClient jdbc;

    @Test
    void ukur() throws Exception {
        long tenant = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = '63.11'")
                .query(Long.class)
                .single();
        JasperReport polos;
        try (InputStream in = getClass().getResourceAsStream("/uji/polos.jrxml")) {
            polos = JasperCompileManager.compileReport(in);
        }
        long[] data = new long[PUTARAN];
        long[] isi = new long[PUTARAN];
        long[] ekspor = new long[PUTARAN];
        long[] tanda = new long[PUTARAN];
        long[] polosIsi = new long[PUTARAN];
        long[] polosEkspor = new long[PUTARAN];
        long[] penuh = new long[PUTARAN];
        double[] beban = new double[PUTARAN];
        int halaman = 0;
        for (int i = -PEMANASAN; i < PUTARAN; i++) {
            long t0 = System.nanoTime();
            DokumenResmi.Isi dokumen = SebagaiSistem.jalankan(Peran.PIMPINAN, new TenantId(tenant), () -> {
                SubjekDokumen s = lkip.subjek(2022).get(0);
                return lkip.isi(s, 2022, false, java.time.LocalDate.of(2023, 1, 31));
            });
            long t1 = System.nanoTime();
            JasperPrint print = konteks.penyusun.isi(dokumen.laporan());
            long t2 = System.nanoTime();
            DokumenTersusun pdf = konteks.penyusun.ekspor(print, dokumen.laporan(), FormatDokumen.PDF);
            long t3 = System.nanoTime();
            penanda.sign(pdf.isi(), "Benchmark LKIP", "Paringin", "Benchmark");
            long t4 = System.nanoTime();
            halaman = pdf.jumlahHalaman();

            List<Map<String, ?>> baris = new ArrayList<>();
            // 50 rows of 15 pt fill one page of the plain template.
            for (int r = 0; r < halaman * 50; r++) {
                baris.add(Map.of("teks", "Baris " + r + " laporan polos dengan satu kolom teks"));
            }
            long p0 = System.nanoTime();
            JasperPrint p = JasperFillManager.fillReport(polos, new HashMap<>(), new JRMapCollectionDataSource(baris));
            long p1 = System.nanoTime();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JRPdfExporter exp = new JRPdfExporter();
            exp.setExporterInput(new SimpleExporterInput(p));
            exp.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exp.exportReport();
            long p2 = System.nanoTime();
            if (i >= 0) {
                data[i] = t1 - t0;
                isi[i] = t2 - t1;
                ekspor[i] = t3 - t2;
                tanda[i] = t4 - t3;
                polosIsi[i] = p1 - p0;
                polosEkspor[i] = p2 - p1;
                // The full render as a user waits for it: data, fill and PDF (the signature comes later, on its own).
                penuh[i] = t3 - t0;
                beban[i] = bebanMesin();
                if (p.getPages().size() != halaman) {
                    System.out.printf(
                            "[benchmark] catatan: laporan polos %d halaman%n",
                            p.getPages().size());
                }
            }
        }
        double dIsi = median(isi);
        double dEkspor = median(ekspor);
        double dPolosIsi = median(polosIsi);
        double dPolosEkspor = median(polosEkspor);
        System.out.printf(
                "%n[benchmark] LKIP Balangan 2022: %d halaman, %d putaran (median, setelah %d pemanasan)%n",
                halaman, PUTARAN, PEMANASAN);
        System.out.printf(
                "[benchmark] render penuh LKIP : %8.1f ms median dari %d (min %.1f, maks %.1f); beban mesin (load 1 menit)"
                        + " %.2f..%.2f pada %d CPU%n",
                median(penuh),
                PUTARAN,
                java.util.Arrays.stream(penuh).min().orElse(0) / 1e6,
                java.util.Arrays.stream(penuh).max().orElse(0) / 1e6,
                java.util.Arrays.stream(beban).min().orElse(0),
                java.util.Arrays.stream(beban).max().orElse(0),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("[benchmark] baca & ukur data : %8.1f ms%n", median(data));
        System.out.printf(
                "[benchmark] isi (fill)        : %8.1f ms   polos %8.1f ms   rasio %5.2f%n",
                dIsi, dPolosIsi, dIsi / dPolosIsi);
        System.out.printf(
                "[benchmark] ekspor PDF        : %8.1f ms   polos %8.1f ms   rasio %5.2f%n",
                dEkspor, dPolosEkspor, dEkspor / dPolosEkspor);
        System.out.printf(
                "[benchmark] isi + ekspor      : %8.1f ms   polos %8.1f ms   rasio %5.2f%n",
                dIsi + dEkspor, dPolosIsi + dPolosEkspor, (dIsi + dEkspor) / (dPolosIsi + dPolosEkspor));
        System.out.printf(
                "[benchmark] tanda tangan PAdES: %8.1f ms   (rasio terhadap isi+ekspor polos %5.2f)%n%n",
                median(tanda), median(tanda) / (dPolosIsi + dPolosEkspor));
    }

    /** The one-minute load average: the figures mean little without it on a shared machine. */
    static double bebanMesin() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static double median(long[] nano) {
        long[] s = nano.clone();
        java.util.Arrays.sort(s);
        int n = s.length;
        // Of an even count, the mean of the two middle values.
        return (n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0) / 1e6;
    }
}
