package id.pkd.portal.perencanaan;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The civil-service ranks an official's record must follow (PP 99/2000 for pangkat and golongan;
 * the eselon levels of a regional agency, with JF for functional officials). One place for the
 * import and the officials screen.
 */
public final class AturanPejabat {

    static final Pattern GOLONGAN = Pattern.compile("(I|II|III|IV)/[a-e]");

    public static final List<String> ESELON = List.of("II.a", "II.b", "III.a", "III.b", "IV.a", "IV.b", "JF");

    /** The pangkat that goes with each golongan ruang, in order. */
    public static final Map<String, String> PANGKAT = Map.ofEntries(
            Map.entry("I/a", "Juru Muda"),
            Map.entry("I/b", "Juru Muda Tingkat I"),
            Map.entry("I/c", "Juru"),
            Map.entry("I/d", "Juru Tingkat I"),
            Map.entry("II/a", "Pengatur Muda"),
            Map.entry("II/b", "Pengatur Muda Tingkat I"),
            Map.entry("II/c", "Pengatur"),
            Map.entry("II/d", "Pengatur Tingkat I"),
            Map.entry("III/a", "Penata Muda"),
            Map.entry("III/b", "Penata Muda Tingkat I"),
            Map.entry("III/c", "Penata"),
            Map.entry("III/d", "Penata Tingkat I"),
            Map.entry("IV/a", "Pembina"),
            Map.entry("IV/b", "Pembina Tingkat I"),
            Map.entry("IV/c", "Pembina Utama Muda"),
            Map.entry("IV/d", "Pembina Utama Madya"),
            Map.entry("IV/e", "Pembina Utama"));

    public static final List<String> GOLONGAN_URUT = PANGKAT.keySet().stream()
            .sorted((a, b) -> {
                int ra = List.of("I", "II", "III", "IV").indexOf(a.substring(0, a.indexOf('/')));
                int rb = List.of("I", "II", "III", "IV").indexOf(b.substring(0, b.indexOf('/')));
                return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
            })
            .toList();

    public static final String PESAN_GOLONGAN = "Golongan ditulis seperti \"IV/c\" atau \"III/a\".";
    public static final String PESAN_ESELON_KOSONG =
            "Eselon wajib dipilih: II.a sampai IV.b, atau JF untuk pejabat fungsional.";
    public static final String PESAN_ESELON = "Eselon salah satu dari II.a, II.b, III.a, III.b, IV.a, IV.b atau JF.";

    private AturanPejabat() {}

    public static boolean golonganSah(String golongan) {
        return golongan != null && GOLONGAN.matcher(golongan).matches();
    }

    public static boolean eselonSah(String eselon) {
        // an immutable list's contains(null) throws; an official without eselon is simply invalid
        return eselon != null && ESELON.contains(eselon);
    }
}
