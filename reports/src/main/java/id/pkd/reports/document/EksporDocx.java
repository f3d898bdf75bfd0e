package id.pkd.reports.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The document as an editable Word file from the same blocks as the PDF: headings in Word's heading styles, a TOC
 * field over them, real tables ({@link TabelDocx}), pictures where the PDF has them, captions as text, page numbers
 * as fields. Word lays the pages out itself, so nothing here positions anything on a page.
 */
final class EksporDocx {

    /** Widest picture: the text width in points. */
    private static final double LEBAR_GAMBAR = GayaDocx.LEBAR_TEKS / 20.0;

    private final XWPFDocument doc = new XWPFDocument();
    private final DokumenLaporan dokumen;
    private int nomorPenanda;

    private EksporDocx(DokumenLaporan dokumen) {
        this.dokumen = dokumen;
    }

    static byte[] tulis(DokumenLaporan dokumen) {
        EksporDocx ekspor = new EksporDocx(dokumen);
        try (XWPFDocument d = ekspor.doc) {
            ekspor.susun();
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            d.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new PembuatanLaporanException("Gambar dokumen \"" + dokumen.judul() + "\" tidak dapat dimuat.", e);
        }
    }

    private void susun() throws IOException, InvalidFormatException {
        GayaDocx.pasang(doc);
        POIXMLProperties.CoreProperties inti = doc.getProperties().getCoreProperties();
        inti.setTitle(dokumen.judul());
        inti.setCreator(dokumen.penulis());
        inti.getUnderlyingProperties().setLanguageProperty(GayaDocx.BAHASA);
        doc.getProperties().getExtendedProperties().setApplication("Portal Kinerja Daerah");
        // Word recomputes the TOC and page fields on opening instead of showing the cached text.
        doc.enforceUpdateFields();
        boolean pindahBerikutnya = false;
        for (Blok b : dokumen.blok()) {
            if (b instanceof Blok.PindahHalaman) {
                pindahBerikutnya = true;
                continue;
            }
            XWPFParagraph pertama = blok(b);
            if (pindahBerikutnya && pertama != null) {
                pertama.setPageBreak(true);
            }
            pindahBerikutnya = false;
        }
        boolean sampul = !dokumen.blok().isEmpty() && dokumen.blok().get(0) instanceof Blok.Sampul;
        GayaDocx.halaman(doc, sampul, dokumen.kakiHalaman(), dokumen.draf());
    }

    /** Writes one block; returns its first paragraph (a page break goes before it), or null for a table first. */
    private XWPFParagraph blok(Blok b) throws IOException, InvalidFormatException {
        return switch (b) {
            case Blok.Sampul s -> sampul(s);
            case Blok.Judul j -> judul(j);
            case Blok.Paragraf p -> paragraf(p);
            case Blok.DaftarIsi d -> daftarIsi(d);
            case Blok.Tabel t -> tabel(t);
            case Blok.SubLaporan s -> subLaporan(s);
            case Blok.Gambar g -> gambar(g);
            case Blok.TandaTangan t -> TandaTanganDocx.satu(doc, t);
            case Blok.TandaTanganDua t -> TandaTanganDocx.dua(doc, t);
            case Blok.PindahHalaman ph -> null;
        };
    }

    private XWPFParagraph sampul(Blok.Sampul s) throws IOException, InvalidFormatException {
        XWPFParagraph pertama = baris(s.judul(), 18, true);
        pertama.setSpacingBefore(1440);
        if (s.subjudul() != null && !s.subjudul().isBlank()) {
            baris(s.subjudul(), 14, true);
        }
        XWPFParagraph logo = doc.createParagraph();
        logo.setAlignment(ParagraphAlignment.CENTER);
        logo.setSpacingBefore(720);
        logo.setSpacingAfter(720);
        sisipGambar(logo, s.logo(), 110);
        for (String teks : new String[] {s.instansi(), s.daerah(), s.tahun()}) {
            if (teks != null && !teks.isBlank()) {
                baris(teks, 14, true);
            }
        }
        return pertama;
    }

