package dev.followup.schedule;

import java.util.UUID;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** No follow-up with this id is visible to the caller: missing and someone else's look the same. */
public class FollowUpNotFoundException extends ProblemException {

    public FollowUpNotFoundException(UUID id) {
        super(ProblemType.NOT_FOUND, "No follow-up with id " + id + " exists.");
    }
}
