package dev.followup.paging;

import dev.followup.problem.Problem;
import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** A {@code cursor} query parameter that this service did not produce or cannot continue. */
public class InvalidCursorException extends ProblemException {

    public InvalidCursorException(String reason) {
        super(ProblemType.VALIDATION, "cursor " + reason + ".", new Problem.Violation("cursor", reason));
    }
}
