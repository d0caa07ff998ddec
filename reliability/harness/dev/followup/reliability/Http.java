package dev.followup.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The suite's one way to call the service: every call is counted in the tally, and the replies the
 * caller asks about are checked against the OpenAPI contract.
 */
final class Http {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final Tally tally;
    private final Contract contract;

    Http(String base, Tally tally, Contract contract) {
        this.base = base;
        this.tally = tally;
        this.contract = contract;
    }

    /** A request being put together. */
    final class Call {
        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
            headers.put("Accept", "application/json");
        }

        Call token(String token) {
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            return this;
        }

        Call header(String name, String value) {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
            return this;
        }

        Call json(String json) {
            return body(json.getBytes(StandardCharsets.UTF_8), "application/json");
        }

        Call body(byte[] bytes, String contentType) {
            body = bytes;
            return header("Content-Type", contentType);
        }

        /** Sends the call; a transport failure (refused, reset, timed out) is a reply with status 0. */
        Reply send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .method(method, body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                Reply reply = new Reply(method, path, response.statusCode(), response.headers().map(),
                        response.body(), (System.nanoTime() - started) / 1_000_000, null);
                tally.count(reply);
                return reply;
            } catch (IOException e) {
                Reply reply = new Reply(method, path, 0, Map.of(), "", (System.nanoTime() - started) / 1_000_000,
                        e.getClass().getSimpleName() + ": " + e.getMessage());
                tally.count(reply);
                return reply;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        /** Sends the call and checks the reply against the contract, counting any breach in the tally. */
        Reply sendChecked() {
            Reply reply = send();
            if (reply.status() > 0) {
                List<String> breaches = contract.breaches(reply);
                if (!breaches.isEmpty()) {
                    tally.contractBreach(reply, breaches);
                }
            }
            return reply;
        }
    }

    Call get(String path) {
        return new Call("GET", path);
    }

    Call post(String path) {
        return new Call("POST", path);
    }

    Call put(String path) {
        return new Call("PUT", path);
    }

    Call delete(String path) {
        return new Call("DELETE", path);
    }

    Call call(String method, String path) {
        return new Call(method, path);
    }

    /** One answer, or a transport failure (status 0, with the failure in {@code failure}). */
    record Reply(String method, String path, int status, Map<String, List<String>> headers, String body,
            long millis, String failure) {

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        boolean isProblem() {
            return header("Content-Type").map(type -> type.startsWith("application/problem+json")).orElse(false)
                    && body.contains("\"type\"") && body.contains("\"status\"");
        }

        boolean hasStackTrace() {
            return body.contains("\tat ") || body.contains("Exception:") || body.contains(".java:");
        }

        String describe() {
            return method + " " + (path.length() > 120 ? path.substring(0, 120) + "..." : path) + " -> "
                    + (status == 0 ? failure : status + " " + (body.length() > 200 ? body.substring(0, 200) : body));
        }
    }
}
