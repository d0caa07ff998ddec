package dev.followup.idempotency;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** An Idempotency-Key already answered a different request within the retention period. */
public class IdempotencyKeyReusedException extends ProblemException {

    public IdempotencyKeyReusedException() {
        super(ProblemType.IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was already used for a different request in the last 24 hours. Use a new key for a new request.");
    }
}