    private XWPFParagraph baris(String teks, int ukuran, boolean tebal) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun r = p.createRun();
        r.setText(teks);
        r.setFontSize(ukuran);
        r.setBold(tebal);
        return p;
    }

    private XWPFParagraph judul(Blok.Judul j) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + j.tingkat());
        if (j.tingkat() == 1) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        if (j.jangkar() != null) {
            // the PDF's anchor, so a cross-reference or hyperlink can point at the heading
            CTBookmark awal = p.getCTP().addNewBookmarkStart();
            awal.setName("_" + j.jangkar().replaceAll("[^A-Za-z0-9_]", "_"));
            awal.setId(BigInteger.valueOf(nomorPenanda));
            p.createRun().setText(j.teks());
            p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(nomorPenanda++));
        } else {
            p.createRun().setText(j.teks());
        }
        return p;
    }

    /**
     * One Word paragraph per line of the text, the lines of one block without space between them. Not line breaks in
     * one paragraph: Word and LibreOffice stretch a justified line that ends in a break across the full width ("Rencana
     * &nbsp; &nbsp; Strategis &nbsp; &nbsp; Tahun"), which a list of regulations or a "Misi:" list is full of.
     */
    private XWPFParagraph paragraf(Blok.Paragraf b) {
        ParagraphAlignment rata =
                switch (b.perataan()) {
                    case KIRI -> ParagraphAlignment.LEFT;
                    case TENGAH -> ParagraphAlignment.CENTER;
                    case RATA_KIRI_KANAN -> ParagraphAlignment.BOTH;
                };
        String[] baris = b.teks().split("\r?\n", -1);
        XWPFParagraph pertama = null;
        for (int i = 0; i < baris.length; i++) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(rata);
            if (i < baris.length - 1) {
                p.setSpacingAfter(0);
            }
            teks(p, baris[i], b.tebal());
            if (pertama == null) {
                pertama = p;
            }
        }
        return pertama;
    }

    /** Line breaks in the text stay line breaks. */
    static void teks(XWPFParagraph p, String teks, boolean tebal) {
        XWPFRun r = p.createRun();
        if (tebal) {
            r.setBold(true);
        }
        String[] baris = teks.split("\r?\n", -1);
        for (int i = 0; i < baris.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(baris[i], i);
        }
    }

    /**
     * The TOC field over heading levels 1-3, its cached result listing the headings the PDF's daftar isi lists
     * (without page numbers, which only Word's layout knows; it fills them when the field is updated).
     */
    private XWPFParagraph daftarIsi(Blok.DaftarIsi d) {
        XWPFParagraph kepala = doc.createParagraph();
        kepala.setStyle("TOCHeading");
        kepala.setAlignment(ParagraphAlignment.CENTER);
        kepala.createRun().setText(d.judul());
        List<Blok.Judul> judul = dokumen.blok().stream()
                .filter(b -> b instanceof Blok.Judul j && j.jangkar() != null && j.tingkat() <= 2)
                .map(Blok.Judul.class::cast)
                .toList();
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(judul.isEmpty() ? "TOC1" : "TOC" + judul.get(0).tingkat());
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.getRuns().get(0).getCTR().getFldCharArray(0).setDirty(true);
        XWPFRun instr = p.createRun();
        instr.getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-3\" \\h \\z \\u ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun()
                .setText(
                        judul.isEmpty()
                                ? "Perbarui bidang ini untuk menyusun daftar isi."
                                : judul.get(0).teks());
        for (int i = 1; i < judul.size(); i++) {
            p = doc.createParagraph();
            p.setStyle("TOC" + judul.get(i).tingkat());
            p.createRun().setText(judul.get(i).teks());
        }
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        return kepala;
    }

    private XWPFParagraph tabel(Blok.Tabel t) {
        XWPFParagraph keterangan = keterangan(t.judul());
        TabelDocx.tulis(doc, t);
        // Word puts nothing between two tables and merges them; an empty paragraph keeps them apart.
        XWPFParagraph jarak = doc.createParagraph();
        jarak.setSpacingAfter(120);
        return keterangan;
    }

    private XWPFParagraph subLaporan(Blok.SubLaporan s) {
        Optional<Blok.Tabel> t = TabelSubLaporan.dari(s);
        if (t.isPresent()) {
            return tabel(t.get());
        }
        return keterangan(s.judul() + " (tabel urusan tersedia pada versi PDF)");
    }

    private XWPFParagraph keterangan(String teks) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Caption");
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText(teks == null ? "" : teks);
        return p;
    }

    private XWPFParagraph gambar(Blok.Gambar g) throws IOException, InvalidFormatException {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        sisipGambar(p, g.png(), LEBAR_GAMBAR);
        if (g.judul() != null && !g.judul().isBlank()) {
            keterangan(g.judul());
        }
        return p;
    }

    /** The picture at its proportions, no wider than {@code lebarMaks} points. */
    private static void sisipGambar(XWPFParagraph p, byte[] isi, double lebarMaks)
            throws IOException, InvalidFormatException {
        BufferedImage gambar = ImageIO.read(new ByteArrayInputStream(isi));
        if (gambar == null) {
            return;
        }
        double lebar = Math.min(lebarMaks, gambar.getWidth() * 0.75);
        double tinggi = lebar * gambar.getHeight() / gambar.getWidth();
        boolean jpeg = isi.length > 2 && (isi[0] & 0xFF) == 0xFF && (isi[1] & 0xFF) == 0xD8;
        p.createRun()
                .addPicture(
                        new ByteArrayInputStream(isi),
                        jpeg ? PictureType.JPEG : PictureType.PNG,
                        jpeg ? "gambar.jpg" : "gambar.png",
                        Units.toEMU(lebar),
                        Units.toEMU(tinggi));
    }
}
