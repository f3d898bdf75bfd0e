package id.pkd.portal.penyimpanan;

import id.pkd.portal.tenant.TenantId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the contents of uploaded files live (evidence of a realisasi, a region's logo): the database (default) or
 * an S3-compatible store, chosen by {@code pkd.penyimpanan.jenis}. Never a node's own disk, so a file uploaded on
 * one node of a cluster is read on any other. Every key belongs to one tenant: the same key of another tenant is
 * another file, and a tenant never reaches a key of another.
 */
public interface PenyimpananBerkas {

    /** Keys are short paths of safe characters ("bukti/&lt;sha256&gt;", "logo"), never climbing out of the tenant. */
    Pattern POLA_KUNCI = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}(/[a-z0-9][a-z0-9._-]{0,99})?");

    /**
     * Stores the content under the key of this tenant, replacing what the key held.
     *
     * @throws BerkasTerlaluBesarException when the content exceeds what the store accepts
     */
    void simpan(TenantId tenant, String kunci, byte[] isi);

    /** The content under the key of this tenant; empty when this tenant has nothing under it. */
    Optional<byte[]> baca(TenantId tenant, String kunci);

    /** Whether this tenant has content under the key, without reading it. */
    boolean ada(TenantId tenant, String kunci);

    /** Removes the key of this tenant; nothing happens when it holds nothing. */
    void hapus(TenantId tenant, String kunci);

    /** The store's name for logs and the settings screen: "database" or "s3 (bucket …)". */
    String nama();

    /**
     * Throws when the store cannot be reached now (readiness). The database store has nothing of its own to check:
     * the database's own readiness covers it.
     */
    default void periksaTerjangkau() {}

    /** A key as the stores accept it, or the reason it is not. */
    static String periksaKunci(String kunci) {
        if (kunci == null || !POLA_KUNCI.matcher(kunci).matches()) {
            throw new IllegalArgumentException("Kunci berkas tidak sah: " + kunci);
        }
        return kunci;
    }
}
