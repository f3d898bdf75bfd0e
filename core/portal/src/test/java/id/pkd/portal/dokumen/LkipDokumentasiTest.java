package id.pkd.portal.dokumen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.dokumentasi.FotoDokumentasi.Kandidat;
import id.pkd.portal.dokumentasi.FotoDokumentasi.Pilihan;
import id.pkd.portal.dokumentasi.FotoDokumentasiService;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.penyimpanan.PenyimpananBerkas;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.umum.ValidasiGagalException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The LKIP's "Dokumentasi" attachment on Balangan 2022: evidence images uploaded on a realisasi, two of them chosen
 * with captions (a PDF among the evidence is never offered), printed scaled into the frame, two to a page, with
 * their captions; the images are counted in the PDF with PDFBox. The test removes what it uploaded.
 */
class LkipDokumentasiTest extends PortalIntegrationTest {

    static final String BALANGAN = "63.11";

    @Autowired
    PembuatLkip lkip;

    @Autowired
    FotoDokumentasiService foto;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PenyimpananBerkas penyimpanan;

    final List<Long> diunggah = new ArrayList<>();

    @Test
    void fotoTerpilihDicetakBerskalaDenganKeterangannyaDiLampiran() throws Exception {
        long tenant = tenant(BALANGAN).value();
        long pd = jdbc.sql("SELECT id FROM perangkat_daerah WHERE tenant_id = ? ORDER BY id LIMIT 1")
                .param(tenant)
                .query(Long.class)
                .single();
        long realisasiId = jdbc.sql("SELECT r.id FROM realisasi_indikator r JOIN indikator i ON i.tenant_id ="
                        + " r.tenant_id AND i.id = r.indikator_id WHERE r.tenant_id = ? AND i.perangkat_daerah_id = ?"
                        + " AND r.tahun = 2022 AND r.triwulan = 0 ORDER BY r.id LIMIT 1")
                .params(tenant, pd)
                .query(Long.class)
                .single();
        long kecil = unggah(realisasiId, "rapat.png", png(640, 480, Color.ORANGE));
        long besar = unggah(realisasiId, "penyaluran.jpg", jpeg(2400, 1800, Color.BLUE));
        long lain = unggah(realisasiId, "lain.png", png(300, 200, Color.GREEN));
        long pdf = unggah(realisasiId, "sk.pdf", "%PDF-1.4 bukti uji foto".getBytes(StandardCharsets.US_ASCII));

        List<Kandidat> kandidat = operator(() -> foto.kandidat(pd, 2022));
        assertThat(kandidat)
                .extracting(Kandidat::buktiId)
                .contains(kecil, besar, lain)
                .doesNotContain(pdf);

        assertThatThrownBy(() -> operator(() -> {
                    foto.simpan(pd, 2022, List.of(new Pilihan(kecil, " "), new Pilihan(pdf, "SK")));
                    return null;
                }))
                .isInstanceOfSatisfying(ValidasiGagalException.class, e -> assertThat(e.kesalahan())
                        .extracting(ValidasiGagalException.Kesalahan::path)
                        .containsExactlyInAnyOrder("keterangan." + kecil, "foto"));

        operator(() -> {
            foto.simpan(
                    pd,
                    2022,
                    List.of(
                            new Pilihan(besar, "Penyaluran bantuan sosial di Paringin"),
                            new Pilihan(kecil, "Rapat koordinasi penanganan PPKS")));
            return null;
        });
        assertThat(operator(() -> foto.kandidat(pd, 2022)))
                .filteredOn(Kandidat::terpilih)
                .extracting(Kandidat::buktiId)
                .containsExactly(besar, kecil);
        // scaled once, when chosen: the render below reads the stored copies
        for (long b : List.of(besar, kecil)) {
            String sha = jdbc.sql("SELECT sha256 FROM bukti_realisasi WHERE id = ?")
                    .param(b)
                    .query(String.class)
                    .single();
            assertThat(penyimpanan.ada(tenant(BALANGAN), FotoDokumentasiService.kunciSkala(sha)))
                    .isTrue();
        }

        byte[] isi = sebagai(
                        Peran.PIMPINAN,
                        BALANGAN,
                        () -> lkip.buat(lkip.subjek(2022).get(0), 2022, true))
                .pdf();
        DokumenResmiTest.tulis("lkip-dokumentasi-2022.pdf", isi);
        try (PDDocument doc = Loader.loadPDF(isi)) {
            int halamanFoto = -1;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                String teks = halaman(doc, i);
                if (teks.contains("Foto 1. Penyaluran bantuan sosial di Paringin")) {
                    halamanFoto = i;
                    assertThat(teks).contains("Dokumentasi").contains("Foto 2. Rapat koordinasi penanganan PPKS");
                }
            }
            assertThat(halamanFoto).as("page of the photos").isPositive();
            List<String> ukuran = ukuranGambar(doc.getPage(halamanFoto));
            System.out.printf(
                    "%n[dokumentasi] halaman %d dari %d, gambar: %s%n",
                    halamanFoto + 1, doc.getNumberOfPages(), ukuran);
            // the large photo scaled into the 900 x 488 frame (read subsampled by 3, then 0,81), the small one as is
            assertThat(ukuran).contains("651x488", "640x480");
            assertThat(ukuran.stream().filter(u -> u.equals("651x488") || u.equals("640x480")))
                    .hasSize(2);
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("Foto 3.");
        }
    }

    @AfterEach
    void bersihkan() {
        for (long id : diunggah) {
            jdbc.sql("DELETE FROM foto_dokumentasi WHERE bukti_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("DELETE FROM bukti_realisasi WHERE id = ?").param(id).update();
        }
    }

    long unggah(long realisasiId, String nama, byte[] isi) {
        long id = operator(() -> realisasi.unggahBukti(realisasiId, nama, isi)).id();
        diunggah.add(id);
        return id;
    }

    static String halaman(PDDocument doc, int i) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(i + 1);
        s.setEndPage(i + 1);
        return s.getText(doc);
    }

    static List<String> ukuranGambar(PDPage page) throws IOException {
        List<String> hasil = new ArrayList<>();
        for (COSName n : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(n) instanceof PDImageXObject g) {
                hasil.add(g.getWidth() + "x" + g.getHeight());
            }
        }
        return hasil;
    }

    static byte[] png(int w, int h, Color warna) {
        return gambar(w, h, warna, "png");
    }

    static byte[] jpeg(int w, int h, Color warna) {
        return gambar(w, h, warna, "jpg");
    }

    static byte[] gambar(int w, int h, Color warna, String format) {
        BufferedImage g = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = g.createGraphics();
        g2.setColor(warna);
        g2.fillRect(0, 0, w, h);
        g2.setColor(Color.WHITE);
        g2.fillOval(w / 4, h / 4, w / 2, h / 2);
        g2.dispose();
        ByteArrayOutputStream keluar = new ByteArrayOutputStream();
        try {
            ImageIO.write(g, format, keluar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keluar.toByteArray();
    }

    <T> T operator(Supplier<T> kerja) {
        return sebagai(Peran.OPERATOR, BALANGAN, kerja);
    }
}
