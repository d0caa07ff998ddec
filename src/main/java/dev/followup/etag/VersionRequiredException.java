package dev.followup.etag;

import dev.followup.problem.Problem;
import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** A write that must name the version it replaces came without an If-Match header. */
public class VersionRequiredException extends ProblemException {

    public VersionRequiredException() {
        super(ProblemType.VERSION_REQUIRED, "Send the ETag you last read in an If-Match header, so that you cannot "
                + "overwrite a change you have not seen.", new Problem.Violation("If-Match", "is required"));
    }
}
