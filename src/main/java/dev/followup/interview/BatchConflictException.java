package dev.followup.interview;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** A batch met a concurrent write the database refused; it was rolled back whole, so it can be sent again. */
class BatchConflictException extends ProblemException {

    BatchConflictException(int index) {
        super(ProblemType.CONFLICT, "Item " + index + " collided with a concurrent write of the same interview. "
                + "Nothing of this batch was written: send it again.");
    }
}
