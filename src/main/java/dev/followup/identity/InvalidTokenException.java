package dev.followup.identity;

/** A token that verified but cannot identify a caller of this service (no tenant, say): answered 401. */
public class InvalidTokenException extends RuntimeException {

    InvalidTokenException(String message) {
        super(message);
    }
}
