package id.pkd.portal.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.penerbitan.DokumenSiapTerbit;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.pengguna.Peran;
import id.pkd.reports.document.Blok;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Balangan LKIP 2022 against the inventory of the real report ({@code seeds/lkip-balangan-2022.txt}): its
 * chapter and section headings, its tables (each under its own numbered caption, with a figure of the seed in it)
 * and its charts. Prints found/expected so the distance to the seed is visible on every run; the lower bounds are
 * what the document reaches today, raised as parts are built.
 */
class LkipInventarisTest extends PortalIntegrationTest {

    /**
     * The seed's headings: its table of contents (19 entries), the three "Capaian Kinerja Utama Urusan …" sections
     * of BAB III and its two efficiency sections, and three parts issue 14 asks BAB I to carry (Latar Belakang, the
     * SDM composition and the strategic issues) which the seed has as untitled text. Compared case-insensitively,
     * without the section letter.
     */
    static final List<String> JUDUL = List.of(
            "KATA PENGANTAR",
            "DAFTAR ISI",
            "RINGKASAN EKSEKUTIF",
            "BAB I PENDAHULUAN",
            "Latar Belakang",
            "Landasan Hukum",
            "Maksud dan Tujuan",
            "Dasar Hukum Pembentukan dan Tugas Pokok",
            "Struktur Organisasi",
            "Sumber Daya Manusia",
            "Isu Strategis",
            "BAB II PERENCANAAN KINERJA",
            "Rencana Strategis",
            "Perjanjian Kinerja 2022",
            "Rencana Kerja dan Anggaran Tahun 2022",
            "BAB III AKUNTABILITAS KINERJA",
            "Pengukuran Kinerja Tahun 2022",
            "Capaian Kinerja Utama Urusan Sosial",
            "Capaian Kinerja Utama Urusan Pemberdayaan Perempuan dan Perlindungan Anak",
            "Capaian Kinerja Utama Urusan Pemberdayaan Masyarakat dan Desa",
            "Efektivitas dan Efisiensi Program dan Kegiatan",
            "Akuntabilitas Keuangan",
            "Efisiensi Penggunaan Sumber Daya",
            "Penghargaan yang Diterima",
            "Inovasi Perangkat Daerah",
            "BAB IV PENUTUP",
            "LAMPIRAN");

    /** A seed table: words of its caption, and figures of the seed that must stand under that caption. */
    record TabelSeed(String keterangan, List<String> angka) {}

    /**
     * Tables of the seed with a figure each. The seed's own slips are not copied: its Tabel 3.1 prints a capaian of
     * 129,98 for 68,72 / 52,95 (129,78).
     */
    static final List<TabelSeed> TABEL = List.of(
            new TabelSeed("Ikhtisar Capaian Kinerja", List.of("52,95", "68,72", "129,78")),
            new TabelSeed("Tujuan, Sasaran dan Indikator Renstra", List.of("92,86", "44,16")),
            new TabelSeed("Perjanjian Kinerja Kepala Dinas", List.of("52,95")),
            new TabelSeed("Program dan Anggaran", List.of("29.669.164.407")),
            new TabelSeed("Kategori Capaian", List.of("Sangat Tinggi")),
            new TabelSeed("PPKS", List.of("68.334", "46.958")),
            new TabelSeed("Capaian Kinerja Kepala Bidang Perlindungan", List.of("Fakir Miskin")),
            new TabelSeed("Capaian Kinerja Kepala Bidang Pemberdayaan dan Rehabilitasi", List.of("Rata-rata")),
            new TabelSeed("Capaian Kinerja Kepala Bidang Pemberdayaan Perempuan", List.of("Rata-rata")),
            new TabelSeed("Capaian Kinerja Kepala Bidang Administrasi Pemerintahan", List.of("Rata-rata")),
            new TabelSeed("Capaian Kinerja Kepala Bidang Pemberdayaan Masyarakat", List.of("Rata-rata")),
            // Its header said "Korban" twice before issue 14; the columns are now "Kelompok korban", "Jumlah korban".
            new TabelSeed("Kasus Kekerasan", List.of("Jumlah korban")),
            new TabelSeed("Status Desa", List.of("Maju")),
            new TabelSeed("Efisiensi Program dan Kegiatan", List.of("Efisiensi")),
            new TabelSeed("Realisasi Anggaran", List.of("29.669.164.407")),
            new TabelSeed("Sasaran, Program dan Anggaran", List.of("Rp ")),
            new TabelSeed("Komposisi Pegawai", List.of("Eselon III", "6 Orang", "145 Orang")),
            new TabelSeed("Penghargaan", List.of("2022")),
            new TabelSeed("Inovasi", List.of("PPKS")));

