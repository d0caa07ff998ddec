package dev.followup.problem;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Errors raised by the HTTP layer before a request reaches a resource (a body over the size
 * limit, say) get the same problem document as every other error, instead of an empty body.
 */
@Singleton
class HttpFailureProblems {

    static final String BODY_TOO_LARGE = "The request body is larger than the service accepts.";

    private final long maxBodySize;

    HttpFailureProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        // Ahead of the framework's own limit check, which answers 413 with an empty body.
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizeBody);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handleFailure);
    }

    private void refuseOversizeBody(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBodySize) {
                    respond(context, 413, BODY_TOO_LARGE);
                    return;
                }
            } catch (NumberFormatException e) {
                respond(context, 400, "The Content-Length header is not a number.");
                return;
            }
        }
        context.next();
    }

    private void handleFailure(RoutingContext context) {
        int status = context.statusCode();
        if (context.response().headWritten() || status < 400 || status >= 500) {
            context.next();
            return;
        }
        respond(context, status, status == 413 ? BODY_TOO_LARGE : null);
    }

    private static void respond(RoutingContext context, int status, String detail) {
        Problem problem = Problem.ofStatus(status, detail, context.normalizedPath());
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(Json.encode(problem));
    }
}
