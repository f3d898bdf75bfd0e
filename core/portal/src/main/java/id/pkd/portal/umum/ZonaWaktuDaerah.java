package id.pkd.portal.umum;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The zone a region's times are read in, and why: from its province code (Keppres 41/1987), from the portal's own
 * setting, or set for the region by the portal operator. Every time a region's users read (a signature stamp, the
 * registry, the audit trail, a document's date) goes through this, never through the server's zone.
 */
public record ZonaWaktuDaerah(ZonaWaktu zona, Asal asal) {

    private static final Locale ID_ID = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", ID_ID);
    private static final DateTimeFormatter WAKTU = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", ID_ID);
    private static final DateTimeFormatter WAKTU_DETIK = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss", ID_ID);

    /** Where the zone came from; the tenant screen says it. */
    public enum Asal {
        KODE_WILAYAH("menurut kode provinsi"),
        PORTAL("pengaturan portal"),
        DAERAH("ditetapkan untuk daerah ini");

        private final String label;

        Asal(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ZonaWaktuDaerah {
        if (zona == null || asal == null) {
            throw new IllegalArgumentException("Zona waktu dan asalnya wajib ada.");
        }
    }

    /**
     * The zone of a region: its own setting wins, then the portal-wide setting, then its province code. Later
     * layers override earlier ones, so an operator's choice for one region is never undone by a portal default.
     *
     * @param pengaturanPortal the portal-wide zone ({@code pkd.zona-waktu}), or {@code null}
     * @param pilihanDaerah the zone the operator set for this region, or {@code null}
     */
    public static ZonaWaktuDaerah tentukan(String kodeWilayah, ZonaWaktu pengaturanPortal, ZonaWaktu pilihanDaerah) {
        if (pilihanDaerah != null) {
            return new ZonaWaktuDaerah(pilihanDaerah, Asal.DAERAH);
        }
        if (pengaturanPortal != null) {
            return new ZonaWaktuDaerah(pengaturanPortal, Asal.PORTAL);
        }
        return new ZonaWaktuDaerah(ZonaWaktu.dariKodeWilayah(kodeWilayah), Asal.KODE_WILAYAH);
    }

    public ZoneId zoneId() {
        return zona.zona();
    }

    /** "WIB", "WITA" or "WIT": the abbreviation Indonesians write, not the JDK's locale-dependent short name. */
    public String singkatan() {
        return zona.name();
    }

    public ZonedDateTime pada(Instant waktu) {
        return waktu.atZone(zoneId());
    }

    public LocalDate hariIni(Clock jam) {
        return LocalDate.ofInstant(jam.instant(), zoneId());
    }

    /** "31 Januari 2023 10:15 WITA". */
    public String waktu(Instant waktu) {
        return waktu == null ? "-" : WAKTU.format(pada(waktu)) + " " + singkatan();
    }

    /** "31 Januari 2023 10:15:42 WITA", where seconds matter (the audit trail, verification). */
    public String waktuDetik(Instant waktu) {
        return waktu == null ? "-" : WAKTU_DETIK.format(pada(waktu)) + " " + singkatan();
    }

    /** "31 Januari 2023". */
    public static String tanggal(LocalDate tanggal) {
        return TANGGAL.format(tanggal);
    }

    /** "WITA (menurut kode provinsi)". */
    public String keterangan() {
        return singkatan() + " (" + asal.label() + ")";
    }
}