    /** The seed's numbered and unnumbered tables, its charts (IDM status, IPG/IDG trends, per-official trends…). */
    static final int TABEL_SEED = 57;

    static final int GRAFIK_SEED = 11;

    /** The 19 bidang and JF holders of the seed each have their own capaian table. */
    static final int TABEL_CAPAIAN_PEJABAT_SEED = 19;

    static final Pattern KETERANGAN_TABEL = Pattern.compile("(?m)^\\s*(Tabel (\\d+)\\.(\\d+)) (.+)$");

    @Autowired
    PembuatLkip lkip;

    @Test
    void lkipBalangan2022DibandingkanDenganSeed() throws Exception {
        DokumenResmi.Isi isi = sebagai(Peran.PIMPINAN, "63.11", () -> {
            SubjekDokumen s = lkip.subjek(2022).get(0);
            return lkip.isi(s, 2022, true, LocalDate.of(2023, 1, 31));
        });
        DokumenSiapTerbit d = sebagai(
                Peran.PIMPINAN, "63.11", () -> lkip.buat(lkip.subjek(2022).get(0), 2022, true));
        Path file = DokumenResmiTest.tulis("lkip-inventaris-2022.pdf", d.pdf());
        String teks = DokumenResmiTest.Uji.jalankan("/usr/bin/pdftotext", "-layout", file.toString(), "-");
        String halaman = DokumenResmiTest.Uji.jalankan("/usr/bin/pdfinfo", file.toString())
                .lines()
                .filter(l -> l.startsWith("Pages:"))
                .findFirst()
                .orElse("Pages: ?")
                .substring(6)
                .strip();

        // Headings: the block model's headings, each printed in the PDF.
        Set<String> judulDokumen = new LinkedHashSet<>();
        for (Blok b : isi.laporan().blok()) {
            if (b instanceof Blok.Judul j) {
                judulDokumen.add(tanpaHuruf(j.teks()));
            } else if (b instanceof Blok.DaftarIsi di) {
                judulDokumen.add(di.judul());
            }
        }
        List<String> judulAda = new ArrayList<>();
        List<String> judulKurang = new ArrayList<>();
        String teksKecil = teks.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (String j : JUDUL) {
            String k = j.toLowerCase(Locale.ROOT);
            boolean ada = judulDokumen.stream()
                            .anyMatch(x -> x.toLowerCase(Locale.ROOT).startsWith(k))
                    && teksKecil.contains(k);
            (ada ? judulAda : judulKurang).add(j);
        }

        // Tables: every table of the body under a numbered caption, numbered per chapter without gaps.
        List<String> tabel = new ArrayList<>();
        List<String> grafikJudul = new ArrayList<>();
        for (Blok b : isi.laporan().blok()) {
            if (b instanceof Blok.Judul j && j.teks().equals("LAMPIRAN")) {
                break; // the attachments print the agreements as signed, under their own titles
            }
            if (b instanceof Blok.Tabel t) {
                tabel.add(t.judul());
            } else if (b instanceof Blok.SubLaporan t) {
                tabel.add(t.judul()); // a plugin's table
            } else if (b instanceof Blok.Gambar g) {
                grafikJudul.add(g.judul());
            }
        }
        int grafik = grafikJudul.size();
        List<String> keterangan = new ArrayList<>();
        Matcher m = KETERANGAN_TABEL.matcher(teks);
        while (m.find()) {
            keterangan.add(m.group(1) + " " + m.group(4).strip());
        }
        List<String> tabelAda = new ArrayList<>();
        List<String> tabelKurang = new ArrayList<>();
        for (TabelSeed t : TABEL) {
            (adaDenganAngka(teks, t) ? tabelAda : tabelKurang).add(t.keterangan());
        }
        long tabelPejabat = tabel.stream()
                .filter(t -> t != null && t.matches("Tabel \\d+\\.\\d+ Capaian Kinerja (?!Utama).*"))
                .count();

        System.out.printf(
                "%n[inventaris] LKIP Balangan 2022: %s halaman%n[inventaris] judul   : %d/%d ditemukan; kurang: %s"
                        + "%n[inventaris] tabel   : %d tabel bernomor (seed %d); tabel seed dengan angka: %d/%d;"
                        + " kurang: %s%n[inventaris] capaian per pejabat: %d/%d tabel%n[inventaris] grafik  : %d/%d%n",
                halaman,
                judulAda.size(),
                JUDUL.size(),
                judulKurang,
                tabel.size(),
                TABEL_SEED,
                tabelAda.size(),
                TABEL.size(),
                tabelKurang,
                tabelPejabat,
                TABEL_CAPAIAN_PEJABAT_SEED,
                grafik,
                GRAFIK_SEED);
        keterangan.forEach(k -> System.out.println("[inventaris]   " + k));

        periksaAngkaTabel(teks, tabel);
        // The per-IKU analysis compares IPG 92,33 with the province's 88,86 recorded beside it, as the seed does.
        assertThat(teksKecil).contains("realisasi provinsi kalimantan selatan tahun 2022 sebesar 88,86", "103,91%");

        // Every table has a numbered caption, printed once; numbers run 1, 2, 3… within each chapter.
        assertThat(tabel).allSatisfy(t -> assertThat(t).matches("Tabel \\d+\\.\\d+ .+"));
        assertThat(keterangan).doesNotHaveDuplicates();
        nomorBerurutan(tabel);
        assertThat(grafikJudul).allSatisfy(g -> assertThat(g).matches("(Grafik|Gambar) \\d+\\.\\d+ .+"));
        // What the document reaches today; raised as the missing parts are built.
        assertThat(judulAda).hasSizeGreaterThanOrEqualTo(MINIMAL_JUDUL);
        assertThat(tabel).hasSizeGreaterThanOrEqualTo(MINIMAL_TABEL);
        assertThat(tabelAda).hasSizeGreaterThanOrEqualTo(MINIMAL_TABEL_SEED);
        assertThat(tabelPejabat).isGreaterThanOrEqualTo(MINIMAL_TABEL_PEJABAT);
        assertThat(grafik).isGreaterThanOrEqualTo(MINIMAL_GRAFIK);
    }

