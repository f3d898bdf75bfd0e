package id.pkd.reports;

import id.pkd.reports.document.BarisIndikator;
import id.pkd.reports.document.IkhtisarIndikator;
import id.pkd.reports.document.IkhtisarIndikatorReport;
import id.pkd.reports.document.Penandatangan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Shared test data and helpers; the report is compiled once for the whole test JVM. */
public final class Contoh {

    public static final LocalDate TANGGAL = LocalDate.of(2026, 11, 22);

    private static final String[][] INDIKATOR = {
        {"Sosial", "Angka PPKS yang tertangani", "Persen", "Positif"},
        {"Sosial", "Persentase penyandang disabilitas terlantar yang terpenuhi kebutuhan dasarnya", "Persen", "Positif"
        },
        {"Sosial", "Jumlah korban bencana alam yang mendapat bantuan sosial", "Orang", "Positif"},
        {"Pemberdayaan Perempuan", "Rasio kekerasan terhadap perempuan per 100.000", "Rasio", "Negatif"},
        {"Pemberdayaan Perempuan", "Indeks Pemberdayaan Gender (IDG)", "Indeks", "Positif"},
        {"Perlindungan Anak", "Persentase anak korban kekerasan yang mendapat layanan", "Persen", "Positif"},
        {"Pemberdayaan Masyarakat Desa", "Persentase desa mandiri", "Persen", "Positif"},
        {"Pemberdayaan Masyarakat Desa", "Jumlah BUMDes aktif", "Unit", "Positif"},
    };

    private static volatile IkhtisarIndikatorReport report;

    private Contoh() {}

    public static IkhtisarIndikatorReport report() {
        IkhtisarIndikatorReport r = report;
        if (r == null) {
            synchronized (Contoh.class) {
                r = report;
                if (r == null) {
                    long t0 = System.nanoTime();
                    r = new IkhtisarIndikatorReport();
                    System.out.printf("[waktu] kompilasi templat JRXML: %d ms%n", ms(t0));
                    report = r;
                }
            }
        }
        return r;
    }

    public static List<BarisIndikator> baris(int jumlah) {
        List<BarisIndikator> rows = new ArrayList<>(jumlah);
        for (int i = 0; i < jumlah; i++) {
            String[] d = INDIKATOR[i % INDIKATOR.length];
            String nama = i < INDIKATOR.length ? d[1] : d[1] + " (varian " + (i / INDIKATOR.length) + ")";
            rows.add(new BarisIndikator(
                    d[0], String.format("IK.%02d.%03d", i % INDIKATOR.length + 1, i + 1), nama, d[2], d[3]));
        }
        return rows;
    }

    public static IkhtisarIndikator data(String namaDaerah, int jumlahBaris, String nip) {
        return new IkhtisarIndikator(
                namaDaerah,
                "63.11",
                2026,
                "Paringin",
                TANGGAL,
                new Penandatangan("Dr. H. Ahmad Fauzi, M.Si.", "Kepala Badan Perencanaan Pembangunan Daerah", nip),
                baris(jumlahBaris));
    }

    public static long ms(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    public static Path target(String fileName) throws IOException {
        Path dir = Path.of("target", "laporan-uji");
        Files.createDirectories(dir);
        return dir.resolve(fileName);
    }

    /** Runs a poppler tool and returns stdout+stderr; fails the test if it does not finish in time. */
    public static Hasil jalankan(String... command) throws IOException, InterruptedException {
        Path tool = Path.of(command[0]);
        if (!Files.isExecutable(tool)) {
            throw new IllegalStateException(
                    command[0] + " tidak ada: pasang poppler-utils (apt-get install -y poppler-utils)");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " tidak selesai dalam 60 detik");
        }
        return new Hasil(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    public record Hasil(int exitCode, String output) {}
}
