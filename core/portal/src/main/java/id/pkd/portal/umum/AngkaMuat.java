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
import java.math.BigDecimal;

/**
 * A number that must fit its DECIMAL column: at most {@link #bulat()} digits before the decimal
 * point and {@link #desimal()} after (DECIMAL(20,4) is 16 and 4). Extra decimals are refused, not
 * rounded, so what is stored is what was sent; trailing zeros (1,50) do not count. Sizes are judged
 * from precision and scale, never by writing the number out: {@code 1e999999999} is refused without
 * expanding its digits. Null passes.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, TYPE_USE})
@Constraint(validatedBy = AngkaMuat.Pemeriksa.class)
public @interface AngkaMuat {

    int bulat();

    int desimal();

    String message() default "Angka terlalu besar: paling banyak {bulat} angka di depan koma.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Public only because Bean Validation instantiates it by reflection. */
    class Pemeriksa implements ConstraintValidator<AngkaMuat, BigDecimal> {

        private int bulat;
        private int desimal;

        public Pemeriksa() {
            // instantiated by Bean Validation
        }

        @Override
        public void initialize(AngkaMuat anotasi) {
            bulat = anotasi.bulat();
            desimal = anotasi.desimal();
        }

        @Override
        public boolean isValid(BigDecimal angka, ConstraintValidatorContext context) {
            if (angka == null) {
                return true;
            }
            if ((long) angka.precision() - angka.scale() > bulat) {
                return false;
            }
            // bounded by now (the reader caps a number's length), so stripping is cheap
            if (angka.scale() > desimal && angka.stripTrailingZeros().scale() > desimal) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(
                                desimal == 0
                                        ? "Harus bilangan bulat, tanpa angka di belakang koma."
                                        : "Paling banyak " + desimal
                                                + " angka di belakang koma; bulatkan sendiri agar yang tersimpan"
                                                + " sama dengan yang dikirim.")
                        .addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
