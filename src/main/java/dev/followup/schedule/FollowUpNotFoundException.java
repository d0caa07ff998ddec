package dev.followup.schedule;

import java.util.UUID;

/** No follow-up with this id is visible to the caller: missing and someone else's look the same. */
public class FollowUpNotFoundException extends RuntimeException {

    public FollowUpNotFoundException(UUID id) {
        super("No follow-up with id " + id + " exists.");
    }
}
