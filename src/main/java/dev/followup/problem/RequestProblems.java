package dev.followup.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Requests the service cannot take as sent: fields that fail validation, bodies Jackson cannot
 * read, missing or refused credentials, and the framework's own HTTP errors (404 route, 405, 406,
 * 415, ...). Each names the field or says what to send instead.
 */
class RequestProblems {

    private static final Logger LOG = Logger.getLogger(RequestProblems.class);

    @ServerExceptionMapper
    Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .distinct()
                .toList();
        return Problems.validation(uri, violations);
    }

    // --- identity: 401 when we do not know who calls, 403 when they may not do this ---

    @ServerExceptionMapper
    Response noCredentials(UnauthorizedException e, UriInfo uri) {
        return Problems.unauthenticated(uri, "This endpoint needs a bearer token: send `Authorization: Bearer <JWT>`.",
                ProblemExceptionMapper.BEARER_CHALLENGE);
    }

    @ServerExceptionMapper
    Response badCredentials(AuthenticationFailedException e, UriInfo uri) {
        return Problems.unauthenticated(uri, "The bearer token was not accepted: it is expired, malformed, not "
                + "signed by a trusted key or from another issuer.", ProblemExceptionMapper.INVALID_TOKEN_CHALLENGE);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.problem(ProblemType.FORBIDDEN, uri,
                "Your token's roles do not allow this: it needs the role candidate or integration.");
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
        return Problems.problem(ProblemType.MALFORMED_BODY, uri,
                "The body could not be read as JSON. Send a JSON object.");
    }

    // --- HTTP-level errors raised by the framework ---

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
            return Problems.problem(ProblemType.INTERNAL, uri, FailureTriage.OUR_FAILURE);
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

    /**
     * The field a bean-validation violation is about, relative to what the client sent: the body's
     * JSON path (the parameter named {@code body} is the root), or a query or header parameter's name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
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
}
