package id.pkd.portal.capaian;

import java.math.BigDecimal;

/** A tenant's capaian settings: where the kategori bands lie and how figures are rounded for print. */
public record AturanCapaian(AmbangKategori ambang, Pembulatan pembulatan) {

    /** What a tenant gets until it chooses otherwise. */
    public static final AturanCapaian BAKU = new AturanCapaian(AmbangKategori.PERMENDAGRI_86_2017, Pembulatan.HALF_UP);

    public AturanCapaian {
        if (ambang == null || pembulatan == null) {
            throw new IllegalArgumentException("Ambang kategori dan cara pembulatan wajib diisi.");
        }
    }

    public BigDecimal bulatkan(BigDecimal nilai) {
        return pembulatan.bulatkan(nilai);
    }

    /**
     * Rounds before comparing with the bands: a capaian of 90,004 is printed as 90,00, and a report
     * that prints 90,00 next to "Sangat Tinggi" contradicts its own method table.
     */
    public Kategori kategori(Capaian capaian) {
        if (capaian == null) {
            throw new IllegalArgumentException("Capaian wajib diisi untuk menentukan kategori.");
        }
        return ambang.kategori(capaian.terbulat(pembulatan));
    }
}
