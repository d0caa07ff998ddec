package dev.followup.webhooks;

import java.util.UUID;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** No subscription with this id belongs to the caller: missing and someone else's look the same. */
public class SubscriptionNotFoundException extends ProblemException {

    public SubscriptionNotFoundException(UUID id) {
        super(ProblemType.NOT_FOUND, "No webhook subscription with id " + id + " exists.");
    }
}
