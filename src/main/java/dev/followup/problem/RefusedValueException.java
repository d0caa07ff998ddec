package dev.followup.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value that was read but is not accepted (text with control characters, a date outside the
 * years the service accepts, ...). Jackson adds the JSON path as it unwinds, so the problem names
 * the field; {@link #reason()} says what to send instead.
 */
public class RefusedValueException extends MismatchedInputException {

    private final String reason;

    public RefusedValueException(JsonParser parser, Class<?> target, String reason) {
        super(parser, reason, target);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
