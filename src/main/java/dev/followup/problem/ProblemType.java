package dev.followup.problem;

import jakarta.ws.rs.core.Response.Status;

/** The kinds of problem this service reports, each with a stable type URI and a title. */
public enum ProblemType {
    VALIDATION("urn:interview-followup:problem:validation", "The request is not valid", Status.BAD_REQUEST),
    MALFORMED_BODY("urn:interview-followup:problem:malformed-body", "The request body is not valid JSON",
            Status.BAD_REQUEST),
    UNAUTHENTICATED("urn:interview-followup:problem:unauthenticated", "A valid bearer token is required",
            Status.UNAUTHORIZED),
    BAD_SIGNATURE("urn:interview-followup:problem:bad-signature", "The webhook's signature does not verify",
            Status.UNAUTHORIZED),
    FORBIDDEN("urn:interview-followup:problem:forbidden", "Not allowed for this caller", Status.FORBIDDEN),
    NOT_FOUND("urn:interview-followup:problem:not-found", "Not found", Status.NOT_FOUND),
    CONFLICT("urn:interview-followup:problem:conflict", "Conflict with an existing resource", Status.CONFLICT),
    STALE_VERSION("urn:interview-followup:problem:stale-version", "The resource has changed since you read it",
            Status.PRECONDITION_FAILED),
    VERSION_REQUIRED("urn:interview-followup:problem:version-required", "An If-Match header is required", 428),
    IDEMPOTENCY_KEY_REUSED("urn:interview-followup:problem:idempotency-key-reused",
            "The Idempotency-Key was used for a different request", 422),
    GONE("urn:interview-followup:problem:gone", "No longer available", Status.GONE),
    UNPROCESSABLE("urn:interview-followup:problem:unprocessable", "The request cannot be processed", 422),
    TOO_MANY_REQUESTS("urn:interview-followup:problem:too-many-requests", "Too many requests", 429),
    UNAVAILABLE("urn:interview-followup:problem:unavailable", "The service is temporarily unavailable",
            Status.SERVICE_UNAVAILABLE),
    INTERNAL("urn:interview-followup:problem:internal", "Internal error", Status.INTERNAL_SERVER_ERROR);

    final String uri;
    final String title;
    final int status;

    ProblemType(String uri, String title, Status status) {
        this(uri, title, status.getStatusCode());
    }

    ProblemType(String uri, String title, int status) {
        this.uri = uri;
        this.title = title;
        this.status = status;
    }
}
