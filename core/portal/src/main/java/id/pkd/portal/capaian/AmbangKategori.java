package id.pkd.portal.capaian;

import java.math.BigDecimal;

/**
 * The lower limits of the kategori bands, each included in its band. Permendagri 86/2017 lists
 * whole numbers (Sangat Tinggi ≥ 91, Tinggi 76–90, Sedang 66–75, Rendah 51–65, Sangat Rendah ≤ 50);
 * read as lower limits they leave no gap for decimals (90,5 is Tinggi, 75,71 is Sedang, as the
 * LKIP acceptance figures require). Tenants that want other limits, e.g. "above 90" (90,01), set
 * their own.
 */
public record AmbangKategori(
        BigDecimal batasSangatTinggi, BigDecimal batasTinggi, BigDecimal batasSedang, BigDecimal batasRendah) {

    /** Permendagri 86/2017: from 91, 76, 66 and 51. */
    public static final AmbangKategori PERMENDAGRI_86_2017 = new AmbangKategori(
            BigDecimal.valueOf(91), BigDecimal.valueOf(76), BigDecimal.valueOf(66), BigDecimal.valueOf(51));

    public AmbangKategori {
        if (batasSangatTinggi == null || batasTinggi == null || batasSedang == null || batasRendah == null) {
            throw new IllegalArgumentException("Keempat batas kategori capaian wajib diisi.");
        }
        if (batasSangatTinggi.compareTo(batasTinggi) <= 0
                || batasTinggi.compareTo(batasSedang) <= 0
                || batasSedang.compareTo(batasRendah) <= 0) {
            throw new IllegalArgumentException("Batas kategori capaian harus menurun: batas Sangat Tinggi > "
                    + "batas Tinggi > batas Sedang > batas Rendah (misalnya 91, 76, 66, 51).");
        }
    }

    /**
     * The band of a capaian as given; callers that print the capaian round it first (see {@link
     * AturanCapaian#kategori(Capaian)}) so that the printed figure and the printed kategori agree.
     */
    public Kategori kategori(BigDecimal capaian) {
        if (capaian == null) {
            throw new IllegalArgumentException("Capaian wajib diisi untuk menentukan kategori.");
        }
        if (capaian.compareTo(batasSangatTinggi) >= 0) {
            return Kategori.SANGAT_TINGGI;
        }
        if (capaian.compareTo(batasTinggi) >= 0) {
            return Kategori.TINGGI;
        }
        if (capaian.compareTo(batasSedang) >= 0) {
            return Kategori.SEDANG;
        }
        if (capaian.compareTo(batasRendah) >= 0) {
            return Kategori.RENDAH;
        }
        return Kategori.SANGAT_RENDAH;
    }

    /** The band as the method table of a report prints it, e.g. "76 s.d. < 91" or "< 51". */
    public String rentang(Kategori kategori) {
        return switch (kategori) {
            case SANGAT_TINGGI -> "≥ " + AngkaIndonesia.formatRingkas(batasSangatTinggi);
            case TINGGI -> antara(batasTinggi, batasSangatTinggi);
            case SEDANG -> antara(batasSedang, batasTinggi);
            case RENDAH -> antara(batasRendah, batasSedang);
            case SANGAT_RENDAH -> "< " + AngkaIndonesia.formatRingkas(batasRendah);
        };
    }

    private static String antara(BigDecimal bawah, BigDecimal atas) {
        return AngkaIndonesia.formatRingkas(bawah) + " s.d. < " + AngkaIndonesia.formatRingkas(atas);
    }
}
