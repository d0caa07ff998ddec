package dev.followup.etag;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** A write named a version (If-Match) that is no longer the current one: someone else wrote first. */
public class StaleVersionException extends ProblemException {

    public StaleVersionException(String currentTag) {
        super(ProblemType.STALE_VERSION,
                "The resource was changed by another request; its current ETag is " + currentTag
                        + ". Read it again, reapply your change and send the new ETag in If-Match.");
    }

    public StaleVersionException() {
        super(ProblemType.STALE_VERSION, CHANGED_AT_SAME_TIME);
    }
}
