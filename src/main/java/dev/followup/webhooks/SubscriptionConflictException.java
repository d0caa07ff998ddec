package dev.followup.webhooks;

import dev.followup.problem.Problem;
import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** The owner already subscribed this URL, or has as many subscriptions as allowed. */
public class SubscriptionConflictException extends ProblemException {

    public SubscriptionConflictException(String detail) {
        super(ProblemType.CONFLICT, detail, new Problem.Violation("url", detail));
    }
}
