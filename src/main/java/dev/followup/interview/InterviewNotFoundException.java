package dev.followup.interview;

import java.util.UUID;

/** No interview with this id is visible to the caller: missing and someone else's look the same. */
public class InterviewNotFoundException extends RuntimeException {

    public InterviewNotFoundException(UUID id) {
        super("No interview with id " + id + " exists.");
    }
}