    /**
     * Before issue 14's structure: 12 headings, 7 seed tables with their figures, no per-official table, 2 charts
     * (28 pages). Missing now: penghargaan and inovasi as tables (they are the agency's texts). The SDM composition
     * prints the seed's jabatan/eselon table (145 people).
     */
    static final int MINIMAL_JUDUL = 27;

    static final int MINIMAL_TABEL_SEED = 16;
    static final int MINIMAL_TABEL_PEJABAT = 18;
    static final int MINIMAL_GRAFIK = 10;
    static final int MINIMAL_TABEL = 61;

    /** A seed table of {@code seeds/lkip-balangan-2022-tabel.txt} (its header describes the format). */
    record TabelAngka(String nomor, String seed, String keterangan, List<String> angka, String catatan) {

        boolean direproduksi() {
            return !keterangan.equals("-");
        }

        boolean digabung() {
            return keterangan.startsWith("=");
        }

        String kata() {
            return digabung() ? keterangan.substring(1) : keterangan;
        }
    }

    static final String DAFTAR_TABEL = "/seeds/lkip-balangan-2022-tabel.txt";

    /** The seed tables this LKIP reproduces as a table of its own with every figure matching (of 57). */
    static final int MINIMAL_TABEL_SEED_ANGKA = 56;

