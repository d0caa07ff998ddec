package dev.followup.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import dev.followup.candidate.CandidateProfileNotFoundException;
import dev.followup.draft.MissingDraftDataException;
import dev.followup.draft.NothingToDraftException;
import dev.followup.draft.SavedDraftNotFoundException;
import dev.followup.etag.StaleVersionException;
import dev.followup.etag.VersionRequiredException;
import dev.followup.idempotency.IdempotencyKeyInProgressException;
import dev.followup.idempotency.IdempotencyKeyReusedException;
import dev.followup.identity.ActingForOthersException;
import dev.followup.identity.InvalidTokenException;
import dev.followup.interview.DuplicateRemoteIdException;
import dev.followup.interview.InterviewNotFoundException;
import dev.followup.interview.UnknownProcessException;
import dev.followup.paging.InvalidCursorException;
import dev.followup.schedule.CalendarFeedNotFoundException;
import dev.followup.schedule.FollowUpClosedException;
import dev.followup.schedule.FollowUpNotFoundException;
import dev.followup.schedule.OutcomeTooEarlyException;
import dev.followup.validation.InvalidParameterException;

/**
 * The one place where exceptions become {@code application/problem+json} (RFC 9457). Resources
 * only throw; each exception type has its mapper here, and anything unexpected becomes a generic
 * 500 that is logged once and never shows a class name or stack trace.
 */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String CONCURRENT_CHANGE = "Another change to the same records was saved at the same "
            + "moment. Read them again and retry.";
    private static final String BEARER_CHALLENGE = "Bearer realm=\"interview-followup\"";

    // --- request validation ---

    @ServerExceptionMapper
    Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .distinct()
                .toList();
        return validation(uri, violations);
    }

    @ServerExceptionMapper
    Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return validation(uri, List.of(new Problem.Violation(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    Response invalidCursor(InvalidCursorException e, UriInfo uri) {
        return validation(uri, List.of(new Problem.Violation("cursor", e.getMessage())));
    }

    // --- identity: 401 when we do not know who calls, 403 when they may not do this ---

    @ServerExceptionMapper
    Response noCredentials(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri, "This endpoint needs a bearer token: send `Authorization: Bearer <JWT>`.",
                BEARER_CHALLENGE);
    }

    @ServerExceptionMapper
    Response badCredentials(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri, "The bearer token was not accepted: it is expired, malformed, not signed by a "
                + "trusted key or from another issuer.", BEARER_CHALLENGE + ", error=\"invalid_token\"");
    }

    @ServerExceptionMapper
    Response unusableToken(InvalidTokenException e, UriInfo uri) {
        return unauthenticated(uri, e.getMessage(), BEARER_CHALLENGE + ", error=\"invalid_token\"");
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(ProblemType.FORBIDDEN, uri,
                "Your token's roles do not allow this: it needs the role candidate or integration.");
    }

    @ServerExceptionMapper
    Response actingForOthers(ActingForOthersException e, UriInfo uri) {
        return problem(ProblemType.FORBIDDEN, uri, e.getMessage());
    }

    // --- unreadable bodies: Jackson's exceptions, most specific first ---

    @ServerExceptionMapper
    Response malformedJson(JsonParseException e, UriInfo uri) {
        return JsonProblems.malformed(e, uri);
    }

    @ServerExceptionMapper
    Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return JsonProblems.mismatched(e, uri);
    }

    @ServerExceptionMapper
    Response unmappable(JsonMappingException e, UriInfo uri) {
        return JsonProblems.mismatched(e, uri);
    }

    @ServerExceptionMapper
    Response unreadable(JsonProcessingException e, UriInfo uri) {
        return problem(ProblemType.MALFORMED_BODY, uri, "The body could not be read as JSON. Send a JSON object.");
    }

    // --- domain outcomes ---

    @ServerExceptionMapper
    Response notFound(InterviewNotFoundException e, UriInfo uri) {
        return problem(ProblemType.NOT_FOUND, uri, e.getMessage());
    }

    @ServerExceptionMapper
    Response noProfile(CandidateProfileNotFoundException e, UriInfo uri) {
        return problem(ProblemType.NOT_FOUND, uri, e.getMessage());
    }

    @ServerExceptionMapper
    Response noFollowUp(FollowUpNotFoundException e, UriInfo uri) {
        return problem(ProblemType.NOT_FOUND, uri, e.getMessage());
    }

    @ServerExceptionMapper
    Response noCalendarFeed(CalendarFeedNotFoundException e, UriInfo uri) {
        return problem(ProblemType.NOT_FOUND, uri, e.getMessage());
    }

    @ServerExceptionMapper
    Response noSavedDraft(SavedDraftNotFoundException e, UriInfo uri) {
        return problem(ProblemType.NOT_FOUND, uri, e.getMessage());
    }

    @ServerExceptionMapper
    Response nothingToDraft(NothingToDraftException e, UriInfo uri) {
        return problem(ProblemType.UNPROCESSABLE, uri, e.getMessage());
    }

    @ServerExceptionMapper
    Response missingDraftData(MissingDraftDataException e, UriInfo uri) {
        return build(ProblemType.UNPROCESSABLE, uri, e.getMessage(),
                List.of(new Problem.Violation(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    Response outcomeTooEarly(OutcomeTooEarlyException e, UriInfo uri) {
        return build(ProblemType.UNPROCESSABLE, uri, e.getMessage(),
                List.of(new Problem.Violation("at", e.getMessage())));
    }

    @ServerExceptionMapper
    Response followUpClosed(FollowUpClosedException e, UriInfo uri) {
        return problem(ProblemType.CONFLICT, uri, e.getMessage());
    }

    @ServerExceptionMapper
    Response duplicateRemoteId(DuplicateRemoteIdException e, UriInfo uri) {
        return problem(ProblemType.CONFLICT, uri, e.getMessage());
    }

    @ServerExceptionMapper
    Response unknownProcess(UnknownProcessException e, UriInfo uri) {
        return build(ProblemType.UNPROCESSABLE, uri, e.getMessage(),
                List.of(new Problem.Violation("processId", e.getMessage())));
    }

    /** A unique key that a service did not expect to collide: two writes raced; the loser may retry. */
    @ServerExceptionMapper
    Response concurrentInsert(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (e.getKind() != org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE) {
            return unexpected(e, uri, null);
        }
        return problem(ProblemType.CONFLICT, uri,
                CONCURRENT_CHANGE);
    }

    @ServerExceptionMapper
    Response staleVersion(StaleVersionException e, UriInfo uri) {
        return problem(ProblemType.STALE_VERSION, uri, e.getMessage());
    }

    @ServerExceptionMapper
    Response concurrentWrite(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return lostRace(uri, headers);
    }

    @ServerExceptionMapper
    Response concurrentWrite(StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return lostRace(uri, headers);
    }

    /**
     * Another transaction changed the same rows first: a stale If-Match is 412; a request that sent
     * none (an outcome, say, which also recomputes the plan) lost a race and may simply retry (409).
     */
    private static Response lostRace(UriInfo uri, HttpHeaders headers) {
        if (headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) != null) {
            return problem(ProblemType.STALE_VERSION, uri, new StaleVersionException().getMessage());
        }
        return problem(ProblemType.CONFLICT, uri, CONCURRENT_CHANGE);
    }

    @ServerExceptionMapper
    Response versionRequired(VersionRequiredException e, UriInfo uri) {
        return build(ProblemType.VERSION_REQUIRED, uri, e.getMessage(),
                List.of(new Problem.Violation("If-Match", "is required")));
    }

    @ServerExceptionMapper
    Response keyReused(IdempotencyKeyReusedException e, UriInfo uri) {
        return problem(ProblemType.IDEMPOTENCY_KEY_REUSED, uri, e.getMessage());
    }

    @ServerExceptionMapper
    Response keyInProgress(IdempotencyKeyInProgressException e, UriInfo uri) {
        return problem(ProblemType.CONFLICT, uri, e.getMessage());
    }

    // --- HTTP-level errors raised by the framework (404 route, 405, 406, 415, ...) ---

    @ServerExceptionMapper
    Response http(WebApplicationException e, UriInfo uri) {
        // The JSON reader reports unreadable bodies wrapped in a 400: answer them as such.
        if (e.getCause() instanceof JsonParseException parse) {
            return JsonProblems.malformed(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return JsonProblems.mismatched(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException processing) {
            return unreadable(processing, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", LoggedFailure.of(e));
            return problem(ProblemType.INTERNAL, uri, "The request failed on our side. Retry later.");
        }
        String detail = switch (status) {
            case 404 -> "There is no resource at " + uri.getPath() + ".";
            case 405 -> "This resource does not accept that method.";
            case 406 -> "This resource answers with application/json only.";
            case 413 -> HttpFailureProblems.BODY_TOO_LARGE;
            case 415 -> "Send the body as application/json.";
            default -> null;
        };
        Response.ResponseBuilder response = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.ofStatus(status, detail, uri.getPath()));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow")) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper
    Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        // A version check that fails at commit arrives wrapped by the transaction interceptor.
        if (DatabaseFailures.isStaleWrite(e)) {
            return lostRace(uri, headers);
        }
        if (DatabaseFailures.isLockContention(e)) {
            LOG.info("Lost a race for database locks, answered 409: SQLSTATE " + LoggedFailure.sqlState(e));
            return problem(ProblemType.CONFLICT, uri, CONCURRENT_CHANGE);
        }
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warn("Database unavailable, answered 503: " + LoggedFailure.summary(DatabaseFailures.rootOf(e)));
            return problem(ProblemType.UNAVAILABLE, uri,
                    "The database is not reachable right now. Retry in a few seconds.");
        }
        if (DatabaseFailures.isDataException(e)) {
            // Validation should have caught it; the database's verdict is still the client's problem.
            LOG.warn("The database refused a value of the request, answered 400: SQLSTATE "
                    + LoggedFailure.sqlState(e));
            String field = headers != null && headers.getMediaType() != null ? "body" : "request";
            return Problems.validation(uri, field, "holds a value the service cannot store: check the "
                    + "lengths, ranges and characters of its fields and parameters");
        }
        if (isBodyTimeout(e)) {
            // A body announced and not sent within the read timeout: the framework has closed the
            // connection already, so this answer reaches no one; it is the client's stall, not our failure.
            LOG.debug("The request body did not arrive within the read timeout; the connection was closed");
            return problem(ProblemType.MALFORMED_BODY, uri, "The request body did not arrive in time.");
        }
        if (isClientGone(e)) {
            // The client hung up while sending its body (a load tool stopping, a browser tab closing):
            // no one will read this answer, and it is not our failure.
            LOG.debug("Client closed the connection mid-request");
            return problem(ProblemType.MALFORMED_BODY, uri, "The connection closed before the body was complete.");
        }
        LOG.error("Unexpected error", LoggedFailure.of(e));
        return problem(ProblemType.INTERNAL, uri, "The request failed on our side. Retry later.");
    }

    // --- building ---

    private static Response validation(UriInfo uri, List<Problem.Violation> violations) {
        return Problems.validation(uri, violations);
    }

    private static Response unauthenticated(UriInfo uri, String detail, String challenge) {
        return Problems.unauthenticated(uri, detail, challenge);
    }

    private static Response problem(ProblemType type, UriInfo uri, String detail) {
        return Problems.problem(type, uri, detail);
    }

    private static Response build(ProblemType type, UriInfo uri, String detail, List<Problem.Violation> violations) {
        return Problems.build(type, uri, detail, violations);
    }

    /**
     * The field a bean-validation violation is about, relative to what the client sent: the body's
     * JSON path (the parameter named {@code body} is the root), or a query or header parameter's name.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                if (!"body".equals(node.getName())) {
                    field.append(node.getName());
                }
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty() && node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                field.append('[').append(node.getIndex()).append(']');
                continue;
            }
            if (node.getName() == null || node.getName().isEmpty() || node.getName().startsWith("<")) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static boolean isClientGone(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.core.http.HttpClosedException
                    || t instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    /** The blocking body reader gave up waiting (quarkus.http.read-timeout). */
    private static boolean isBodyTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException && "Read timed out".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
