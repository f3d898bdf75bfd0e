package id.pkd.portal.tandatangan;

import org.springframework.stereotype.Component;

/**
 * The portal master key ({@link KunciInduk}) for secrets of other features kept at rest, such as the second
 * factor's TOTP secrets. Every context is prefixed, so a caller outside this package can never name the context
 * of an official's key or of the BSrE credentials and open their ciphertext.
 */
@Component
public class PenyandiKunciInduk {

    private static final String AWALAN = "luar:";

    private final KunciInduk kunci;

    PenyandiKunciInduk(KunciInduk kunci) {
        this.kunci = kunci;
    }

    /** AES-256-GCM under the master key, bound to {@code konteks} (for example the table and row). */
    public byte[] enkripsi(byte[] teksAsli, String konteks) {
        return kunci.enkripsi(teksAsli, AWALAN + konteks);
    }

    public byte[] dekripsi(byte[] tersandi, String konteks) {
        return kunci.dekripsi(tersandi, AWALAN + konteks);
    }
}
