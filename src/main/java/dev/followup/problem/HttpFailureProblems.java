package dev.followup.problem;

import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The edge of the HTTP server: what is refused before a request reaches a resource gets the same
 * problem document as every other error, instead of an empty body, and a connection that may still
 * carry an unread body is closed after the answer.
 * <ul>
 * <li>(a request with both {@code Content-Length} and {@code Transfer-Encoding}, the shape request
 * smuggling relies on, never gets here: Netty refuses it and closes the connection, RFC 9112 6.1);</li>
 * <li>a declared body over the size limit (413), header fields over their limit (431), a request
 * target over its limit (414); Netty's own limits are set higher, so that these answers are ours;</li>
 * <li>any other 4xx the router fails a request with.</li>
 * </ul>
 */
@Singleton
class HttpFailureProblems {

    /** How far over the limit a declared body is still read (and dropped) to answer its 413 whole. */
    private static final long DRAINED_MULTIPLE = 8;

    static final String BODY_TOO_LARGE = "The request body is larger than the service accepts.";

    private final long maxBodySize;
    private final long maxHeaderBytes;
    private final int maxTargetLength;

    HttpFailureProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "followup.http.max-header-size", defaultValue = "20K") MemorySize maxHeaderBytes,
            @ConfigProperty(name = "followup.http.max-target-length", defaultValue = "4096") int maxTargetLength) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxHeaderBytes = maxHeaderBytes.asLongValue();
        this.maxTargetLength = maxTargetLength;
    }

    void install(@Observes Router router) {
        // Ahead of the framework's own checks, which answer with an empty body.
        router.route().order(Integer.MIN_VALUE + 1).handler(this::refuseAtTheEdge);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handleFailure);
    }

    private void refuseAtTheEdge(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > maxTargetLength) {
            respond(context, 414, "The request target is longer than " + maxTargetLength + " characters.");
            return;
        }
        if (headerBytes(request) > maxHeaderBytes) {
            respond(context, 431, "The request's header fields are larger than " + maxHeaderBytes
                    + " bytes together.");
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null) {
            try {
                long declared = Long.parseLong(length.strip());
                if (declared > maxBodySize) {
                    refuseTheBody(context, declared);
                    return;
                }
            } catch (NumberFormatException e) {
                respond(context, 400, "The Content-Length header is not a number.");
                return;
            }
        }
        context.next();
    }

    /**
     * A declared body over the limit is read on and dropped before the 413 goes, up to a bound: a client
     * that sends its whole body before it reads (most do) would otherwise write into a connection closed on
     * unread bytes, which resets it, and lose the answer. Past the bound, or on HTTP/2, it is refused at once.
     */
    private void refuseTheBody(RoutingContext context, long declared) {
        HttpServerRequest request = context.request();
        if (declared > maxBodySize * DRAINED_MULTIPLE || request.version() == HttpVersion.HTTP_2) {
            respond(context, 413, BODY_TOO_LARGE);
            return;
        }
        request.handler(dropped -> {
        });
        request.exceptionHandler(failure -> request.connection().close()); // the read timeout, say
        request.endHandler(done -> respond(context, 413, BODY_TOO_LARGE));
        request.resume();
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    private void handleFailure(RoutingContext context) {
        int status = context.statusCode();
        if (context.response().headWritten() || status < 400 || status >= 500) {
            context.next();
            return;
        }
        respond(context, status, status == 413 ? BODY_TOO_LARGE : null);
    }

    /** Answers and closes the connection: whatever the client still sends is not read on. */
    private static void respond(RoutingContext context, int status, String detail) {
        Problem problem = Problem.ofStatus(status, detail, context.normalizedPath());
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(Json.encode(problem));
        // At once, not when the write completes: a request pipelined behind this one (smuggled in its
        // body, say) must never be dispatched. HTTP/2 has neither pipelining nor Transfer-Encoding, and
        // its connection carries other requests' streams.
        if (context.request().version() != HttpVersion.HTTP_2) {
            context.request().connection().close();
        }
    }
}
