package dev.followup.problem;

/**
 * An outcome of a request that the client is told about as a problem document: each feature's
 * exceptions extend this and name their {@link ProblemType}, so that one mapper answers them all and
 * this package knows no feature.
 */
public abstract class ProblemException extends RuntimeException {

    /** What a write that lost a race to another one is told, whichever layer noticed. */
    protected static final String CHANGED_AT_SAME_TIME = "The resource was changed by another request at the same "
            + "time. Read it again, reapply your change and send the new ETag in If-Match.";

    private final ProblemType type;
    private final Problem.Violation violation;

    /** A problem whose detail is the message. */
    protected ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    /** A problem about one field: the detail, and the field with what is wrong with it. */
    protected ProblemException(ProblemType type, String detail, Problem.Violation violation) {
        super(detail, null, false, false); // expected outcomes: no stack trace to fill
        this.type = type;
        this.violation = violation;
    }

    public ProblemType type() {
        return type;
    }

    /** The field the problem is about, or null. */
    public Problem.Violation violation() {
        return violation;
    }
}
