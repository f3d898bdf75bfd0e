package id.pkd.plugin.api;

import java.util.List;
import java.util.Map;

/**
 * Example rows a plugin ships for a demo tenant, identified by its region code. The portal loads
 * them only for demo tenants, through the same validation as the forms.
 *
 * @param kodeWilayah the demo tenant's Kemendagri code, e.g. {@code 63.11}
 * @param formulir the form's kode
 * @param tahun the year, or {@code null} for a form that is not yearly
 * @param baris rows: field kode to value as typed in a form ({@code 1.234}, {@code 2022-03-01}, {@code ya})
 */
public record DataContoh(String kodeWilayah, String formulir, Integer tahun, List<Map<String, String>> baris) {
    public DataContoh {
        Teks.wajib(kodeWilayah, "Kode wilayah data contoh");
        Teks.wajib(formulir, "Formulir data contoh");
        baris = List.copyOf(baris);
    }
}