    static final Pattern ANGKA =
            Pattern.compile("(?<![\\d.,])\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|(?<![\\d.,])\\d+(?:,\\d+)?");
    static final Pattern SALAH_SEED = Pattern.compile("(.+?)([>!~])(.+)");

    static List<TabelAngka> daftarTabel() throws java.io.IOException {
        try (var isi = LkipInventarisTest.class.getResourceAsStream(DAFTAR_TABEL)) {
            return new String(isi.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\\|", -1))
                    .map(k -> new TabelAngka(
                            k[0].strip(),
                            k[1].strip(),
                            k[2].strip(),
                            k[3].isBlank()
                                    ? List.of()
                                    : java.util.Arrays.stream(k[3].split(";"))
                                            .map(String::strip)
                                            .toList(),
                            k[4].strip()))
                    .toList();
        }
    }

    /**
     * Every seed table the LKIP reproduces, figure by figure: under its caption (up to the next one) the document
     * holds each figure of the seed, compared at the seed's decimals; the seed's slips are printed, and the right
     * figure is expected instead of the printed one.
     */
    static void periksaAngkaTabel(String teks, List<String> tabel) throws java.io.IOException {
        String datar = teks.replaceAll("\\s+", " ");
        List<TabelAngka> daftar = daftarTabel();
        assertThat(daftar).as("tabel seed").hasSize(TABEL_SEED);
        List<String> salah = new ArrayList<>();
        List<String> catatanSeed = new ArrayList<>();
        int sendiri = 0;
        int digabung = 0;
        int angkaCocok = 0;
        int angkaSemua = 0;
        for (TabelAngka t : daftar) {
            if (!t.direproduksi()) {
                System.out.printf("[angka] %2s %-60s tidak ada: %s%n", t.nomor(), t.seed(), t.catatan());
                continue;
            }
            // The caption's words after its number: "Program dan Anggaran" is not "Sasaran, Program dan Anggaran".
            List<String> cocok = tabel.stream()
                    .filter(j -> j.replaceFirst("^Tabel \\d+\\.\\d+ ", "")
                            .toLowerCase(Locale.ROOT)
                            .startsWith(t.kata().toLowerCase(Locale.ROOT)))
                    .toList();
            assertThat(cocok)
                    .as("keterangan untuk tabel seed %s (%s)", t.nomor(), t.kata())
                    .hasSize(1);
            String bagian = bagianTabel(datar, cocok.get(0), tabel);
            List<BigDecimal> ada = new ArrayList<>();
            Matcher a = ANGKA.matcher(bagian);
            while (a.find()) {
                ada.add(new BigDecimal(a.group().replace(".", "").replace(',', '.')));
            }
            List<String> kurang = new ArrayList<>();
            int tidakDiperiksa = 0;
            for (String f : t.angka()) {
                if (f.startsWith("?")) {
                    tidakDiperiksa++;
                    continue;
                }
                Matcher slip = SALAH_SEED.matcher(f);
                String harap = slip.matches() ? slip.group(3) : f;
                if (slip.matches()) {
                    String jenis =
                            switch (slip.group(2)) {
                                case ">" -> " salah hitung, seharusnya ";
                                case "!" -> " berbeda dengan tabel lain, dipakai ";
                                default -> " dari capaian yang sudah dibulatkan, dokumen ";
                            };
                    catatanSeed.add("seed " + t.nomor() + " (" + t.seed() + "): " + slip.group(1) + jenis + harap);
                }
                BigDecimal nilai = new BigDecimal(harap.replace(".", "").replace(',', '.'));
                int desimal = Math.max(0, nilai.scale());
                if (ada.stream()
                        .noneMatch(
                                x -> x.setScale(desimal, RoundingMode.HALF_UP).compareTo(nilai) == 0)) {
                    kurang.add(harap);
                }
            }
            int diperiksa = t.angka().size() - tidakDiperiksa;
            angkaSemua += diperiksa;
            angkaCocok += diperiksa - kurang.size();
            if (tidakDiperiksa > 0) {
                catatanSeed.add("seed " + t.nomor() + " (" + t.seed() + "): " + tidakDiperiksa
                        + " angka tidak diperiksa: " + t.catatan());
            }
            if (!kurang.isEmpty()) {
                salah.add("seed " + t.nomor() + " " + t.seed() + " → " + cocok.get(0) + ": tidak ada " + kurang);
            } else if (t.digabung()) {
                digabung++;
            } else {
                sendiri++;
            }
            System.out.printf(
                    "[angka] %2s %-60s %3d/%3d angka, %s%n",
                    t.nomor(),
                    t.seed(),
                    diperiksa - kurang.size(),
                    diperiksa,
                    cocok.get(0).replaceFirst(" .*", "") + " " + cocok.get(0).replaceFirst("^\\S+ \\S+ ", ""));
        }
        System.out.printf(
                "[angka] tabel seed dengan setiap angka cocok: %d/%d sebagai tabel sendiri, %d digabung; angka %d/%d%n",
                sendiri, daftar.size(), digabung, angkaCocok, angkaSemua);
        catatanSeed.stream().distinct().forEach(c -> System.out.println("[angka] ditandai: " + c));
        assertThat(salah).as("angka seed yang tidak ada di tabel dokumen").isEmpty();
        assertThat(sendiri).isGreaterThanOrEqualTo(MINIMAL_TABEL_SEED_ANGKA);
    }

    /** The flattened text from a table's caption to the next table's caption (the table and the text under it). */
    static String bagianTabel(String datar, String keterangan, List<String> tabel) {
        String datarKeterangan = keterangan.replaceAll("\\s+", " ");
        int awal = datar.indexOf(datarKeterangan);
        if (awal < 0) {
            // A caption split by a page foot: its number and first words still lead it.
            awal = datar.indexOf(datarKeterangan.substring(0, Math.min(datarKeterangan.length(), 40)));
        }
        assertThat(awal).as("keterangan %s di PDF", keterangan).isNotNegative();
        int akhir = datar.length();
        for (String lain : tabel) {
            String l = lain.replaceAll("\\s+", " ");
            int i = datar.indexOf(l.substring(0, Math.min(l.length(), 40)), awal + datarKeterangan.length());
            if (i >= 0 && i < akhir) {
                akhir = i;
            }
        }
        return datar.substring(awal + datarKeterangan.length(), akhir);
    }

    /** The caption's words, then each figure before the next caption (the table under it, not the whole text). */
    static boolean adaDenganAngka(String teks, TabelSeed t) {
        Matcher m = KETERANGAN_TABEL.matcher(teks);
        List<int[]> posisi = new ArrayList<>();
        while (m.find()) {
            posisi.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < posisi.size(); i++) {
            String judul = teks.substring(posisi.get(i)[0], posisi.get(i)[1]);
            if (!judul.toLowerCase(Locale.ROOT).contains(t.keterangan().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int akhir = i + 1 < posisi.size() ? posisi.get(i + 1)[0] : teks.length();
            String bagian = teks.substring(posisi.get(i)[1], akhir);
            if (t.angka().stream().allMatch(bagian::contains)) {
                return true;
            }
        }
        return false;
    }

    static void nomorBerurutan(List<String> tabel) {
        Pattern p = Pattern.compile("Tabel (\\d+)\\.(\\d+) .*");
        int bab = -1;
        int nomor = 0;
        for (String t : tabel) {
            Matcher m = p.matcher(t);
            assertThat(m.matches()).as(t).isTrue();
            int b = Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(2));
            if (b != bab) {
                bab = b;
                nomor = 0;
            }
            assertThat(n).as("nomor %s", t).isEqualTo(++nomor);
        }
    }

    static String tanpaHuruf(String judul) {
        return judul.replaceFirst("^[A-Z]\\. ", "").strip();
    }
}
