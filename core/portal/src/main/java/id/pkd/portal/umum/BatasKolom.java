package id.pkd.portal.umum;

import id.pkd.portal.umum.ValidasiGagalException.Kesalahan;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks the column bounds declared on a record tree ({@link PanjangMaks}, {@link AngkaMuat} and
 * the other Bean Validation constraints) and reports each broken one at its path in the document
 * ({@code perangkatDaerah[0].renstra.tujuan[1].sasaran[0].indikator[2].satuan}, a map entry as
 * {@code target.2022}), so a value that would not fit its column never reaches the driver.
 */
public final class BatasKolom {

    /**
     * Characters of a TEXT column (65,535 bytes): four bytes per character in utf8mb4, rounded down
     * to the figure users are told.
     */
    public static final int TEKS = 16_000;

    /** DECIMAL(20,4): indicator figures, targets, realisasi. */
    public static final int BULAT_ANGKA = 16;

    public static final int DESIMAL_ANGKA = 4;

    /** DECIMAL(19,2): rupiah. */
    public static final int BULAT_RUPIAH = 17;

    public static final int DESIMAL_RUPIAH = 2;

    // The message interpolator without Expression Language: messages only use {attribute}.
    private static final ValidatorFactory PABRIK = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    private static final Validator PEMERIKSA = PABRIK.getValidator();

    private BatasKolom() {}

    /** Every broken bound of the tree, ordered by path; empty when all fit. */
    public static List<Kesalahan> periksa(Object akar) {
        return PEMERIKSA.validate(akar).stream()
                .map(v -> new Kesalahan(path(v), v.getMessage()))
                .sorted(Comparator.comparing(Kesalahan::path))
                .toList();
    }

    static String path(ConstraintViolation<?> v) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node n : v.getPropertyPath()) {
            if (n.isInIterable()) {
                if (n.getIndex() != null) {
                    sb.append('[').append(n.getIndex()).append(']');
                } else if (n.getKey() != null) {
                    sb.append('.').append(n.getKey());
                }
            }
            if (n.getKind() == ElementKind.PROPERTY && n.getName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(n.getName());
            }
        }
        return sb.toString();
    }
}
