package dev.followup.draft;

import dev.followup.problem.Problem;
import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** The draft needs data the candidate has not supplied yet; the field says which. */
public class MissingDraftDataException extends ProblemException {

    MissingDraftDataException(String field, String message) {
        super(ProblemType.UNPROCESSABLE, message, new Problem.Violation(field, message));
    }
}
