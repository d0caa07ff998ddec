package dev.followup.idempotency;

/** An Idempotency-Key already answered a different request within the retention period. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request in the last 24 hours. Use a new key for a new request.");
    }
}
