package dev.followup.system;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers every response carries, and the end of connections whose request body was not read.
 * <ul>
 * <li>{@code Cache-Control: private, no-store} unless a response says otherwise: answers hold
 * personal data (names, emails, plans), which no cache on the way may keep;</li>
 * <li>{@code X-Content-Type-Options: nosniff}: a browser never guesses another media type;</li>
 * <li>{@code Retry-After} on every 503 (the database away, a readiness check while shutting down);</li>
 * <li>a response sent before the request's body was fully read (a 401 to a large POST, say) closes
 * the connection, so that the rest of that body is never read on as the start of a next request.</li>
 * </ul>
 */
@Singleton
class ResponseHeaders {

    static final String NO_STORE = "private, no-store";
    /** How soon a client may retry a 503: the database back, or another replica taking over. */
    static final String RETRY_AFTER_SECONDS = "5";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::decorate);
    }

    /** Health and metrics in production: a readiness 503 says when to look again, too. */
    void install(@Observes ManagementInterface management) {
        management.router().route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ignored -> retryAfter(context.response()));
            context.next();
        });
    }

    private static void retryAfter(HttpServerResponse response) {
        if (response.getStatusCode() == 503 && !response.headers().contains(HttpHeaders.RETRY_AFTER)) {
            response.headers().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
    }

    private void decorate(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        context.addHeadersEndHandler(ignored -> {
            response.headers().set("X-Content-Type-Options", "nosniff");
            if (!response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
                response.headers().set(HttpHeaders.CACHE_CONTROL, NO_STORE);
            }
            if (bodyUnread(request)) {
                response.headers().set(HttpHeaders.CONNECTION, "close");
            }
            retryAfter(response);
        });
        context.addEndHandler(ignored -> {
            if (bodyUnread(request)) {
                request.connection().close();
            }
        });
        context.next();
    }

    /**
     * An HTTP/1 request that announced a body and has not delivered all of it. (On HTTP/2 the stream
     * ends with the answer; the connection carries other requests.)
     */
    private static boolean bodyUnread(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return request.version() != HttpVersion.HTTP_2 && length != null && !"0".equals(length.strip())
                && !request.isEnded();
    }
}
