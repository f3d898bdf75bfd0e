package id.pkd.portal.jejak;

/**
 * The verdict on a tenant's chain: intact or not, how many entries it holds, and the first broken
 * entry ({@code null} when intact).
 */
public record HasilVerifikasi(boolean utuh, long jumlah, EntriRusak pertamaRusak) {}
