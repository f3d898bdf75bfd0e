package id.pkd.portal.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.tenant.TenantId;
import id.pkd.reports.document.FormatDokumen;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every document type of the Balangan 2022 demo as a draft, written to {@code target/dokumen-uji/tinjauan-*.pdf} for
 * the page review ({@code pdftoppm -r 50 -png}): each page after a cover carries the one footer "Halaman i dari n" of
 * the master template. Prints the page count of each type. Slow (six documents, the full LKIP among them): run with
 * {@code -Plengkap}.
 */
@Tag("lambat")
class TinjauanHalamanTest extends PortalIntegrationTest {

    static final LocalDate TANGGAL = LocalDate.of(2023, 1, 31);

    @Autowired
    List<DokumenResmi> dokumen;

    @Autowired
    JdbcClient jdbc;

    <T> T balangan(Supplier<T> kerja) {
        long tenant = jdbc.sql("SELECT id FROM tenant WHERE kode_wilayah = '63.11'")
                .query(Long.class)
                .single();
        return SebagaiSistem.jalankan(Peran.PIMPINAN, new TenantId(tenant), kerja);
    }

    DokumenResmi jenis(String jenis) {
        return dokumen.stream().filter(d -> d.jenis().equals(jenis)).findFirst().orElseThrow();
    }

    @Test
    void setiapHalamanSetiapJenisDokumenBerkakiHalamanBernomor() throws Exception {
        Map<String, String[]> subjek = balangan(() -> {
            Map<String, String[]> m = new LinkedHashMap<>();
            m.put(
                    "lkip",
                    new String[] {"LKIP", jenis("LKIP").subjek(2022).get(0).kode()});
            m.put("lkjip", new String[] {"LKJIP", PembuatLkjip.SUBJEK});
            List<SubjekDokumen> pk = jenis("PK").subjek(2022);
            m.put("pk-kepala", new String[] {"PK", cari(pk, "Urai Nur Iskandar")});
            m.put("pk-bidang", new String[] {"PK", cari(pk, "Kepala Bidang")});
            m.put("rkpd-1-06", new String[] {"RKPD", "urusan:1.06"});
            m.put("ikhtisar", new String[] {
                "IKHTISAR", jenis("IKHTISAR").subjek(2022).get(0).kode()
            });
            return m;
        });
        StringBuilder ringkas = new StringBuilder();
        for (Map.Entry<String, String[]> e : subjek.entrySet()) {
            DokumenResmi d = jenis(e.getValue()[0]);
            DokumenResmi.Berkas pdf = balangan(() -> d.draf(e.getValue()[1], 2022, FormatDokumen.PDF, TANGGAL));
            Path file = DokumenResmiTest.tulis("tinjauan-" + e.getKey() + ".pdf", pdf.isi());
            int n = pdf.jumlahHalaman();
            boolean sampul = e.getValue()[0].startsWith("LK");
            for (int i = sampul ? 2 : 1; i <= n; i++) {
                String halaman = DokumenResmiTest.Uji.jalankan(
                        "/usr/bin/pdftotext", "-f", "" + i, "-l", "" + i, file.toString(), "-");
                assertThat(halaman).as(e.getKey() + " halaman " + i).contains("Halaman " + i + " dari " + n);
            }
            ringkas.append(String.format("%n  %-10s %3d halaman", e.getKey(), n));
        }
        DokumenResmi.Berkas docx =
                balangan(() -> jenis("LKIP").draf(subjek.get("lkip")[1], 2022, FormatDokumen.DOCX, TANGGAL));
        Path berkasDocx = DokumenResmiTest.tulis("tinjauan-lkip.docx", docx.isi());
        System.out.println("[tinjauan] jumlah halaman draf Balangan 2022:" + ringkas + "\n[tinjauan] DOCX LKIP: "
                + berkasDocx.toAbsolutePath());
    }

    private static String cari(List<SubjekDokumen> daftar, String bagianNama) {
        return daftar.stream()
                .filter(s -> s.nama().contains(bagianNama))
                .findFirst()
                .orElseThrow(() -> new AssertionError("tidak ada subjek \"" + bagianNama + "\" di " + daftar))
                .kode();
    }
}
