package dev.followup.interview;

import java.util.UUID;

import dev.followup.problem.Problem;
import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** A {@code processId} that none of the candidate's interviews belongs to. */
public class UnknownProcessException extends ProblemException {

    public UnknownProcessException(UUID processId) {
        this("No interview of yours belongs to process " + processId
                + ". Use the processId of an earlier round, or leave it out to start a new process.");
    }

    private UnknownProcessException(String message) {
        super(ProblemType.UNPROCESSABLE, message, new Problem.Violation("processId", message));
    }
}
