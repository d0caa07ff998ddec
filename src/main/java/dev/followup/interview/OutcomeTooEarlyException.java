package dev.followup.interview;

import dev.followup.problem.Problem;
import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/**
 * An outcome for a round that has not taken place (or was cancelled): a rejection of an interview
 * that never happened would cancel its thank-yous and draft a reply about it.
 */
public class OutcomeTooEarlyException extends ProblemException {

    OutcomeTooEarlyException(String message) {
        super(ProblemType.UNPROCESSABLE, message, new Problem.Violation("at", message));
    }
}
