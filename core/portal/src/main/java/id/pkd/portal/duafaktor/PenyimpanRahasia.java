package id.pkd.portal.duafaktor;

import id.pkd.portal.duafaktor.DataDuaFaktor.Akun;
import id.pkd.portal.tandatangan.PenyandiKunciInduk;
import org.springframework.stereotype.Component;

/**
 * TOTP secrets at rest: encrypted under the portal master key and bound to their account, so a secret copied to
 * another account's row does not open.
 */
@Component
class PenyimpanRahasia {

    private final PenyandiKunciInduk kunciInduk;

    PenyimpanRahasia(PenyandiKunciInduk kunciInduk) {
        this.kunciInduk = kunciInduk;
    }

    byte[] sandikan(Akun akun, byte[] rahasia) {
        return kunciInduk.enkripsi(rahasia, akun.konteks());
    }

    byte[] buka(Akun akun, byte[] tersandi) {
        return kunciInduk.dekripsi(tersandi, akun.konteks());
    }
}
