package id.pkd.portal.penerbitan;

import java.util.Objects;

/**
 * What a document is about.
 *
 * @param kode stable within the tenant, e.g. {@code pd:12}, {@code pejabat:34}, {@code urusan:1.06}
 * @param nama shown to users
 */
public record SubjekDokumen(String kode, String nama) {
    public SubjekDokumen {
        Objects.requireNonNull(kode, "kode");
        Objects.requireNonNull(nama, "nama");
    }
}
