package dev.followup.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends one signed delivery and reports what came back, without blocking a thread while it waits: one
 * slow receiver ties up none of the others. Redirects are never followed, and the destination is checked
 * again before every attempt (a name may resolve elsewhere since the subscription was made).
 */
@ApplicationScoped
class Sender {

    /** What one attempt found: a status (none when no answer came), how long it took, and why it failed. */
    record Outcome(Integer status, Duration retryAfter, long latencyMillis, String error) {
    }

    /** A delivery ready to go: where, the event's id, the body, and the secrets to sign with. */
    record Message(String url, String webhookId, String body, List<String> secrets) {
    }

    private static final String USER_AGENT = "interview-followup-webhooks/1";

    /** Receivers compare webhook-timestamp with their own clock: the wall clock, not the domain's. */
    private final Clock wallClock = Clock.systemUTC();
    private final WebhooksConfig config;
    private final HttpClient http;
    /** Name lookups block: they get threads of their own, never the common pool (one thread on two cores). */
    private final ExecutorService lookups = Executors.newFixedThreadPool(8, runnable -> {
        Thread thread = new Thread(runnable, "webhook-lookup");
        thread.setDaemon(true);
        return thread;
    });

    Sender(WebhooksConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Checks the destination (a DNS lookup, off the caller's thread), then sends. */
    CompletableFuture<Outcome> send(Message message) {
        return CompletableFuture.supplyAsync(() -> Destinations.refusal(message.url(),
                new Destinations.Policy(config.allowHttp(), config.allowLoopback()), InetAddress::getAllByName),
                lookups)
                .thenCompose(refusal -> refusal == null
                        ? post(message)
                        : CompletableFuture.completedFuture(new Outcome(null, null, 0, "The URL " + refusal + ".")));
    }

    @PreDestroy
    void stop() {
        lookups.shutdown();
    }

    private CompletableFuture<Outcome> post(Message message) {
        long timestamp = wallClock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(message.url())).timeout(config.timeout())
                .header("Content-Type", "application/json").header("User-Agent", USER_AGENT)
                .header("webhook-id", message.webhookId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature",
                        Signatures.header(message.secrets(), message.webhookId(), timestamp, message.body()))
                .POST(HttpRequest.BodyPublishers.ofString(message.body())).build();
        long started = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                // A receiver that answers its headers in time but never ends its body is cut off too.
                .orTimeout(config.timeout().toMillis() * 2, TimeUnit.MILLISECONDS)
                .handle((response, failure) -> {
                    long latency = (System.nanoTime() - started) / 1_000_000;
                    if (failure == null) {
                        return new Outcome(response.statusCode(), RetrySchedule.retryAfter(
                                response.headers().firstValue("Retry-After").orElse(null), wallClock.instant()),
                                latency, null);
                    }
                    return new Outcome(null, null, latency, describe(failure));
                });
    }

    /** What went wrong, in words that name no personal data (the URL is the receiver's own). */
    private String describe(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        if (cause instanceof HttpTimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
            return "No answer within " + config.timeout().toMillis() + " ms.";
        }
        if (cause instanceof java.net.ConnectException) {
            return "The connection was refused or could not be made.";
        }
        return "The delivery failed: " + cause.getClass().getSimpleName() + ".";
    }
}
