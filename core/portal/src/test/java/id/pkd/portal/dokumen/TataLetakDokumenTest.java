package id.pkd.portal.dokumen;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.penerbitan.DokumenSiapTerbit;
import id.pkd.portal.penerbitan.PembuatDokumen;
import id.pkd.portal.penerbitan.SubjekDokumen;
import id.pkd.portal.pengguna.Peran;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Layout rules of the one document model, read back from the PDF text: a NIP on one line, targets with their units,
 * section letters without gaps, no placeholders for missing texts, the footer from page 1 when there is no cover.
 */
class TataLetakDokumenTest extends PortalIntegrationTest {

    @Autowired
    List<PembuatDokumen> pembuat;

    PembuatDokumen jenis(String jenis) {
        return pembuat.stream().filter(p -> p.jenis().equals(jenis)).findFirst().orElseThrow();
    }

    String teks(String jenis, int tahun, String berkas) throws Exception {
        DokumenSiapTerbit d = sebagai(Peran.PIMPINAN, "63.11", () -> {
            SubjekDokumen s = jenis(jenis).subjek(tahun).get(0);
            return jenis(jenis).buat(s, tahun, true);
        });
        Path file = DokumenResmiTest.tulis(berkas, d.pdf());
        return DokumenResmiTest.Uji.jalankan("/usr/bin/pdftotext", "-layout", file.toString(), "-");
    }

