package dev.followup.interview;

import java.util.UUID;

/** A {@code processId} that none of the candidate's interviews belongs to. */
public class UnknownProcessException extends RuntimeException {

    public UnknownProcessException(UUID processId) {
        super("No interview of yours belongs to process " + processId
                + ". Use the processId of an earlier round, or leave it out to start a new process.");
    }
}
