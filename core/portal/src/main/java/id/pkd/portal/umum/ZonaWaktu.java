package id.pkd.portal.umum;

import java.time.ZoneId;

/**
 * The three Indonesian time zones (Keppres 41/1987), and which one a region keeps, read from the
 * province part of its Kemendagri code. Every time a region's users read (a signature, a history
 * row, a token's last use) is shown in its own zone, never in one zone for the whole country.
 */
public enum ZonaWaktu {
    /** Sumatera, Jawa, Kalimantan Barat and Kalimantan Tengah: UTC+7. */
    WIB("Asia/Jakarta"),
    /** Bali, Nusa Tenggara, Kalimantan Selatan, Timur and Utara, and Sulawesi: UTC+8. */
    WITA("Asia/Makassar"),
    /** Maluku and Papua: UTC+9. */
    WIT("Asia/Jayapura");

    private final ZoneId zona;

    ZonaWaktu(String id) {
        this.zona = ZoneId.of(id);
    }

    public ZoneId zona() {
        return zona;
    }

    /**
     * The zone of a region by its code ({@code 63} or {@code 63.11}), by the province part (Permendagri codes):
     * Sumatera 11–21, Jawa 31–36, Kalimantan Barat 61 and Kalimantan Tengah 62 keep WIB; Bali 51, NTB 52, NTT 53,
     * Kalimantan Selatan 63, Timur 64, Utara 65 and Sulawesi 71–76 keep WITA; Maluku 81, Maluku Utara 82 and Papua
     * 91–96 (Papua, Papua Barat and the 2022 provinces Papua Selatan, Tengah, Pegunungan and Papua Barat Daya, with
     * room for the next) keep WIT. A code outside these (not a province today) is read as WIB, the zone of the
     * capital, rather than refused: the code itself is checked where it is entered.
     */
    public static ZonaWaktu dariKodeWilayah(String kodeWilayah) {
        if (kodeWilayah == null
                || kodeWilayah.length() < 2
                || !kodeWilayah.substring(0, 2).matches("\\d{2}")) {
            throw new IllegalArgumentException("Kode wilayah tidak dikenal: " + kodeWilayah);
        }
        int provinsi = Integer.parseInt(kodeWilayah.substring(0, 2));
        if (provinsi >= 81) {
            return WIT;
        }
        if ((provinsi >= 51 && provinsi <= 53) || (provinsi >= 63 && provinsi <= 76)) {
            return WITA;
        }
        return WIB;
    }
}
