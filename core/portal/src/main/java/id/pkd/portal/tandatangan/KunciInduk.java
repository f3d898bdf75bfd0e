package id.pkd.portal.tandatangan;

import id.pkd.portal.database.MulaiDitolakException;
import id.pkd.portal.umum.PengaturanPkd;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The portal's master key: encrypts officials' PKCS#12 files and BSrE credentials at rest (AES-256-GCM). Taken
 * from {@code pkd.kunci-induk} (base64 of 32 bytes; env {@code PKD_KUNCI_INDUK}). Only a demo installation
 * ({@code pkd.demo} or demo data seeded) generates one in its data directory; any other start without the key
 * is refused, because a key of its own would make a node unable to open what another node encrypted (an
 * official's key on node A, a signature requested on node B: AEADBadTagException, the document stuck).
 *
 * <p>Each ciphertext is bound to its context (table, tenant, row) as associated data, so a blob copied to
 * another tenant's row does not decrypt.
 */
@Component
class KunciInduk {

    private static final byte VERSI = 1;
    private static final int PANJANG_IV = 12;
    private static final SecureRandom ACAK = new SecureRandom();

    private final SecretKeySpec kunci;

    KunciInduk(PengaturanPkd pengaturan) {
        String dariKonfigurasi = pengaturan.kunciInduk();
        Path dataDir = pengaturan.dataDir();
        if (dariKonfigurasi.isBlank()
                && !pengaturan.demo().aktif()
                && !pengaturan.demo().seed()) {
            throw new MulaiDitolakException(
                    "Portal tidak dijalankan: kunci induk belum dikonfigurasi (PKD_KUNCI_INDUK kosong) dan portal"
                            + " tidak dalam mode demo.",
                    "Isi PKD_KUNCI_INDUK dengan base64 dari 32 byte acak (openssl rand -base64 32) yang SAMA di"
                            + " setiap node portal, dan simpan salinannya dengan aman: tanpa kunci ini kunci"
                            + " pejabat dan kredensial BSrE yang tersimpan tidak dapat dibuka. Untuk mencoba"
                            + " portal saja, jalankan dengan PKD_DEMO=true.");
        }
        byte[] bahan =
                dariKonfigurasi.isBlank() ? dariBerkas(dataDir.resolve("kunci/kunci-induk")) : dekode(dariKonfigurasi);
        if (bahan.length != 32) {
            throw new IllegalStateException("pkd.kunci-induk harus base64 dari tepat 32 byte (AES-256).");
        }
        this.kunci = new SecretKeySpec(bahan, "AES");
    }

    byte[] enkripsi(byte[] teksAsli, String konteks) {
        try {
            byte[] iv = new byte[PANJANG_IV];
            ACAK.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, kunci, new GCMParameterSpec(128, iv));
            c.updateAAD(konteks.getBytes(StandardCharsets.UTF_8));
            byte[] sandi = c.doFinal(teksAsli);
            return ByteBuffer.allocate(1 + iv.length + sandi.length)
                    .put(VERSI)
                    .put(iv)
                    .put(sandi)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Enkripsi gagal", e);
        }
    }

    byte[] dekripsi(byte[] tersandi, String konteks) {
        if (tersandi.length < 1 + PANJANG_IV + 16 || tersandi[0] != VERSI) {
            throw new IllegalStateException("Data terenkripsi tidak dikenal");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, kunci, new GCMParameterSpec(128, tersandi, 1, PANJANG_IV));
            c.updateAAD(konteks.getBytes(StandardCharsets.UTF_8));
            return c.doFinal(tersandi, 1 + PANJANG_IV, tersandi.length - 1 - PANJANG_IV);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Data terenkripsi tidak dapat dibuka dengan kunci induk ini", e);
        }
    }

    private static byte[] dekode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("pkd.kunci-induk bukan base64 yang sah.", e);
        }
    }

    private static byte[] dariBerkas(Path berkas) {
        try {
            if (!Files.exists(berkas)) {
                Files.createDirectories(berkas.toAbsolutePath().getParent());
                byte[] baru = new byte[32];
                ACAK.nextBytes(baru);
                Path sementara = Files.createTempFile(
                        berkas.toAbsolutePath().getParent(),
                        ".kunci-induk-",
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(sementara, Base64.getEncoder().encodeToString(baru));
                try {
                    Files.move(sementara, berkas);
                } catch (FileAlreadyExistsException lain) {
                    // Another process created it first; use theirs.
                } finally {
                    Files.deleteIfExists(sementara);
                }
                Arrays.fill(baru, (byte) 0);
            }
            return dekode(Files.readString(berkas));
        } catch (IOException e) {
            throw new UncheckedIOException("Kunci induk tidak dapat dibaca atau dibuat di " + berkas, e);
        }
    }
}
