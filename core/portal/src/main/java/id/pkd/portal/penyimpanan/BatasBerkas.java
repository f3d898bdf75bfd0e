package id.pkd.portal.penyimpanan;

import id.pkd.portal.umum.PengaturanPkd;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.util.unit.DataSize;

/**
 * The largest file a store keeps: the container's limit for one upload ({@code pkd.unggah.berkas-maks}), since every
 * stored file came through an upload. Each feature checks its own, smaller limit first and says so at its field; this
 * is the floor under all of them.
 */
record BatasBerkas(DataSize maks) {

    static BatasBerkas dari(PengaturanPkd pengaturan) {
        return new BatasBerkas(pengaturan.unggah().berkasMaks());
    }

    void periksa(byte[] isi) {
        if (isi == null) {
            throw new IllegalArgumentException("Isi berkas kosong (null)");
        }
        if (isi.length > maks.toBytes()) {
            throw new BerkasTerlaluBesarException(
                    "Berkas terlalu besar untuk disimpan: paling besar " + PengaturanPkd.teks(maks) + ".");
        }
    }

    static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
