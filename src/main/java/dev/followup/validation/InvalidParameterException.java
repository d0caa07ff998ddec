package dev.followup.validation;

/** A query parameter or header whose value cannot be used; reported as a violation of that field. */
public class InvalidParameterException extends RuntimeException {

    private final String field;

    public InvalidParameterException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
