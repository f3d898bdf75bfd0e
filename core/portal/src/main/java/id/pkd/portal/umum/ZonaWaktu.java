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
     * The zone of a region by its code ({@code 63} or {@code 63.11}): provinces 11–36 (Sumatera, Jawa)
     * and 61–62 (Kalimantan Barat, Tengah) keep WIB; 51–53 (Bali, NTB, NTT), 63–65 (Kalimantan Selatan,
     * Timur, Utara) and 71–76 (Sulawesi) keep WITA; 81–82 (Maluku) and 91–96 (Papua) keep WIT.
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
        if ((provinsi >= 51 && provinsi <= 53) || provinsi >= 63) {
            return WITA;
        }
        return WIB;
    }
}
