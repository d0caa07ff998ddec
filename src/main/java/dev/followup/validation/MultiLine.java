package dev.followup.validation;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Marks a text field of a request that may hold several lines (a draft's body, a signature). Every
 * other text is single-line: the JSON reader refuses line breaks and other control characters in it
 * ({@link Text}), so a field can only be opened up on purpose.
 */
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
public @interface MultiLine {
}
