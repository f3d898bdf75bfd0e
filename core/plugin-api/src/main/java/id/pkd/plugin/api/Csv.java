package id.pkd.plugin.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the CSV resources plugins ship (reference lists, demo data): UTF-8, separated by semicolons,
 * double quotes around values that contain a semicolon, a header row, lines starting with {@code #}
 * ignored.
 */
public final class Csv {

    private Csv() {}

    /** Reads resource {@code jalur} relative to class {@code milik}'s class loader. */
    public static List<Map<String, String>> baca(Class<?> milik, String jalur) {
        InputStream isi = milik.getClassLoader().getResourceAsStream(jalur);
        if (isi == null) {
            throw new IllegalStateException("Berkas " + jalur + " tidak ada di plugin");
        }
        try (isi) {
            return baca(isi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A reference list from a CSV resource with columns {@code kode} and {@code nama}, and, for a
     * band list, column {@code kolomBatas} (empty for the lowest band), or {@code null}.
     */
    public static DaftarReferensi referensi(
            Class<?> milik, String jalur, String kode, String judul, String versi, String kolomBatas) {
        List<DaftarReferensi.Butir> butir = baca(milik, jalur).stream()
                .map(b -> new DaftarReferensi.Butir(
                        b.get("kode"),
                        b.get("nama"),
                        kolomBatas == null || b.getOrDefault(kolomBatas, "").isBlank()
                                ? null
                                : new java.math.BigDecimal(b.get(kolomBatas))))
                .toList();
        return new DaftarReferensi(kode, judul, versi, butir);
    }

    public static List<Map<String, String>> baca(InputStream isi) throws IOException {
        BufferedReader baris = new BufferedReader(new InputStreamReader(isi, StandardCharsets.UTF_8));
        List<String> kepala = null;
        List<Map<String, String>> hasil = new ArrayList<>();
        String teks;
        while ((teks = baris.readLine()) != null) {
            if (teks.isBlank() || teks.startsWith("#")) {
                continue;
            }
            List<String> nilai = pecah(teks.startsWith("\uFEFF") ? teks.substring(1) : teks);
            if (kepala == null) {
                kepala = nilai.stream().map(String::strip).toList();
                continue;
            }
            Map<String, String> peta = new LinkedHashMap<>();
            for (int i = 0; i < kepala.size(); i++) {
                peta.put(kepala.get(i), i < nilai.size() ? nilai.get(i).strip() : "");
            }
            hasil.add(peta);
        }
        return hasil;
    }

    private static List<String> pecah(String teks) {
        List<String> hasil = new ArrayList<>();
        StringBuilder kini = new StringBuilder();
        boolean kutip = false;
        for (int i = 0; i < teks.length(); i++) {
            char c = teks.charAt(i);
            if (kutip) {
                if (c == '"' && i + 1 < teks.length() && teks.charAt(i + 1) == '"') {
                    kini.append('"');
                    i++;
                } else if (c == '"') {
                    kutip = false;
                } else {
                    kini.append(c);
                }
            } else if (c == '"') {
                kutip = true;
            } else if (c == ';') {
                hasil.add(kini.toString());
                kini.setLength(0);
            } else {
                kini.append(c);
            }
        }
        hasil.add(kini.toString());
        return hasil;
    }
}
