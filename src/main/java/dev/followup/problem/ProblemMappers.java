package dev.followup.problem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
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
import dev.followup.validation.InvalidParameterException;
import dev.followup.validation.WireEnum;

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
        return problem(ProblemType.MALFORMED_BODY, uri,
                "The body is not well-formed JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + "). Send a JSON object.");
    }

    @ServerExceptionMapper
    Response wrongType(InvalidFormatException e, UriInfo uri) {
        return mismatched(e, uri);
    }

    @ServerExceptionMapper
    Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return mismatched(e, uri);
    }

    @ServerExceptionMapper
    Response unmappable(JsonMappingException e, UriInfo uri) {
        return mismatched(e, uri);
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
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return mismatched(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException processing) {
            return unreadable(processing, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
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
            LOG.info("Lost a race for database locks, answered 409: " + e.getMessage());
            return problem(ProblemType.CONFLICT, uri, CONCURRENT_CHANGE);
        }
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warn("Database unavailable: " + e.getMessage());
            return problem(ProblemType.UNAVAILABLE, uri,
                    "The database is not reachable right now. Retry in a few seconds.");
        }
        if (isClientGone(e)) {
            // The client hung up while sending its body (a load tool stopping, a browser tab closing):
            // no one will read this answer, and it is not our failure.
            LOG.debug("Client closed the connection mid-request: " + e.getMessage());
            return problem(ProblemType.MALFORMED_BODY, uri, "The connection closed before the body was complete.");
        }
        LOG.error("Unexpected error", e);
        return problem(ProblemType.INTERNAL, uri, "The request failed on our side. Retry later.");
    }

    // --- building ---

    private static Response validation(UriInfo uri, List<Problem.Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + " " + violations.get(0).message() + "."
                : violations.size() + " fields are not valid: see violations.";
        return build(ProblemType.VALIDATION, uri, detail, violations);
    }

    /** RFC 6750: a 401 says which scheme to authenticate with. */
    private static Response unauthenticated(UriInfo uri, String detail, String challenge) {
        return Response.fromResponse(problem(ProblemType.UNAUTHENTICATED, uri, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    private static Response problem(ProblemType type, UriInfo uri, String detail) {
        return build(type, uri, detail, null);
    }

    private static Response build(ProblemType type, UriInfo uri, String detail, List<Problem.Violation> violations) {
        return Response.status(type.status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri, type.title, type.status, detail, uri.getPath(), violations))
                .build();
    }

    private Response mismatched(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e.getPath());
        if (field.isEmpty()) {
            return problem(ProblemType.MALFORMED_BODY, uri, "The body must be a JSON object.");
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == String.class && e instanceof InvalidFormatException) {
            // The only text Jackson reads and then refuses: one holding NUL (system/StrictJson).
            return validation(uri, List.of(new Problem.Violation(field,
                    "must not contain the NUL character (\\u0000)")));
        }
        return validation(uri, List.of(new Problem.Violation(field, expected(target))));
    }

    /** What a value of the target type looks like, in words a client developer can act on. */
    private static String expected(Class<?> target) {
        if (target == null) {
            return "has the wrong type";
        }
        if (target.isEnum()) {
            return "must be one of " + String.join(", ", WireEnum.names(target));
        }
        if (target == OffsetDateTime.class) {
            return "must be an ISO-8601 date-time with an offset, such as 2026-03-06T14:00:00+01:00";
        }
        if (target == LocalDate.class) {
            return "must be an ISO-8601 date, such as 2026-03-13";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be an ISO-8601 date-time";
        }
        if (target == UUID.class) {
            return "must be a UUID such as 0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "must be a number";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
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
            if (t instanceof io.vertx.core.http.HttpClosedException) {
                return true;
            }
        }
        return false;
    }
}
