package dev.followup.identity;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** A token that verified but cannot identify a caller of this service (no tenant, say): answered 401. */
public class InvalidTokenException extends ProblemException {

    InvalidTokenException(String message) {
        super(ProblemType.UNAUTHENTICATED, message);
    }
}
