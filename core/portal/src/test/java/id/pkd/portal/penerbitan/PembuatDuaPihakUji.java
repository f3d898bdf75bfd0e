package id.pkd.portal.penerbitan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Test only: a one-page agreement with two signature blocks (pihak pertama, pihak kedua), standing in for the
 * Perjanjian Kinerja to test signing by two parties in turn. The parties are the first two officials of the
 * subject agency by id, found with plain SQL so the test depends on nothing of the documents feature.
 */
@Component
class PembuatDuaPihakUji implements PembuatDokumen {

    static final String JENIS = "UJI2PIHAK";
    private final JdbcClient jdbc;

    PembuatDuaPihakUji(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String jenis() {
        return JENIS;
    }

    @Override
    public String nama() {
        return "Perjanjian Uji Dua Pihak";
    }

    @Override
    public List<SubjekDokumen> subjek(int tahun) {
        long tenant = id.pkd.portal.tenant.TenantContext.wajib().value();
        return jdbc.sql("SELECT id, nama FROM perangkat_daerah WHERE tenant_id = ? ORDER BY id")
                .param(tenant)
                .query((rs, i) -> new SubjekDokumen("pd:" + rs.getLong("id"), rs.getString("nama")))
                .list();
    }

    @Override
    public List<String> kekurangan(SubjekDokumen subjek, int tahun) {
        return List.of();
    }

    @Override
    public DokumenSiapTerbit buat(SubjekDokumen subjek, int tahun, boolean draf, java.time.LocalDate tanggal) {
        long tenant = id.pkd.portal.tenant.TenantContext.wajib().value();
        long pd = Long.parseLong(subjek.kode().substring(3));
        List<Long> pihak = jdbc.sql(
                        "SELECT id FROM pejabat WHERE tenant_id = ? AND perangkat_daerah_id = ? ORDER BY eselon, id LIMIT 2")
                .params(tenant, pd)
                .query(Long.class)
                .list();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(
                    doc,
                    PembuatDuaPihakUji.class.getResourceAsStream(
                            "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 14);
                cs.newLineAtOffset(60, 760);
                cs.showText("PERJANJIAN KINERJA UJI TAHUN " + tahun + (draf ? " (DRAF)" : ""));
                cs.newLineAtOffset(0, -24);
                cs.setFont(font, 11);
                cs.showText(subjek.nama());
                cs.endText();
                cs.addRect(50, 80, 230, 70);
                cs.addRect(315, 80, 230, 70);
                cs.stroke();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new DokumenSiapTerbit(
                    JENIS,
                    nama() + " " + tahun,
                    tahun,
                    subjek,
                    out.toByteArray(),
                    "{\"uji\":true}",
                    draf
                            ? List.of()
                            : List.of(
                                    new BlokTandaTangan(pihak.get(0), "Pihak Pertama", 1, 50, 80, 230, 70),
                                    new BlokTandaTangan(pihak.get(1), "Pihak Kedua", 1, 315, 80, 230, 70)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
