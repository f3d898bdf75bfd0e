package id.pkd.portal.tandatangan;

import java.util.Arrays;

/**
 * What the official types at signing time: the passphrase of the key (local PKCS#12) or NIK and passphrase
 * (BSrE). Never stored; {@link #toString()} hides the passphrase so it cannot reach a log by accident.
 */
public record Kredensial(String nik, char[] passphrase) {

    public static Kredensial passphrase(char[] passphrase) {
        return new Kredensial(null, passphrase);
    }

    /** Overwrites the passphrase once it has been used. */
    public void hapus() {
        if (passphrase != null) {
            Arrays.fill(passphrase, '\0');
        }
    }

    @Override
    public String toString() {
        return "Kredensial[nik=" + nik + ", passphrase=***]";
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
