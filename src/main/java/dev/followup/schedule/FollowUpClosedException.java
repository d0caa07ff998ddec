package dev.followup.schedule;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** A follow-up that was skipped, cancelled or done cannot become something else. */
public class FollowUpClosedException extends ProblemException {

    FollowUpClosedException(String message) {
        super(ProblemType.CONFLICT, message);
    }
}
