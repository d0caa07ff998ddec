package dev.followup.problem;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

/** Builds the problem responses of the mappers: one document shape for every error. */
final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class);

    private Problems() {
    }

    /** A 400 naming each field that is not valid. */
    static Response validation(UriInfo uri, List<Problem.Violation> violations) {
        return respond(validation(uri.getPath(), violations));
    }

    static Problem validation(String instance, List<Problem.Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + " " + violations.get(0).message() + "."
                : violations.size() + " fields are not valid: see violations.";
        return document(ProblemType.VALIDATION, instance, detail, violations);
    }

    static Response validation(UriInfo uri, String field, String message) {
        return validation(uri, List.of(new Problem.Violation(field, message)));
    }

    /** RFC 6750: a 401 says which scheme to authenticate with. */
    static Response unauthenticated(UriInfo uri, String detail, String challenge) {
        return Response.fromResponse(problem(ProblemType.UNAUTHENTICATED, uri, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .build();
    }

    static Response problem(ProblemType type, UriInfo uri, String detail) {
        return build(type, uri, detail, null);
    }

    static Response build(ProblemType type, UriInfo uri, String detail, List<Problem.Violation> violations) {
        return respond(document(type, uri.getPath(), detail, violations));
    }

    static Problem document(ProblemType type, String instance, String detail, List<Problem.Violation> violations) {
        return new Problem(type.uri, type.title, type.status, detail, instance, violations);
    }

    static Response respond(Problem problem) {
        // Status and type only: the path may hold a feed's secret, the detail a value of the request.
        LOG.debugf("Answered %d %s", problem.status(), problem.type());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
