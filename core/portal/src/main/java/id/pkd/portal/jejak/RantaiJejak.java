package id.pkd.portal.jejak;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The canonical serialisation and hash of one audit entry, version 1. An auditor can recompute it
 * with SQL alone (see README), so it is deliberately plain:
 *
 * <pre>
 * "pkd-jejak-v1\n"
 * tenant_id "\n" urut "\n" t(jenis_data) "\n" data_id "\n" t(isian) "\n"
 * t(nilai_lama) "\n" t(nilai_baru) "\n" t(oleh) "\n" pada "\n" hash_sebelum
 * </pre>
 *
 * where numbers are decimal, {@code pada} is the epoch milliseconds of the stored timestamp, and
 * {@code t(x)} is {@code ~} for NULL, otherwise the UTF-8 byte length of x, a colon and x itself, so
 * no value can imitate a separator. The hash is the lower-case hex SHA-256 of the UTF-8 bytes. The
 * first entry of a tenant links to {@link #AWAL}.
 */
final class RantaiJejak {

    static final String VERSI = "pkd-jejak-v1";
    /** The "previous hash" of a tenant's first entry. */
    static final String AWAL = "0".repeat(64);

    /**
     * The zone the chain's days are cut in (one anchor per region per day). Kept at WIB for every region: anchors
     * already stored name their day in it, and a day boundary is bookkeeping, not a time anyone reads; the trail
     * itself is shown in each region's zone.
     */
    static final String ID_ZONA_JANGKAR = "Asia/Jakarta";

    static final java.time.ZoneId ZONA_JANGKAR = java.time.ZoneId.of(ID_ZONA_JANGKAR);

    private RantaiJejak() {}

    /** The stored precision of {@code pada}: TIMESTAMP(3). The hash covers exactly what is stored. */
    static Instant presisi(Instant pada) {
        return pada.truncatedTo(ChronoUnit.MILLIS);
    }

    static String hash(
            long tenantId,
            long urut,
            String jenisData,
            long dataId,
            String isian,
            String nilaiLama,
            String nilaiBaru,
            String oleh,
            Instant pada,
            String hashSebelum) {
        String kanonik = VERSI + "\n" + tenantId + "\n" + urut + "\n" + teks(jenisData) + "\n" + dataId + "\n"
                + teks(isian) + "\n" + teks(nilaiLama) + "\n" + teks(nilaiBaru) + "\n" + teks(oleh) + "\n"
                + presisi(pada).toEpochMilli() + "\n" + hashSebelum;
        return sha256(kanonik);
    }

    static String hash(JejakAudit j) {
        return hash(
                j.tenantId(),
                j.urut(),
                j.jenisData(),
                j.dataId(),
                j.isian(),
                j.nilaiLama(),
                j.nilaiBaru(),
                j.oleh(),
                j.pada(),
                j.hashSebelum());
    }

    private static String teks(String nilai) {
        return nilai == null ? "~" : nilai.getBytes(StandardCharsets.UTF_8).length + ":" + nilai;
    }

    private static String sha256(String teks) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(teks.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
