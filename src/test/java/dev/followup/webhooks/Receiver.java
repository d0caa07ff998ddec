package dev.followup.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver on localhost for the tests: it keeps every request it gets and answers them as
 * scripted (a status, a delay, a {@code Retry-After}), then 204 once the script runs out.
 */
final class Receiver implements AutoCloseable {

    /** One request as received. */
    record Received(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** One scripted answer. */
    record Answer(int status, long delayMillis, String retryAfter) {
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private final java.util.concurrent.atomic.AtomicInteger active = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            mostAtOnce.accumulateAndGet(active.incrementAndGet(), Math::max);
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Answer answer;
            synchronized (this) {
                received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
                answer = script.isEmpty() ? new Answer(204, 0, null) : script.poll();
            }
            try {
                Thread.sleep(answer.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            active.decrementAndGet();
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    synchronized Receiver answer(int status) {
        script.add(new Answer(status, 0, null));
        return this;
    }

    synchronized Receiver answer(Answer answer) {
        script.add(answer);
        return this;
    }

    /** The most requests it was answering at one time. */
    int mostAtOnce() {
        return mostAtOnce.get();
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Checks a delivery's signature as a receiver would, written apart from the service's own code. */
    static boolean signedWith(String secret, Received request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            String content = request.header("webhook-id") + "." + request.header("webhook-timestamp") + "."
                    + request.body();
            String expected = "v1," + Base64.getEncoder()
                    .encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
            return List.of(request.header("webhook-signature").split(" ")).contains(expected);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
