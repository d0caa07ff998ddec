package dev.followup.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers every {@link ProblemException}: the exception names its problem type, detail and field,
 * so a new domain outcome needs no mapper of its own.
 */
class ProblemExceptionMapper {

    static final String BEARER_CHALLENGE = "Bearer realm=\"interview-followup\"";
    static final String INVALID_TOKEN_CHALLENGE = BEARER_CHALLENGE + ", error=\"invalid_token\"";

    @ServerExceptionMapper
    Response answer(ProblemException e, UriInfo uri) {
        if (e.type() == ProblemType.UNAUTHENTICATED) {
            return Problems.unauthenticated(uri, e.getMessage(), INVALID_TOKEN_CHALLENGE);
        }
        List<Problem.Violation> violations = e.violation() == null ? null : List.of(e.violation());
        return Problems.build(e.type(), uri, e.getMessage(), violations);
    }
}
