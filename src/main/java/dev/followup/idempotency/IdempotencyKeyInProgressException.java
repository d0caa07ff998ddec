package dev.followup.idempotency;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** Another request with the same Idempotency-Key is still being processed. */
public class IdempotencyKeyInProgressException extends ProblemException {

    public IdempotencyKeyInProgressException() {
        super(ProblemType.CONFLICT,
                "A request with this Idempotency-Key is still being processed. Retry in a moment to get its response.");
    }
}
