package id.pkd.portal.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.capaian.AngkaIndonesia;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import id.pkd.reports.document.FormatDokumen;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The RKPD chapter of urusan 1.06 for the Balangan demo, 2022, against the real chapter
 * ({@code seeds/rkpd-balangan-2022-excerpt.txt}): every figure of its Tabel 2.44 and 2.45, row by row and year by
 * year, read back from the PDF with pdftotext; the narrative per PMKS type and the agency's texts, no placeholder.
 */
class BabRkpdSosialTest extends PortalIntegrationTest {

    /** A verbatim copy of the shared seed, so that CI reads the same text. */
    private static final String SEED = "/seeds/rkpd-balangan-2022-excerpt.txt";

    @Autowired
    PembuatRkpd rkpd;

    @Autowired
    JdbcClient jdbc;

    <T> T balangan(Supplier<T> kerja) {
        return sebagai("63.11", kerja);
    }

    <T> T sebagai(String kodeWilayah, Supplier<T> kerja) {
        long tenant = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = :k")
                .param("k", kodeWilayah)
                .query(Long.class)
                .single();
        return SebagaiSistem.jalankan(Peran.PIMPINAN, new TenantId(tenant), kerja);
    }

    @Test
    void babSosialMemuatSetiapAngkaTabel244Dan245() throws Exception {
        DokumenResmi.Berkas pdf = balangan(() -> rkpd.draf("urusan:1.06", 2022, FormatDokumen.PDF));
        Path file = DokumenResmiTest.tulis("rkpd-1-06-2022.pdf", pdf.isi());
        String datar = DokumenResmiTest.Uji.jalankan("/usr/bin/pdftotext", "-layout", file.toString(), "-")
                .replaceAll("\\s+", " ");
        System.out.println("RKPD 1.06 Balangan 2022: " + pdf.jumlahHalaman() + " halaman, " + file.toAbsolutePath());

        String seed;
        try (var isi = BabRkpdSosialTest.class.getResourceAsStream(SEED)) {
            seed = new String(isi.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<List<String>> tabel244 = barisAngka(bagian(seed, "Tabel 2.44", "Tabel 2.45"));
        List<List<String>> tabel245 =
                barisAngka(bagian(seed, "Tabel 2.45", "Penyandang Masalah Kesejahteraan Sosial (PMKS) merupakan"));
        // The seed's rows with four yearly figures: 10 in Tabel 2.44, 5 in Tabel 2.45.
        assertThat(tabel244).hasSize(10);
        assertThat(tabel245).hasSize(5);
        List<String> hilang = new ArrayList<>();
        for (List<String> baris : concat(tabel244, tabel245)) {
            List<String> diharapkan =
                    baris.stream().map(BabRkpdSosialTest::sepertiDicetak).toList();
            if (!pola(diharapkan).matcher(datar).find()) {
                hilang.add(baris + " → " + diharapkan);
            }
        }
        assertThat(hilang).as("baris tabel seed yang tidak ada di PDF").isEmpty();

        assertThat(datar)
                // Every year of the span, in the title and as a column.
                .contains("Tabel 2.1 Capaian Indikator Sosial Kabupaten Balangan Tahun 2017 – 2020")
                .contains("Tabel 2.2 Capaian Indikator SPM Sosial Kabupaten Balangan Tahun 2017 – 2020")
                .contains("2017 2018 2019 2020")
                .contains("Sumber: Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak serta Pemberdayaan"
                        + " Masyarakat dan Desa Kabupaten Balangan.")
                // The narrative per type, from the stored PMKS of 2020 (the year the tables reach).
                .contains("Pada tahun 2020 tercatat 9 jenis berjumlah 47.523")
                .contains("a) Anak Terlantar berjumlah 177, yang mendapatkan pelayanan dari Dinas Sosial sebanyak 35"
                        + " atau 19,77%.")
                // The agency's texts of the urusan, no placeholder.
                .contains("Faktor - faktor yang mempengaruhi keberhasilan")
                .contains("Permasalahan /Hambatan pada pelaksanaan sasaran")
                .contains("Solusi/Strategi Pemecahan masalah")
                .doesNotContain("belum diisi")
                .doesNotContain("null");
        List<String> kurang = balangan(() -> rkpd.kekurangan(rkpd.subjek("urusan:1.06", 2022), 2022));
        assertThat(kurang).noneSatisfy(k -> assertThat(k).contains("Teks").contains("belum diisi"));
        assertThat(kurang).noneSatisfy(k -> assertThat(k).contains("belum ada datanya"));
    }

    @Test
    void bagianDanTeksYangBelumAdaMasukDaftarKekuranganBukanIsiDokumen() throws Exception {
        // Kotawaringin Barat holds urusan 1.06 with the Sosial plugin on, but has neither its RKPD series nor texts:
        // the gaps are listed, the body prints no placeholder and no empty table.
        List<String> kurang = sebagai("62.01", () -> rkpd.kekurangan(rkpd.subjek("urusan:1.06", 2022), 2022));
        assertThat(kurang)
                .contains("Teks Faktor keberhasilan (RKPD) urusan 1.06 belum diisi (menu Teks Dokumen).")
                .contains("Bagian \"Capaian Indikator SPM Sosial\" urusan 1.06 belum ada datanya (menu Data Urusan,"
                        + " sampai tahun 2022).");
        DokumenResmi.Berkas pdf = sebagai("62.01", () -> rkpd.draf("urusan:1.06", 2022, FormatDokumen.PDF));
        Path file = DokumenResmiTest.tulis("rkpd-1-06-2022-kobar.pdf", pdf.isi());
        String datar = DokumenResmiTest.Uji.jalankan("/usr/bin/pdftotext", file.toString(), "-")
                .replaceAll("\\s+", " ");
        assertThat(datar)
                .contains("Tabel 2.1 Capaian Indikator Kinerja Utama Urusan Sosial")
                // The agency's name already carries the region: it is not printed twice.
                .contains("Sumber: Dinas Sosial Kabupaten Kotawaringin Barat.")
                // Before issue 14 the heading stood there without text; a missing text leaves no empty heading.
                .doesNotContain("Faktor Keberhasilan")
                .doesNotContain("belum diisi")
                .doesNotContain("Capaian Indikator SPM Sosial");
    }

    private static String bagian(String teks, String dari, String sampai) {
        int awal = teks.indexOf(dari);
        return teks.substring(awal, teks.indexOf(sampai, awal + dari.length()));
    }

    /** The rows of a seed table ending in four yearly figures (or "-"), header rows left out. */
    private static List<List<String>> barisAngka(String tabel) {
        Pattern angka = Pattern.compile("-|\\d[\\d,]*(\\.\\d+)?\\s*%?");
        List<List<String>> hasil = new ArrayList<>();
        for (String baris : tabel.split("\n")) {
            String[] sel = baris.split("\t");
            if (sel.length < 5) {
                continue;
            }
            List<String> empat = new ArrayList<>();
            for (int i = sel.length - 4; i < sel.length; i++) {
                empat.add(sel[i].strip());
            }
            if (empat.stream().allMatch(s -> angka.matcher(s).matches())
                    && !empat.equals(List.of("2017", "2018", "2019", "2020"))) {
                hasil.add(empat);
            }
        }
        return hasil;
    }

    /**
     * A seed figure as the portal prints it: the seed writes English numbers ("42,211", "28.28%", "1.811%" is
     * 1,811 %); the chapter Indonesian ones with the decimals as entered ("42.211", "28,28", "1,811").
     */
    private static String sepertiDicetak(String seed) {
        String s = seed.replace("%", "").strip();
        if (s.equals("-")) {
            return "-";
        }
        BigDecimal n = new BigDecimal(s.replace(",", ""));
        return AngkaIndonesia.format(n, n.scale());
    }

    /** The four figures in order within one table row: only words (a unit) and blanks between them. */
    private static Pattern pola(List<String> angka) {
        StringBuilder p = new StringBuilder();
        for (String a : angka) {
            if (!p.isEmpty()) {
                p.append("[^0-9\\-]*?");
            }
            p.append("(?<![0-9,.])").append(Pattern.quote(a)).append(a.equals("-") ? "" : "(?![0-9])");
        }
        return Pattern.compile(p.toString());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> hasil = new ArrayList<>(a);
        hasil.addAll(b);
        return hasil;
    }
}
