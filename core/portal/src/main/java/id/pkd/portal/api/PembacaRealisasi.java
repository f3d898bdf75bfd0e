package id.pkd.portal.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import id.pkd.portal.perencanaan.PerubahanRealisasi;
import id.pkd.portal.perencanaan.PerubahanRealisasi.Ubah;
import id.pkd.portal.perencanaan.RealisasiIndikator;
import id.pkd.portal.umum.IsianTidakSahException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the body of {@code PUT /api/v1/realisasi/…} token by token. Data binding cannot tell a
 * field that is absent (keep it) from one sent as {@code null} (clear it), and turns a number such
 * as {@code 1e999999999} into a double or a BigDecimal before anyone can look at it. Here a number
 * stays its text until it is known to be short; its size is then judged by the value rules, never
 * by expanding it. Every problem is reported at its JSON path (422).
 */
final class PembacaRealisasi {

    /** Longer than any number DECIMAL(20,4) can hold in any notation; beyond it the text is not read. */
    static final int PANJANG_ANGKA_MAKS = 40;

    private static final Set<String> ANGKA = Set.of("nilai", "pembilang", "penyebut", "skala");
    private static final Set<String> TEKS = Set.of("upaya", "hambatan", "rencanaTindakLanjut");
    private static final String TRIWULAN = "triwulan";

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(PANJANG_ANGKA_MAKS)
                    .maxStringLength(1_000_000)
                    .maxNestingDepth(16)
                    .build())
            .build();

    /** What was read: the period (triwulan 0 is the whole year) and the change itself. */
    record Terbaca(int triwulan, PerubahanRealisasi perubahan) {}

    private final Map<String, Ubah<?>> isian = new HashMap<>();
    private final Set<String> terlihat = new HashSet<>();
    private final IsianTidakSahException.Pengumpul salah = new IsianTidakSahException.Pengumpul();
    private int triwulan = RealisasiIndikator.TAHUNAN;

    private PembacaRealisasi() {}

    static Terbaca baca(byte[] badan) {
        PembacaRealisasi p = new PembacaRealisasi();
        p.bacaDokumen(badan);
        p.salah.lemparJikaAda();
        return new Terbaca(
                p.triwulan,
                new PerubahanRealisasi(
                        p.ambil("nilai"),
                        p.ambil("pembilang"),
                        p.ambil("penyebut"),
                        p.ambil("skala"),
                        p.ambil("upaya"),
                        p.ambil("hambatan"),
                        p.ambil("rencanaTindakLanjut")));
    }

    @SuppressWarnings("unchecked")
    private <T> Ubah<T> ambil(String nama) {
        return (Ubah<T>) isian.getOrDefault(nama, Ubah.tetap());
    }

    private void bacaDokumen(byte[] badan) {
        if (badan == null || badan.length == 0) {
            salah.tambah("", "Badan permintaan kosong: kirim objek JSON, mis. {\"nilai\": 68.72}.");
            return;
        }
        JsonParser p;
        try {
            p = JSON.createParser(badan);
        } catch (IOException e) {
            salah.tambah("", "Badan permintaan tidak dapat dibaca.");
            return;
        }
        try (p) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                salah.tambah("", "Badan permintaan harus sebuah objek JSON, mis. {\"nilai\": 68.72}.");
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String nama = p.currentName();
                p.nextToken();
                bacaIsian(p, nama);
            }
            if (p.nextToken() != null) {
                salah.tambah("", "Badan permintaan hanya boleh memuat satu objek JSON.");
            }
        } catch (StreamConstraintsException e) {
            boolean angka =
                    e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Number");
            salah.tambah(
                    namaKini(p),
                    angka
                            ? "Angka terlalu panjang: paling banyak " + PANJANG_ANGKA_MAKS + " karakter."
                            : "Nilai terlalu panjang atau bersarang terlalu dalam.");
        } catch (JsonProcessingException e) {
            String posisi = e.getLocation() == null
                    ? ""
                    : " (baris " + e.getLocation().getLineNr() + ", kolom "
                            + e.getLocation().getColumnNr() + ")";
            salah.tambah("", "Badan permintaan bukan JSON yang sah" + posisi + ".");
        } catch (IOException e) {
            salah.tambah("", "Badan permintaan tidak dapat dibaca.");
        }
    }

    private void bacaIsian(JsonParser p, String nama) throws IOException {
        if (!terlihat.add(nama)) {
            salah.tambah(nama, "Isian ini muncul dua kali.");
            p.skipChildren();
        } else if (ANGKA.contains(nama)) {
            isian.put(nama, Ubah.jadi(angka(p, nama)));
        } else if (TEKS.contains(nama)) {
            isian.put(nama, Ubah.jadi(teks(p, nama)));
        } else if (TRIWULAN.equals(nama)) {
            bacaTriwulan(p);
        } else {
            salah.tambah(
                    nama,
                    "Isian ini tidak dikenal. Isian yang dikenal: triwulan, nilai, pembilang, penyebut, skala, upaya,"
                            + " hambatan, rencanaTindakLanjut.");
            p.skipChildren();
        }
    }

    private BigDecimal angka(JsonParser p, String nama) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            salah.tambah(nama, "Nilai harus berupa angka JSON tanpa tanda kutip, mis. 68.72.");
            p.skipChildren();
            return null;
        }
        try {
            // the text as sent, never a double: 0.1 stays 0.1 and 1e300 is one digit with an exponent
            return new BigDecimal(p.getText());
        } catch (NumberFormatException e) {
            salah.tambah(nama, "Angka di luar batas yang dapat disimpan.");
            return null;
        }
    }

    private String teks(JsonParser p, String nama) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            salah.tambah(nama, "Nilai harus berupa teks (dalam tanda kutip) atau null untuk mengosongkannya.");
            p.skipChildren();
            return null;
        }
        return p.getText();
    }

    private void bacaTriwulan(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        String teks = t == JsonToken.VALUE_NUMBER_INT ? p.getText() : null;
        if (teks == null || !teks.matches("[1-4]")) {
            salah.tambah(TRIWULAN, "Triwulan harus 1, 2, 3 atau 4; kosongkan (null) untuk realisasi setahun.");
            p.skipChildren();
            return;
        }
        triwulan = Integer.parseInt(teks);
    }

    /**
     * The field whose value the parser was reading: it reads a value together with its name, so a
     * number too long to tokenize fails before the name is handed out.
     */
    private static String namaKini(JsonParser p) {
        String nama =
                p.getParsingContext() == null ? null : p.getParsingContext().getCurrentName();
        return nama == null ? "" : nama;
    }
}
