package id.pkd.portal.beranda;

/**
 * The day of the month each SAKIP deadline falls on in a tenant (a day past the month's end is its last day), and
 * how many days after a quarter's end its monitoring is due.
 */
public record KalenderSakip(
        int pkBulan, int pkHari, int monitoringHari, int lkipBulan, int lkipHari, int lkjipBulan, int lkjipHari) {

    /**
     * PermenPANRB 53/2014: PK within a month of the budget (end of January), monitoring 15 days after each quarter,
     * the agencies' LKIP by the end of February, the region's LKjIP by the end of March.
     */
    public static final KalenderSakip BAKU = new KalenderSakip(1, 31, 15, 2, 31, 3, 31);
}
