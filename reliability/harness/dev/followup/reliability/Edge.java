package dev.followup.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The edge of the packaged service, spoken to over raw sockets: what client libraries never send
 * (a body with both Content-Length and Transfer-Encoding, half a request left hanging, oversize heads),
 * the management interface, metric tags, response headers, and the service's log afterwards.
 */
final class Edge {

    /** What came back on a raw connection, whether the service closed it, and after how long. */
    record Exchange(String text, boolean closed, long millis) {

        String statusLine() {
            int end = text.indexOf("\r\n");
            return end < 0 ? text : text.substring(0, end);
        }

        boolean isProblem(int status) {
            return statusLine().startsWith("HTTP/1.1 " + status) && text.contains("application/problem+json")
                    && text.contains("\"status\":" + status);
        }

        long answers() {
            return Pattern.compile("HTTP/1\\.[01] \\d{3}").matcher(text).results().count();
        }
    }

    private final URI base;
    private final URI management;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Edge(String base, String management, String token) {
        this.base = URI.create(base);
        this.management = URI.create(management);
        this.token = token;
    }

    /** Writes the request, stops writing (without closing), and reads until the service closes or {@code wait} passes. */
    Exchange exchange(String request, Duration wait) {
        long started = System.nanoTime();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout((int) wait.toMillis());
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            boolean closed;
            try {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    received.write(buffer, 0, n);
                }
                closed = true;
            } catch (SocketTimeoutException stillOpen) {
                closed = false;
            } catch (IOException reset) {
                closed = true;
            }
            return new Exchange(received.toString(StandardCharsets.ISO_8859_1), closed,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            return new Exchange("", true, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** A request whose head stops half-way, left hanging: the idle timeout must end it. Runs in the background. */
    CompletableFuture<Exchange> halfSentHead(Duration patience) {
        return CompletableFuture.supplyAsync(() -> exchange("GET /interviews HTTP/1.1\r\nHost: x\r\nAuthoriz",
                patience));
    }

    /** A body announced but never finished, left hanging. Runs in the background. */
    CompletableFuture<Exchange> halfSentBody(Duration patience) {
        return CompletableFuture.supplyAsync(() -> exchange("POST /interviews HTTP/1.1\r\nHost: x\r\nAuthorization: "
                + "Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"job",
                patience));
    }

    Exchange contentLengthAndTransferEncoding() {
        return exchange("POST /interviews HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "2\r\n{}\r\n0\r\n\r\nGET /interviews HTTP/1.1\r\nHost: x\r\n\r\n", Duration.ofSeconds(5));
    }

    Exchange earlyAnswer() {
        return exchange("POST /interviews HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 200000\r\n\r\n{\"jobTitle\":\"x\",", Duration.ofSeconds(5));
    }

    Exchange oversizeHead() {
        return exchange("GET /interviews HTTP/1.1\r\nHost: x\r\nX-Padding: " + "a".repeat(30_000) + "\r\n\r\n",
                Duration.ofSeconds(5));
    }

    Exchange oversizeTarget() {
        return exchange("GET /interviews?company=" + "a".repeat(6_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                Duration.ofSeconds(5));
    }

    Exchange oversizeBody() {
        return exchange("POST /interviews HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n{", Duration.ofSeconds(5));
    }

    /** The status of a plain GET, on the main port or the management port. */
    int status(boolean onManagement, String path) {
        return get(onManagement, path, "").statusCode();
    }

    HttpResponse<String> get(boolean onManagement, String path, String bearer) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder((onManagement ? management : base).resolve(path))
                    .timeout(Duration.ofSeconds(10));
            if (!bearer.isEmpty()) {
                request.header("Authorization", "Bearer " + bearer);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Preflights and unmatched methods on made-up paths, then the metric tags on the management port. */
    Set<String> uriTagsAfterMadeUpPaths() {
        for (int i = 0; i < 150; i++) {
            send("OPTIONS", "/made-up-" + i, "Origin", "https://attacker.example", "Access-Control-Request-Method",
                    "GET");
            send("PATCH", "/interviews/" + i, "Accept", "application/json");
        }
        get(false, "/agenda", token);
        String metrics = get(true, "/q/metrics", "").body();
        Matcher uri = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(metrics);
        return uri.results().map(m -> m.group(1)).collect(Collectors.toSet());
    }

    private void send(String method, String path, String... headers) {
        try {
            client.send(HttpRequest.newBuilder(base.resolve(path)).method(method, HttpRequest.BodyPublishers.noBody())
                    .headers(headers).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Registers with a forged Host header: the Location must still name the configured public address. */
    String locationWithForgedHost(String body) {
        Exchange exchange = exchange("POST /interviews HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length
                + "\r\nConnection: close\r\n\r\n" + body, Duration.ofSeconds(10));
        Matcher location = Pattern.compile("(?im)^location: (\\S+)").matcher(exchange.text());
        return location.find() ? location.group(1) : "(none: " + exchange.statusLine() + ")";
    }

    /** Lines of the service's log holding any of the personal strings the suite sent. */
    static List<String> linesWithPersonalData(Path log, List<String> personal) throws IOException {
        if (!Files.exists(log)) {
            return List.of("(no log at " + log + ")");
        }
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> personal.stream().anyMatch(line::contains)).limit(5).toList();
        }
    }
}
