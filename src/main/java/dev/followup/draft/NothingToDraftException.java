package dev.followup.draft;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** The follow-up is not a message (move on): there is nothing to write. */
public class NothingToDraftException extends ProblemException {

    NothingToDraftException() {
        super(ProblemType.UNPROCESSABLE, "A move-on recommendation is not a message: there is nothing to draft.");
    }
}
