package id.pkd.reports.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRPrintAnchor;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
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
 * Renders a {@link DokumenLaporan}: the PDF with the one master template, the editable DOCX and XLSX from the same
 * blocks with Apache POI (real tables, styles, fields, numeric cells and formulas; see {@link EksporDocx} and
 * {@link EksporXlsx}).
 *
 * <p>Create one instance per application: the master template is compiled in the constructor and
 * table layouts on first use, then cached. {@link #susun} is safe from many threads at once: the
 * compiled reports are not changed by filling, and every call has its own data, parameters and
 * exporter.
 */
public final class PenyusunDokumen {

    static final String TEMPLAT = "/id/pkd/reports/dokumen.jrxml";
    static final Locale ID_ID = Locale.forLanguageTag("id-ID");

    /**
     * A table of this many rows or fewer is kept whole on one page with its caption (it moves to the next page rather
     * than split); a longer one may split, but only after its caption, header row and first rows (dokumen.jrxml).
     */
    static final int BARIS_PENDEK = 12;

    /**
     * A closing paragraph up to this many characters (about a dozen lines) is kept on one page with the signature under
     * it; a longer one would leave most of a page empty when moved, so it may end on the page before.
     */
    static final int PENUTUP_MAKSIMAL = 1500;

    /** More passes than this would mean the daftar isi keeps moving the headings: a template bug. */
    private static final int PENGISIAN_MAKSIMAL = 3;

    private final JasperReport master;
    private final TemplatTabel tabel = new TemplatTabel();

    public PenyusunDokumen() {
        try (InputStream jrxml = PenyusunDokumen.class.getResourceAsStream(TEMPLAT)) {
            if (jrxml == null) {
                throw new PembuatanLaporanException("Templat dokumen tidak ditemukan: " + TEMPLAT, null);
            }
            this.master = JasperCompileManager.compileReport(jrxml);
        } catch (JRException | IOException e) {
            throw new PembuatanLaporanException("Templat dokumen gagal dikompilasi.", e);
        }
    }

    /**
     * Fills and exports in one go. The DOCX and XLSX are written from the blocks without filling the template: Word
     * and the spreadsheet lay out their own pages, so they carry no page count (0) and no signature positions.
     */
    public DokumenTersusun susun(DokumenLaporan dokumen, FormatDokumen format) {
        Objects.requireNonNull(dokumen, "dokumen");
        return switch (format) {
            case PDF -> ekspor(isi(dokumen), dokumen, format);
            case DOCX, XLSX -> new DokumenTersusun(dapatDiubah(dokumen, format), 0, Map.of(), List.of());
        };
    }

    private static byte[] dapatDiubah(DokumenLaporan dokumen, FormatDokumen format) {
        try {
            return format == FormatDokumen.DOCX ? EksporDocx.tulis(dokumen) : EksporXlsx.tulis(dokumen);
        } catch (RuntimeException e) {
            if (e instanceof PembuatanLaporanException) {
                throw e;
            }
            throw new PembuatanLaporanException("Dokumen \"" + dokumen.judul() + "\" gagal diekspor.", e);
        }
    }

    /**
     * Fills the template. With a daftar isi the document is filled again with the page numbers the
     * headings landed on, until they no longer move (the entries have a fixed height, so the second
     * pass normally settles it).
     */
    public JasperPrint isi(DokumenLaporan dokumen) {
        Objects.requireNonNull(dokumen, "dokumen");
        List<Map<String, ?>> baris = baris(dokumen);
        boolean adaDaftarIsi = dokumen.blok().stream().anyMatch(b -> b instanceof Blok.DaftarIsi);
        try {
            Map<String, Integer> halaman = Map.of();
            JasperPrint print = isi(dokumen, baris, halaman);
            for (int i = 1; adaDaftarIsi && i < PENGISIAN_MAKSIMAL; i++) {
                Map<String, Integer> baru = halamanJudul(print);
                if (baru.equals(halaman)) {
                    break;
                }
                halaman = baru;
                print = isi(dokumen, baris, halaman);
            }
            return print;
        } catch (JRException e) {
            throw new PembuatanLaporanException("Dokumen \"" + dokumen.judul() + "\" gagal disusun.", e);
        }
    }

    private JasperPrint isi(DokumenLaporan dokumen, List<Map<String, ?>> baris, Map<String, Integer> halaman)
            throws JRException {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, ID_ID);
        p.put("DRAF", dokumen.draf());
        p.put("KAKI", dokumen.kakiHalaman());
        p.put("HALAMAN", halaman);
        // Only a cover goes without the footer: a document that starts on its text has it from page 1.
        p.put("SAMPUL", !dokumen.blok().isEmpty() && dokumen.blok().get(0) instanceof Blok.Sampul);
        return JasperFillManager.fillReport(master, p, new JRMapCollectionDataSource(baris));
    }

    public DokumenTersusun ekspor(JasperPrint print, DokumenLaporan dokumen, FormatDokumen format) {
        try {
            byte[] isi =
                    switch (format) {
                        case PDF -> pdf(print, dokumen);
                        case DOCX, XLSX -> dapatDiubah(dokumen, format);
                    };
            return new DokumenTersusun(isi, print.getPages().size(), halamanJudul(print), tandaTangan(print, dokumen));
        } catch (JRException e) {
            throw new PembuatanLaporanException("Dokumen \"" + dokumen.judul() + "\" gagal diekspor.", e);
        }
    }

    /** How many table layouts have been compiled so far (each exactly once). */
    public int jumlahTemplatTabel() {
        return tabel.jumlahTersusun();
    }

    private List<Map<String, ?>> baris(DokumenLaporan dokumen) {
        List<Map<String, ?>> hasil = new ArrayList<>();
        List<Map<String, Object>> tertunda = new ArrayList<>();
        for (Blok blok : dokumen.blok()) {
            Map<String, Object> b = new HashMap<>();
            if (blok instanceof Blok.Sampul s) {
                b.put("jenis", "SAMPUL");
                b.put("judul", s.judul());
                b.put("subjudul", s.subjudul());
                b.put("instansi", s.instansi());
                b.put("daerah", s.daerah());
                b.put("tahun", s.tahun());
                b.put("gambar", s.logo());
            } else if (blok instanceof Blok.PindahHalaman ph) {
                b.put("jenis", "PINDAH");
            } else if (blok instanceof Blok.Judul j) {
                b.put("jenis", "JUDUL" + j.tingkat());
                b.put("teks", j.teks());
                b.put("jangkar", j.jangkar());
                if (j.tingkat() > 1) {
                    tunda(hasil, tertunda, b, j.tingkat());
                    continue;
                }
            } else if (blok instanceof Blok.Paragraf p) {
                b.put(
                        "jenis",
                        switch (p.perataan()) {
                            case KIRI -> "PARAGRAF_KIRI";
                            case TENGAH -> "PARAGRAF_TENGAH";
                            case RATA_KIRI_KANAN -> "PARAGRAF_RATA";
                        });
                String teks = escape(p.teks());
                b.put("teks", p.tebal() ? "<style isBold=\"true\">" + teks + "</style>" : teks);
            } else if (blok instanceof Blok.DaftarIsi d) {
                b.put("jenis", "JUDUL1");
                b.put("teks", d.judul());
                tambah(hasil, tertunda, b);
                for (Blok lain : dokumen.blok()) {
                    if (lain instanceof Blok.Judul j && j.jangkar() != null && j.tingkat() <= 2) {
                        Map<String, Object> isi = new HashMap<>();
                        isi.put("jenis", "ISI" + j.tingkat());
                        isi.put("teks", j.teks());
                        isi.put("jangkar", j.jangkar());
                        hasil.add(isi);
                    }
                }
                continue;
            } else if (blok instanceof Blok.Tabel t) {
                b.put("jenis", t.baris().size() <= BARIS_PENDEK ? "TABEL" : "TABEL_PANJANG");
                b.put("judul", t.judul());
                b.put("kolom", t.kolom().stream().map(Blok.Kolom::judul).toList());
                b.put("tabel", tabel.untuk(t.kolom()));
                List<Map<String, ?>> sel = new ArrayList<>(t.baris().size());
                for (Blok.Baris r : t.baris()) {
                    Map<String, Object> m = new HashMap<>();
                    m.put("gaya", r.gaya().name());
                    for (int i = 0; i < r.sel().size(); i++) {
                        m.put("c" + i, r.sel().get(i));
                    }
                    sel.add(m);
                }
                b.put("baris", sel);
            } else if (blok instanceof Blok.SubLaporan s) {
                b.put("jenis", s.baris().size() <= BARIS_PENDEK ? "SUB" : "SUB_PANJANG");
                b.put("judul", s.judul());
                b.put("tabel", s.templat());
                Map<String, Object> parameter = new HashMap<>(s.parameter());
                parameter.put(JRParameter.REPORT_LOCALE, ID_ID);
                b.put("parameter", parameter);
                b.put("baris", s.baris());
            } else if (blok instanceof Blok.Gambar g) {
                b.put("jenis", "GAMBAR");
                b.put("judul", g.judul());
                b.put("gambar", g.png());
            } else if (blok instanceof Blok.TandaTangan t) {
                b.put("jenis", "TTD");
                Map<String, ?> sebelum = hasil.isEmpty() ? Map.of() : hasil.getLast();
                if (tertunda.isEmpty()
                        && "PARAGRAF_RATA".equals(sebelum.get("jenis"))
                        && ((String) sebelum.get("teks")).length() <= PENUTUP_MAKSIMAL) {
                    // The closing paragraph goes with the signature, so the signature never opens a page alone.
                    hasil.removeLast();
                    b.put("jenis", "TTD_PENUTUP");
                    for (String k : List.of(
                            "teks",
                            "atasJudul2",
                            "atasJangkar2",
                            "atasJudul3a",
                            "atasJangkar3a",
                            "atasJudul3",
                            "atasJangkar3")) {
                        b.put(k, sebelum.get(k));
                    }
                }
                b.put("tempatTanggal", t.tempatTanggal());
                pihak(b, t.pihak(), "");
            } else if (blok instanceof Blok.TandaTanganDua t) {
                b.put("jenis", "TTD2");
                b.put("tempatTanggal", t.tempatTanggal());
                pihak(b, t.kanan(), "");
                pihak(b, t.kiri(), "2");
            }
            tambah(hasil, tertunda, b);
        }
        lepas(hasil, tertunda);
        return hasil;
    }

    /** The blocks a section heading is printed over, in the same band, so the two never part at a page break. */
    private static final java.util.Set<String> BAWAH_JUDUL = java.util.Set.of(
            "PARAGRAF_RATA",
            "PARAGRAF_KIRI",
            "PARAGRAF_TENGAH",
            "TABEL",
            "TABEL_PANJANG",
            "SUB",
            "SUB_PANJANG",
            "GAMBAR");

    /**
     * Holds a section heading (level 2 or 3) back for the block after it. Over a block fit a level-2 heading, then up to
     * two of level 3 ("Capaian Kinerja Utama Urusan …" over "Sasaran 4: …"); any other order prints the held ones on
     * their own.
     */
    private static void tunda(
            List<Map<String, ?>> hasil, List<Map<String, Object>> tertunda, Map<String, Object> judul, int tingkat) {
        long tingkatTiga =
                tertunda.stream().filter(t -> "JUDUL3".equals(t.get("jenis"))).count();
        if (tingkat == 2 && !tertunda.isEmpty() || tingkatTiga == 2) {
            lepas(hasil, tertunda);
        }
        tertunda.add(judul);
    }

    /**
     * Adds a block, with the held headings printed over it when its band has room for them (dokumen.jrxml), so a
     * heading is never left at a page foot; before other blocks they print on their own.
     */
    private static void tambah(
            List<Map<String, ?>> hasil, List<Map<String, Object>> tertunda, Map<String, Object> blok) {
        if (!tertunda.isEmpty() && BAWAH_JUDUL.contains(blok.get("jenis"))) {
            List<Map<String, Object>> tiga = tertunda.stream()
                    .filter(t -> "JUDUL3".equals(t.get("jenis")))
                    .toList();
            for (Map<String, Object> j : tertunda) {
                // the first of two level-3 headings takes the upper level-3 line
                String tempat =
                        "JUDUL2".equals(j.get("jenis")) ? "2" : tiga.size() == 2 && j == tiga.get(0) ? "3a" : "3";
                blok.put("atasJudul" + tempat, j.get("teks"));
                blok.put("atasJangkar" + tempat, j.get("jangkar"));
            }
            tertunda.clear();
        } else {
            lepas(hasil, tertunda);
        }
        hasil.add(blok);
    }

    private static void lepas(List<Map<String, ?>> hasil, List<Map<String, Object>> tertunda) {
        hasil.addAll(tertunda);
        tertunda.clear();
    }

    private static void pihak(Map<String, Object> b, Blok.Pihak p, String akhiran) {
        b.put("sebutan" + akhiran, p.sebutan());
        b.put("jabatan" + akhiran, p.jabatan());
        b.put("nama" + akhiran, p.nama());
        b.put("pangkat" + akhiran, p.pangkat());
        b.put("nip" + akhiran, p.nip());
    }

    /** Styled markup reads &lt; and &amp; as markup; user text must stay text. */
    static String escape(String teks) {
        return teks.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The page each anchored heading landed on. */
    static Map<String, Integer> halamanJudul(JasperPrint print) {
        Map<String, Integer> halaman = new LinkedHashMap<>();
        List<JRPrintPage> pages = print.getPages();
        for (int i = 0; i < pages.size(); i++) {
            int nomor = i + 1;
            jelajah(pages.get(i).getElements(), 0, 0, (e, x, y) -> {
                if (e instanceof JRPrintAnchor a && a.getAnchorName() != null) {
                    halaman.putIfAbsent(a.getAnchorName(), nomor);
                }
            });
        }
        return halaman;
    }

    /**
     * The signature spaces in print order, matched to the signers in block order (a two-party
     * block prints its left space first).
     */
    static List<PosisiTandaTangan> tandaTangan(JasperPrint print, DokumenLaporan dokumen) {
        List<Blok.Pihak> pihak = new ArrayList<>();
        for (Blok b : dokumen.blok()) {
            if (b instanceof Blok.TandaTangan t) {
                pihak.add(t.pihak());
            } else if (b instanceof Blok.TandaTanganDua t) {
                pihak.add(t.kiri());
                pihak.add(t.kanan());
            }
        }
        List<PosisiTandaTangan> posisi = new ArrayList<>();
        List<JRPrintPage> pages = print.getPages();
        float tinggiHalaman = print.getPageHeight();
        for (int i = 0; i < pages.size(); i++) {
            int nomor = i + 1;
            jelajah(pages.get(i).getElements(), 0, 0, (e, x, y) -> {
                if ("ttd".equals(e.getKey()) && posisi.size() < pihak.size()) {
                    posisi.add(new PosisiTandaTangan(
                            pihak.get(posisi.size()).kunci(),
                            nomor,
                            x,
                            tinggiHalaman - y - e.getHeight(),
                            e.getWidth(),
                            e.getHeight()));
                }
            });
        }
        return posisi;
    }

    private interface Pengunjung {
        void kunjungi(JRPrintElement e, int x, int y);
    }

    private static void jelajah(List<JRPrintElement> elemen, int dx, int dy, Pengunjung pengunjung) {
        for (JRPrintElement e : elemen) {
            int x = dx + e.getX();
            int y = dy + e.getY();
            pengunjung.kunjungi(e, x, y);
            if (e instanceof JRPrintFrame f) {
                jelajah(
                        f.getElements(),
                        x + f.getLineBox().getLeftPadding(),
                        y + f.getLineBox().getTopPadding(),
                        pengunjung);
            }
        }
    }

    private static byte[] pdf(JasperPrint print, DokumenLaporan dokumen) throws JRException {
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setCompressed(true);
        config.setMetadataTitle(dokumen.judul());
        config.setMetadataAuthor(dokumen.penulis());
        config.setMetadataCreator("Portal Kinerja Daerah");
        config.setTagLanguage("id-ID");
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        exporter.setConfiguration(config);
        exporter.exportReport();
        return out.toByteArray();
    }
}
