package dev.followup.interview;

import java.util.UUID;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** No interview with this id is visible to the caller: missing and someone else's look the same. */
public class InterviewNotFoundException extends ProblemException {

    public InterviewNotFoundException(UUID id) {
        super(ProblemType.NOT_FOUND, "No interview with id " + id + " exists.");
    }
}
