package dev.followup.ratelimit;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** The client used its quota of the window; Retry-After says when the next one starts. */
public class RateLimitedException extends ProblemException {

    RateLimitedException(Quota quota, long secondsLeft) {
        super(ProblemType.TOO_MANY_REQUESTS, "Over the limit of " + quota.limit() + " requests per "
                + quota.window().toSeconds() + " s for " + quota.policy() + "s: retry in " + secondsLeft + " s.");
    }
}
