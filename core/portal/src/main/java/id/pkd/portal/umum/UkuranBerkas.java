package id.pkd.portal.umum;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.util.unit.DataSize;

/**
 * A {@link DataSize} setting between {@code min} and {@code max} (Spring's own notation, "1MB"): Bean Validation
 * has no constraint for it, and a limit of 0 or of gigabytes is a typing error, not a choice.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UkuranBerkas.Pemeriksa.class)
public @interface UkuranBerkas {

    String min() default "1B";

    String max();

    String message() default "harus antara {min} dan {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the bounds; a missing value is left to {@code @NotNull}. */
    class Pemeriksa implements ConstraintValidator<UkuranBerkas, DataSize> {

        private DataSize min;
        private DataSize max;

        @Override
        public void initialize(UkuranBerkas batas) {
            this.min = DataSize.parse(batas.min());
            this.max = DataSize.parse(batas.max());
        }

        @Override
        public boolean isValid(DataSize nilai, ConstraintValidatorContext context) {
            return nilai == null || (nilai.compareTo(min) >= 0 && nilai.compareTo(max) <= 0);
        }
    }
}
