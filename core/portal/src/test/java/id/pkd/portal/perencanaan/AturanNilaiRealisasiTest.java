package id.pkd.portal.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pkd.portal.perencanaan.AturanNilaiRealisasi.JenisSatuan;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The value rules of a realisasi, one rule of the class comment per test, in its order. */
class AturanNilaiRealisasiTest {

    /** Field name → message of one check. */
    static Map<String, String> periksa(String satuan, boolean rentangBebas, String nilai) {
        return periksa(satuan, rentangBebas, nilai, null, null, null);
    }

    static Map<String, String> periksa(
            String satuan, boolean rentangBebas, String nilai, String pembilang, String penyebut, String skala) {
        Map<String, String> salah = new LinkedHashMap<>();
        AturanNilaiRealisasi.periksa(
                angka(nilai),
                angka(pembilang),
                angka(penyebut),
                angka(skala),
                satuan,
                rentangBebas,
                salah::putIfAbsent);
        return salah;
    }

    private static BigDecimal angka(String teks) {
        return teks == null ? null : new BigDecimal(teks);
    }

    @Test
    void satuRealisasiBerupaNilaiAtauRasioTidakKeduanyaDanSkalaHanyaUntukRasio() {
        assertThat(periksa("indeks", false, "92.33")).isEmpty();
        assertThat(periksa("%", false, null, "46958", "68334", "100")).isEmpty();
        assertThat(periksa("%", false, null, "46958", "68334", null)).isEmpty();
        assertThat(periksa("%", false, "68.72", "46958", "68334", null))
                .containsEntry("nilai", "Isi nilai realisasi, atau pembilang dan penyebut — tidak keduanya.");
        assertThat(periksa("%", false, null, null, null, null)).containsEntry("nilai", "Nilai realisasi wajib diisi.");
        assertThat(periksa("indeks", false, "92.33", null, null, "100"))
                .containsEntry("skala", "Skala hanya dipakai bersama pembilang dan penyebut.");
        assertThat(periksa("%", false, null, "1", null, null)).containsEntry("penyebut", "Penyebut wajib diisi.");
    }

    @Test
    void setiapAngkaMuatDalamDecimal20Koma4TanpaPembulatan() {
        assertThat(periksa("indeks", false, "9999999999999999.9999")).isEmpty();
        assertThat(periksa("indeks", false, "-9999999999999999.9999")).isEmpty();
        assertThat(periksa("indeks", false, "10000000000000000"))
                .containsEntry("nilai", "Angka terlalu besar: paling banyak 16 angka di depan koma.");
        assertThat(periksa("indeks", false, "1e300")).containsKey("nilai");
        // trailing zeros carry no value; a fifth significant decimal would be lost in the column
        assertThat(periksa("indeks", false, "0.12340000")).isEmpty();
        assertThat(periksa("indeks", false, "0.123456789").get("nilai"))
                .startsWith("Paling banyak 4 angka di belakang koma");
        assertThat(periksa("%", false, null, "1.00001", "3", null)).containsKey("pembilang");
        assertThat(periksa("%", false, null, "1", "3.00001", null)).containsKey("penyebut");
    }

