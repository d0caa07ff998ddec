package dev.followup.idempotency;

/** Another request with the same Idempotency-Key is still being processed. */
public class IdempotencyKeyInProgressException extends RuntimeException {

    public IdempotencyKeyInProgressException() {
        super("A request with this Idempotency-Key is still being processed. Retry in a moment to get its response.");
    }
}
