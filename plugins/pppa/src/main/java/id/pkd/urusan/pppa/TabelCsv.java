package id.pkd.urusan.pppa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the plugin's own CSV resources (UTF-8, {@code ;}, header row, no quoting). Plugins cannot
 * share code except through the plugin API, so each plugin keeps a copy this small; resources load
 * through this class's loader because under PF4J that is the plugin class loader.
 */
final class TabelCsv {

    private TabelCsv() {}

    static List<Map<String, String>> baca(String sumber) {
        InputStream masuk = TabelCsv.class.getResourceAsStream(sumber);
        if (masuk == null) {
            throw new IllegalStateException("Berkas data tidak ditemukan: " + sumber);
        }
        try (BufferedReader baris = new BufferedReader(new InputStreamReader(masuk, StandardCharsets.UTF_8))) {
            String judul = baris.readLine();
            if (judul == null) {
                throw new IllegalStateException("Berkas data kosong: " + sumber);
            }
            List<String> kolom = Arrays.asList(judul.replace("\uFEFF", "").split(";", -1));
            List<Map<String, String>> hasil = new ArrayList<>();
            int nomor = 1;
            for (String isi = baris.readLine(); isi != null; isi = baris.readLine()) {
                nomor++;
                if (isi.isBlank()) {
                    continue;
                }
                String[] nilai = isi.split(";", -1);
                if (nilai.length != kolom.size()) {
                    throw new IllegalStateException(
                            sumber + " baris " + nomor + ": " + nilai.length + " kolom, seharusnya " + kolom.size());
                }
                Map<String, String> rekaman = new LinkedHashMap<>();
                for (int i = 0; i < nilai.length; i++) {
                    rekaman.put(kolom.get(i), nilai[i].strip());
                }
                hasil.add(rekaman);
            }
            return List.copyOf(hasil);
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas data tidak terbaca: " + sumber, e);
        }
    }
}