    @Test
    void ukuranDinilaiTanpaMenuliskanAngkanya() {
        long mulai = System.nanoTime();
        assertThat(periksa("indeks", false, "1e999999999")).containsKey("nilai");
        assertThat(periksa("indeks", false, "-1e999999999")).containsKey("nilai");
        assertThat(periksa("indeks", false, "1e-999999999").get("nilai")).startsWith("Paling banyak 4 angka");
        assertThat(periksa("%", false, null, "1", "3", "1e999999999")).containsKey("skala");
        assertThat(Duration.ofNanos(System.nanoTime() - mulai)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void skalaBilanganBulatPositifPalingBanyak12Angka() {
        assertThat(periksa("rasio per 100.000", false, null, "17", "98000", "100000"))
                .isEmpty();
        assertThat(periksa("indeks", false, null, "1", "3", "0")).containsKey("skala");
        assertThat(periksa("indeks", false, null, "1", "3", "2.5")).containsKey("skala");
        assertThat(periksa("indeks", false, null, "1", "3", "1000000000000")).containsKey("skala");
        assertThat(periksa("indeks", false, null, "1", "3", "999999999999")).isEmpty();
    }

    @Test
    void pembilangTidakNegatifPenyebutPositifDanHasilnyaMuatSepertiNilai() {
        assertThat(periksa("indeks", false, null, "-1", "3", null))
                .containsEntry("pembilang", "Pembilang tidak boleh negatif.");
        assertThat(periksa("indeks", false, null, "1", "0", null))
                .containsEntry("penyebut", "Penyebut harus lebih dari nol.");
        // 10^15 ÷ 0,0001 × 100 = 10^21: a penyebut too small for a sensible realisasi
        assertThat(periksa("indeks", false, null, "1000000000000000", "0.0001", null)
                        .get("penyebut"))
                .startsWith("Penyebut terlalu kecil");
        assertThat(periksa("indeks", false, null, "1", "0.0001", null)).isEmpty();
    }

    @Test
    void persentase0Sampai100KecualiIndikatornyaBerentangBebas() {
        assertThat(AturanNilaiRealisasi.jenis(" Persen ")).isEqualTo(JenisSatuan.PERSEN);
        assertThat(AturanNilaiRealisasi.jenis("%")).isEqualTo(JenisSatuan.PERSEN);
        assertThat(periksa("%", false, "0")).isEmpty();
        assertThat(periksa("%", false, "100")).isEmpty();
        assertThat(periksa("%", false, "68.72")).isEmpty();
        assertThat(periksa("%", false, "-5").get("nilai")).startsWith("Persentase harus 0 sampai 100.");
        assertThat(periksa("persen", false, "250").get("nilai")).startsWith("Persentase harus 0 sampai 100.");
        assertThat(periksa("%", false, "100.0001")).containsKey("nilai");
        // the ratio is held to the same range: 5 of 4 is 125 %
        assertThat(periksa("%", false, null, "5", "4", null))
                .containsEntry(
                        "pembilang",
                        "Persentase harus 0 sampai 100: pembilang ÷ penyebut × 100 = 125,00. Pembilang tidak boleh"
                                + " melebihi penyebut.");
        assertThat(periksa("%", false, null, "68334", "68334", null)).isEmpty();
        // marked by the plan: a growth rate may fall below zero, a coverage may pass 100
        assertThat(periksa("%", true, "-5")).isEmpty();
        assertThat(periksa("%", true, "250")).isEmpty();
        assertThat(periksa("%", true, null, "5", "4", null)).isEmpty();
        assertThat(periksa("%", true, "1e300")).containsKey("nilai");
    }

    @Test
    void satuanCacahBilanganBulatTidakNegatifBerupaNilai() {
        for (String satuan : new String[] {
            "Orang",
            "KK",
            "Desa",
            "Buah",
            "Dokumen",
            "Kali",
            "Kelompok",
            "Paket",
            "Unit",
            "Lokasi",
            "desa/kelurahan",
            "Rumah  Tangga"
        }) {
            assertThat(AturanNilaiRealisasi.jenis(satuan)).as(satuan).isEqualTo(JenisSatuan.CACAH);
        }
        assertThat(periksa("Orang", false, "38")).isEmpty();
        assertThat(periksa("Orang", false, "0")).isEmpty();
        assertThat(periksa("Orang", false, "38.0")).isEmpty();
        assertThat(periksa("Orang", false, "1.5"))
                .containsEntry("nilai", "Satuan Orang menghitung cacah: isi bilangan bulat tanpa desimal.");
        assertThat(periksa("KK", false, "-1"))
                .containsEntry("nilai", "Satuan KK menghitung cacah: tidak boleh negatif.");
        // the mark frees percentages only; a count stays a count
        assertThat(periksa("Orang", true, "1.5")).containsKey("nilai");
        assertThat(periksa("Orang", false, null, "1", "2", null).get("pembilang"))
                .startsWith("Satuan Orang menghitung cacah");
    }

    @Test
    void satuanLainHanyaBatasUkuranDanDesimal() {
        assertThat(AturanNilaiRealisasi.jenis("indeks")).isEqualTo(JenisSatuan.LAINNYA);
        assertThat(AturanNilaiRealisasi.jenis("rasio per 100.000")).isEqualTo(JenisSatuan.LAINNYA);
        assertThat(AturanNilaiRealisasi.jenis(null)).isEqualTo(JenisSatuan.LAINNYA);
        assertThat(periksa("indeks", false, "-2.5")).isEmpty();
        assertThat(periksa("rasio per 10.000", false, "2.7")).isEmpty();
        assertThat(periksa("Rp", false, "6550507653.25")).isEmpty();
    }

    @Test
    void tanpaSatuanHanyaAturanYangTidakBergantungSatuan() {
        Map<String, String> salah = new LinkedHashMap<>();
        AturanNilaiRealisasi.periksa(new BigDecimal("250"), null, null, null, salah::putIfAbsent);
        assertThat(salah).isEmpty();
        AturanNilaiRealisasi.periksa(new BigDecimal("0.123456789"), null, null, null, salah::putIfAbsent);
        assertThat(salah).containsKey("nilai");
    }

    @Test
    void setiapRealisasiRencanaDemoMemenuhiAturan() throws Exception {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        int diperiksa = 0;
        for (String berkas : new String[] {"balangan-2022.json", "kobar-2022.json"}) {
            JsonNode akar;
            try (InputStream isi = getClass().getResourceAsStream("/demo/" + berkas)) {
                akar = json.readTree(isi);
            }
            for (JsonNode pd : akar.get("perangkatDaerah")) {
                Map<String, String> satuan = new HashMap<>();
                Map<String, Boolean> bebas = new HashMap<>();
                kumpulkanSatuan(pd, satuan, bebas);
                for (JsonNode r : pd.path("realisasi")) {
                    String kode = r.get("indikator").asText();
                    Map<String, String> salah = new LinkedHashMap<>();
                    AturanNilaiRealisasi.periksa(
                            desimal(r, "nilai"),
                            desimal(r, "pembilang"),
                            desimal(r, "penyebut"),
                            desimal(r, "skala"),
                            satuan.get(kode),
                            bebas.getOrDefault(kode, false),
                            salah::putIfAbsent);
                    assertThat(salah).as(berkas + " " + kode + " " + r).isEmpty();
                    diperiksa++;
                }
            }
        }
        assertThat(diperiksa).isGreaterThan(90);
    }

    private static void kumpulkanSatuan(JsonNode node, Map<String, String> satuan, Map<String, Boolean> bebas) {
        if (node.isObject() && node.has("kode") && node.has("satuan")) {
            satuan.put(node.get("kode").asText(), node.get("satuan").asText());
            bebas.put(node.get("kode").asText(), node.path("rentangBebas").asBoolean(false));
        }
        node.forEach(anak -> kumpulkanSatuan(anak, satuan, bebas));
    }

    private static BigDecimal desimal(JsonNode r, String nama) {
        JsonNode n = r.get(nama);
        return n == null || n.isNull() ? null : n.decimalValue();
    }
}