    @Test
    void nipUtuhSatuBarisDanTargetPkBersatuan() throws Exception {
        String teks = teks("LKIP", 2022, "lkip-tata-letak-2022.pdf");
        // Tabel 1.2: each official's NIP on the row of their name, never broken after "199311 1".
        assertThat(teks.lines().filter(l -> l.contains("Drs. Urai Nur Iskandar, MM") && l.contains("Kepala Dinas")))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains("19730501 199311 1 001"));
        assertThat(teks.lines().filter(l -> l.contains("Hj. Noorhayati, S.Sos., M.Si")))
                .anySatisfy(l -> assertThat(l).contains("19760814 200012 2 003"));
        // The PK targets as agreed: the figure and its unit.
        String datar = teks.replaceAll("\\s+", " ");
        assertThat(datar).contains("12.000 KK").contains("500 KK");
        hurufBerurutan(teks);
        // The Penutup closes over the head's signature block, as the seed's does.
        String penutup = teks.substring(teks.lastIndexOf("BAB IV PENUTUP"), teks.lastIndexOf("LAMPIRAN"))
                .replaceAll("\\s+", " ");
        assertThat(penutup)
                .contains("Paringin, ")
                .contains("Drs. Urai Nur Iskandar, MM")
                .contains("NIP. 19730501 199311 1 001");
    }

    @Test
    void teksYangBelumDitulisTidakDicetakDanHurufBagianTidakMelompat() throws Exception {
        // 2023: no narrative written and no urusan data yet.
        String teks = teks("LKIP", 2023, "lkip-tata-letak-2023.pdf");
        assertThat(teks).doesNotContain("belum diisi");
        hurufBerurutan(teks);
        List<String> kurang = sebagai(Peran.PIMPINAN, "63.11", () -> {
            PembuatDokumen l = jenis("LKIP");
            return l.kekurangan(l.subjek(2023).get(0), 2023);
        });
        assertThat(kurang)
                .anySatisfy(k -> assertThat(k).contains("Kata Pengantar").contains("belum diisi"));
    }

    @Test
    void dokumenTanpaSampulBerkakiHalamanSejakHalamanPertama() throws Exception {
        String teks = teks("PK", 2022, "pk-tata-letak-2022.pdf");
        String halamanPertama = teks.split("\f")[0];
        assertThat(halamanPertama).contains("PERJANJIAN KINERJA").contains("Halaman 1");
    }

    @Test
    void subtotalUrusanDanProgramPenunjangMencapaiJumlah() throws Exception {
        String teks = teks("LKIP", 2022, "lkip-subtotal-2022.pdf");
        Pattern rupiah = Pattern.compile("Rp ([0-9.]+)");
        List<String> subtotal = teks.lines()
                .filter(l -> l.contains("Jumlah urusan ") || l.contains("Jumlah program penunjang urusan"))
                .filter(l -> rupiah.matcher(l).find())
                .toList();
        // 1.06.01 has its own line beside the three urusan (1.06, 2.08, 2.13), as in the seed.
        assertThat(subtotal).hasSize(4).anySatisfy(l -> assertThat(l).contains("Rp 12.233.864.654"));
        long jumlahSubtotal = 0;
        for (String l : subtotal) {
            Matcher m = rupiah.matcher(l);
            m.find();
            jumlahSubtotal += Long.parseLong(m.group(1).replace(".", ""));
        }
        String baris = teks.lines()
                .filter(l -> l.trim().startsWith("JUMLAH") && l.contains("Rp "))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(baris).contains("Rp 29.669.164.407");
        assertThat(jumlahSubtotal).isEqualTo(29_669_164_407L);
    }

    @Test
    void judulBagianUrusanTercetakSekaliDenganSatuKeterangan() throws Exception {
        String teks = teks("LKIP", 2022, "lkip-judul-2022.pdf");
        // The plugin's data stands in its urusan's section of BAB III (the seed's order), no longer under "Data
        // Urusan".
        String isi = teks.substring(teks.lastIndexOf("Capaian Kinerja Utama Urusan Sosial"));
        String judul = "Jumlah PPKS dan PPKS yang tertangani";
        // One numbered caption over the table and one under the chart: no section heading repeating it, no title
        // inside the table, none repeated under the chart.
        assertThat(isi.lines().filter(l -> l.trim().equals(judul))).isEmpty();
        assertThat(isi.lines().filter(l -> l.trim().matches("Tabel 3\\.\\d+ " + judul)))
                .hasSize(1);
        assertThat(isi.lines().filter(l -> l.trim().matches("Grafik 3\\.\\d+ " + judul)))
                .hasSize(1);
        assertThat(isi).doesNotContainPattern("(?m)^\\s*null");
    }

    @Test
    void judulKolomTabelPerbandinganTidakTerpotongDiTengahKata() throws Exception {
        String teks = teks("LKIP", 2022, "lkip-kolom-2022.pdf");
        String tabel = teks.substring(teks.indexOf("Tabel 3.3 "));
        String kepala = tabel.substring(0, tabel.indexOf("Indikator") + 400);
        // "Perubahan" whole on one line of the Tabel 3.3 header, as every other header word.
        assertThat(kepala).contains("Perubahan");
        assertThat(teks).doesNotContainPattern("Perubaha(?!n)");
    }

    /** Within each chapter, the section letters run A, B, C… with none left out. */
    static void hurufBerurutan(String teks) {
        Pattern bab = Pattern.compile("(?m)^\\s*BAB [IV]+ ");
        Pattern bagian = Pattern.compile("(?m)^\\s*([A-F])\\. [A-Z]");
        String[] potong = bab.split(teks);
        for (int i = 1; i < potong.length; i++) {
            // The table of contents lists the same headings; each chapter's body is checked on its own.
            Matcher m = bagian.matcher(potong[i]);
            List<Character> huruf = new ArrayList<>();
            while (m.find()) {
                huruf.add(m.group(1).charAt(0));
            }
            for (int j = 0; j < huruf.size(); j++) {
                if (j > 0 && huruf.get(j) <= huruf.get(j - 1)) {
                    break; // the table of contents starts over
                }
                assertThat(huruf.get(j))
                        .as("bagian ke-%d dalam potongan %d: %s", j + 1, i, huruf)
                        .isEqualTo((char) ('A' + j));
            }
        }
    }
}
