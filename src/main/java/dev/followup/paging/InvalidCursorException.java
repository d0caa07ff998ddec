package dev.followup.paging;

/** A {@code cursor} query parameter that this service did not produce or cannot continue. */
public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException(String reason) {
        super(reason);
    }
}
