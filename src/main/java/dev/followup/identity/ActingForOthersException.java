package dev.followup.identity;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** A candidate named someone else in On-Behalf-Of: only integrations act for other people. */
public class ActingForOthersException extends ProblemException {

    ActingForOthersException() {
        super(ProblemType.FORBIDDEN,
                "A candidate acts only for themselves: leave On-Behalf-Of out, or set it to your own user id.");
    }
}
