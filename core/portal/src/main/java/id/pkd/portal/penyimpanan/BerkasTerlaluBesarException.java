package id.pkd.portal.penyimpanan;

/** A file larger than a store accepts; the message says the limit in the screens' words. */
public class BerkasTerlaluBesarException extends RuntimeException {

    BerkasTerlaluBesarException(String pesan) {
        super(pesan);
    }
}
