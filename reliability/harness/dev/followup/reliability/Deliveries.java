package dev.followup.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Events out under load: a webhook receiver on localhost that can be taken down and brought back, and a
 * live-stream follower that disconnects and resumes with Last-Event-ID. What they received is compared
 * with the events in the database, and every delivery's signature is checked by the standardwebhooks
 * npm package (an implementation independent of the service's).
 */
final class Deliveries implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One delivery as received: its headers that matter and its body. */
    record Received(String id, String timestamp, String signature, String body) {
    }

    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicReference<com.sun.net.httpserver.HttpServer> server = new AtomicReference<>();
    final AtomicInteger answeredWhileUp = new AtomicInteger();

    Deliveries() throws IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        up();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    /** Starts answering 204 to every delivery, on the same port as before. */
    synchronized void up() throws IOException {
        var http = com.sun.net.httpserver.HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
        http.setExecutor(Executors.newFixedThreadPool(8));
        http.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body));
            answeredWhileUp.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        http.start();
        server.set(http);
    }

    /** Stops listening: deliveries meet a refused connection until {@link #up()}. */
    synchronized void down() {
        var http = server.getAndSet(null);
        if (http != null) {
            http.stop(0);
        }
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Subscribes an integration's whole tenant; returns the signing secret. */
    static String subscribe(String base, String token, String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/webhook-subscriptions")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"" + url + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("subscribing answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("secret").asText();
    }

    /**
     * Every event id of these tenants in the database, committed whether numbered yet or not: each must reach
     * the webhook receiver.
     */
    static Map<String, List<String>> eventIds(String jdbc, Set<String> tenants) throws Exception {
        return eventIds(jdbc, tenants, "select id from event where tenant_id = ? order by feed_position");
    }

    /**
     * Every numbered event id of these tenants, in feed order per tenant: what a stream can have received (an
     * event still waiting for its number is in no feed yet; the service numbers it when the feed is next read).
     */
    static Map<String, List<String>> feedIds(String jdbc, Set<String> tenants) throws Exception {
        return eventIds(jdbc, tenants,
                "select id from event where tenant_id = ? and feed_position is not null order by feed_position");
    }

    private static Map<String, List<String>> eventIds(String jdbc, Set<String> tenants, String sql) throws Exception {
        Map<String, List<String>> ids = new HashMap<>();
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
                PreparedStatement query = db.prepareStatement(sql)) {
            for (String tenant : tenants) {
                List<String> of = new ArrayList<>();
                query.setString(1, tenant);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        of.add(rows.getString(1));
                    }
                }
                ids.put(tenant, of);
            }
        }
        return ids;
    }

    /** Waits until every one of {@code expected} has arrived at least once, or {@code patience} runs out. */
    Set<String> awaitAll(Set<String> expected, Duration patience) throws InterruptedException {
        long until = System.nanoTime() + patience.toNanos();
        Set<String> missing = ConcurrentHashMap.newKeySet();
        do {
            missing.clear();
            missing.addAll(expected);
            received.forEach(r -> missing.remove(r.id()));
            if (missing.isEmpty()) {
                break;
            }
            Thread.sleep(2_000);
        } while (System.nanoTime() < until);
        return missing;
    }

    /**
     * Checks every delivery with the standardwebhooks npm package; returns "verified/total" as counted by it.
     * Each message is verified as of its own timestamp: the package's five-minute tolerance is about the
     * receiver's clock, which is not what is tested here.
     */
    static String verifyWithNpm(List<Received> deliveries, Map<String, String> secretByTenant, Path work)
            throws Exception {
        Path messages = work.resolve("deliveries.jsonl");
        StringBuilder lines = new StringBuilder();
        for (Received delivery : deliveries) {
            JsonNode body = JSON.readTree(delivery.body());
            ObjectNode line = JSON.createObjectNode();
            line.put("secret", secretByTenant.get(body.get("tenantId").asText()));
            line.put("id", delivery.id());
            line.put("timestamp", delivery.timestamp());
            line.put("signature", delivery.signature());
            line.put("body", delivery.body());
            lines.append(JSON.writeValueAsString(line)).append('\n');
        }
        Files.writeString(messages, lines);
        Process node = new ProcessBuilder("node", "reliability/verify-webhooks.js", messages.toString())
                .redirectErrorStream(true).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return node.waitFor() == 0 ? out : "failed: " + out;
    }

    @Override
    public void close() {
        down();
    }

    /** A live stream of one tenant's events (an integration), that can drop and resume with Last-Event-ID. */
    static final class Follower {

        private final String base;
        private final String token;
        final List<String> ids = new CopyOnWriteArrayList<>();
        final AtomicInteger keepAlives = new AtomicInteger();
        final AtomicInteger reconnects = new AtomicInteger();
        private final AtomicReference<String> lastEventId = new AtomicReference<>();
        private final AtomicReference<InputStream> open = new AtomicReference<>();
        private final AtomicBoolean stopped = new AtomicBoolean();
        private Thread reader;

        Follower(String base, String token) {
            this.base = base;
            this.token = token;
        }

        /** Follows from the next event on; reconnects (with the last id) whenever the stream ends. */
        void start() {
            reader = new Thread(this::follow, "sse-follower");
            reader.setDaemon(true);
            reader.start();
        }

        /** Drops the connection, as a phone going through a tunnel: the follower resumes at once. */
        void drop() throws IOException {
            InputStream stream = open.get();
            if (stream != null) {
                stream.close();
            }
        }

        void stop() throws IOException {
            stopped.set(true);
            drop();
        }

        private void follow() {
            HttpClient client = HttpClient.newHttpClient();
            while (!stopped.get()) {
                try {
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/events/stream"))
                            .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
                    if (lastEventId.get() != null) {
                        request.header("Last-Event-ID", lastEventId.get());
                    }
                    HttpResponse<InputStream> response = client.send(request.build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                    open.set(response.body());
                    read(response.body());
                } catch (IOException | RuntimeException e) {
                    // dropped, or the service restarting: resume below
                } catch (InterruptedException e) {
                    return;
                }
                if (!stopped.get()) {
                    reconnects.incrementAndGet();
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        private void read(InputStream body) throws IOException {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String id = null;
                String data = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith(":")) {
                        keepAlives.incrementAndGet();
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("data:")) {
                        data = line.substring(5).strip();
                    } else if (line.isEmpty() && data == null && id != null) {
                        lastEventId.set(id); // a position mark (at the start, or a keep-alive): no event
                        id = null;
                    } else if (line.isEmpty() && data != null) {
                        ids.add(JSON.readTree(data).get("id").asText());
                        lastEventId.set(id);
                        id = null;
                        data = null;
                    }
                }
            }
        }
    }
}
