package id.pkd.portal.umum;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;

/**
 * A text that must fit its column: at most {@link #value()} characters as MariaDB counts them in
 * utf8mb4 (code points, so an emoji is one character, not two UTF-16 units). Put it on the field of
 * an imported record with the column's size; {@link BatasKolom#TEKS} for a TEXT column. Null passes:
 * whether a value is required is another rule.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, TYPE_USE})
@Constraint(validatedBy = PanjangMaks.Pemeriksa.class)
public @interface PanjangMaks {

    int value();

    String message() default "Paling banyak {value} karakter.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Public only because Bean Validation instantiates it by reflection. */
    class Pemeriksa implements ConstraintValidator<PanjangMaks, CharSequence> {

        private int maks;

        public Pemeriksa() {
            // instantiated by Bean Validation
        }

        @Override
        public void initialize(PanjangMaks anotasi) {
            maks = anotasi.value();
        }

        @Override
        public boolean isValid(CharSequence teks, ConstraintValidatorContext context) {
            // length() ≥ code points, so the cheap test settles almost every value
            if (teks == null || teks.length() <= maks || Character.codePointCount(teks, 0, teks.length()) <= maks) {
                return true;
            }
            // the figure as users read it: 16.000, not 16000
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(
                            "Paling banyak " + String.format(Locale.forLanguageTag("id"), "%,d", maks) + " karakter.")
                    .addConstraintViolation();
            return false;
        }
    }
}
