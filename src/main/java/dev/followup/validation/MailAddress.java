package dev.followup.validation;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * An email address as people have them: {@code local@domain.tld}, with a dot-atom local part and a
 * domain of at least two labels. Stricter than RFC 5322 (and Bean Validation's {@code @Email}) on
 * purpose: quoted local parts, spaces and the characters that carry meaning in a {@code mailto:}
 * link ({@code ? & % =}) are refused, so an address can never smuggle a header into a draft's link.
 */
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Constraint(validatedBy = MailAddress.Validator.class)
public @interface MailAddress {

    String PATTERN = "^[\\p{L}\\p{N}!#$'*+/^_`{|}~-]+(\\.[\\p{L}\\p{N}!#$'*+/^_`{|}~-]+)*"
            + "@[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?(\\.[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?)+$";

    String message() default "must be an email address such as jane.doe@example.com: letters, digits and "
            + "! # $ ' * + / ^ _ ` { | } ~ - . before the @, a domain with a dot after it; no spaces, quotes, "
            + "? & % or =";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MailAddress, String> {
        private static final Pattern ADDRESS = Pattern.compile(PATTERN);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || (value.length() <= 254 && ADDRESS.matcher(value).matches());
        }
    }
}
