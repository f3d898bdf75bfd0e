package id.pkd.urusan.sosial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Permensos 8/2012: 26 jenis PPKS and 12 jenis PSKS, each with a stable code. */
class ReferensiSosialTest {

    static List<Map<String, String>> referensi(String berkas) {
        return TabelCsv.baca("referensi/" + berkas);
    }

    @Test
    void duaPuluhEnamJenisPpksMenurutUrutanPeraturan() {
        List<Map<String, String>> ppks = referensi("jenis-ppks-v1.csv");

        assertThat(ppks).hasSize(26);
        assertThat(ppks)
                .extracting(p -> p.get("nomor"))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 26).mapToObj(String::valueOf).toList());
        assertThat(ppks.get(0).get("nama")).isEqualTo("Anak Balita Terlantar");
        assertThat(ppks.get(23).get("kode")).isEqualTo("fakir-miskin");
        assertThat(ppks.get(25).get("nama")).isEqualTo("Komunitas Adat Terpencil");
    }

    @Test
    void duaBelasJenisPsks() {
        assertThat(referensi("jenis-psks-v1.csv"))
                .hasSize(12)
                .extracting(p -> p.get("singkatan"))
                .contains("PSM", "Tagana", "LKS", "KT", "LK3", "TKSK");
    }

    @Test
    void setiapDaftarPunyaKodeUnikDanNamaTerisi() {
        for (String berkas : List.of(
                "jenis-ppks-v1.csv",
                "jenis-psks-v1.csv",
                "jenis-bencana-v1.csv",
                "jenis-kerusakan-v1.csv",
                "program-bansos-v1.csv",
                "sumber-dana-v1.csv")) {
            List<Map<String, String>> daftar = referensi(berkas);
            assertThat(daftar).as(berkas).isNotEmpty().allSatisfy(b -> {
                assertThat(b.get("kode")).matches("[a-z0-9-]+");
                assertThat(b.get("nama")).isNotBlank();
            });
            assertThat(daftar.stream().map(b -> b.get("kode")).distinct().count())
                    .as(berkas)
                    .isEqualTo(daftar.size());
        }
    }

    @Test
    void korbanBencanaDihitungPadaJenisPpksYangAda() {
        List<String> kodePpks = kode("jenis-ppks-v1.csv");
        assertThat(referensi("jenis-bencana-v1.csv"))
                .filteredOn(b -> !b.get("jenis_ppks_korban").isEmpty())
                .allSatisfy(b -> assertThat(kodePpks).contains(b.get("jenis_ppks_korban")));
        assertThat(referensi("jenis-bencana-v1.csv"))
                .filteredOn(b -> b.get("kode").equals("kebakaran-permukiman"))
                .extracting(b -> b.get("jenis_ppks_korban"))
                .containsExactly("korban-bencana-sosial");
    }

    @Test
    void kerusakanBangunanDuaDimensi() {
        assertThat(referensi("jenis-kerusakan-v1.csv"))
                .extracting(b -> b.get("dimensi") + ":" + b.get("kode"))
                .containsExactly(
                        "tingkat:rusak-berat",
                        "tingkat:rusak-ringan",
                        "bangunan:rumah",
                        "bangunan:tempat-usaha",
                        "bangunan:fasilitas-umum");
    }

    static List<String> kode(String berkas) {
        return referensi(berkas).stream().map(b -> b.get("kode")).toList();
    }
}
