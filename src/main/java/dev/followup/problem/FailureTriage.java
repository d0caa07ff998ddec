package dev.followup.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Failures no resource threw on purpose, sorted by whose they are: a lost race between two writes
 * (409/412, retry), a database that is down (503), a value the database refused (400), a client that
 * went away; anything else is our failure, a 500 logged once with no class name or stack trace in
 * the answer.
 */
class FailureTriage {

    static final String OUR_FAILURE = "The request failed on our side. Retry later.";

    private static final Logger LOG = Logger.getLogger(FailureTriage.class);
    private static final String CONCURRENT_CHANGE = "Another change to the same records was saved at the same "
            + "moment. Read them again and retry.";

    /** A unique key that a service did not expect to collide: two writes raced; the loser may retry. */
    @ServerExceptionMapper
    Response concurrentInsert(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getKind() != ConstraintViolationException.ConstraintKind.UNIQUE) {
            return unexpected(e, uri, headers);
        }
        return Problems.problem(ProblemType.CONFLICT, uri, CONCURRENT_CHANGE);
    }

    @ServerExceptionMapper
    Response concurrentWrite(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return lostRace(uri, headers);
    }

    @ServerExceptionMapper
    Response concurrentWrite(StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return lostRace(uri, headers);
    }

    @ServerExceptionMapper
    Response unexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        // A version check that fails at commit arrives wrapped by the transaction interceptor.
        if (DatabaseFailures.isStaleWrite(e)) {
            return lostRace(uri, headers);
        }
        if (DatabaseFailures.isLockContention(e)) {
            LOG.info("Lost a race for database locks, answered 409: SQLSTATE " + LoggedFailure.sqlState(e));
            return Problems.problem(ProblemType.CONFLICT, uri, CONCURRENT_CHANGE);
        }
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warn("Database unavailable, answered 503: " + LoggedFailure.summary(DatabaseFailures.rootOf(e)));
            return Problems.problem(ProblemType.UNAVAILABLE, uri,
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
            return Problems.problem(ProblemType.MALFORMED_BODY, uri, "The request body did not arrive in time.");
        }
        if (isClientGone(e)) {
            // The client hung up while sending its body (a load tool stopping, a browser tab closing):
            // no one will read this answer, and it is not our failure.
            LOG.debug("Client closed the connection mid-request");
            return Problems.problem(ProblemType.MALFORMED_BODY, uri,
                    "The connection closed before the body was complete.");
        }
        LOG.error("Unexpected error", LoggedFailure.of(e));
        return Problems.problem(ProblemType.INTERNAL, uri, OUR_FAILURE);
    }

    /**
     * Another transaction changed the same rows first: a stale If-Match is 412; a request that sent
     * none (an outcome, say, which also recomputes the plan) lost a race and may simply retry (409).
     */
    private static Response lostRace(UriInfo uri, HttpHeaders headers) {
        if (headers != null && headers.getHeaderString(HttpHeaders.IF_MATCH) != null) {
            return Problems.problem(ProblemType.STALE_VERSION, uri, ProblemException.CHANGED_AT_SAME_TIME);
        }
        return Problems.problem(ProblemType.CONFLICT, uri, CONCURRENT_CHANGE);
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
