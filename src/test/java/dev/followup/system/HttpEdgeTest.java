package dev.followup.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dev.followup.contract.Database;
import dev.followup.identity.DevToken;

import static dev.followup.contract.Api.CANDIDATE;
import static dev.followup.contract.Api.TENANT;
import static dev.followup.contract.Api.api;
import static dev.followup.contract.Api.raw;
import static dev.followup.contract.InterviewJson.interview;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The edge of the HTTP server, spoken to over raw sockets where a client library would tidy the
 * request: smuggling-shaped bodies, early answers, oversize heads, and the headers and addresses
 * every answer carries.
 */
@QuarkusTest
class HttpEdgeTest {

    @Inject
    Database database;

    private static final String PUBLIC_BASE = "http://localhost:8081";

    @TestHTTPResource("/")
    URL server;

    /** What came back on a raw connection, and whether the server closed it afterwards. */
    record Exchange(String text, boolean closed) {

        String statusLine() {
            return text.isEmpty() ? "" : text.substring(0, text.indexOf("\r\n"));
        }

        String body() {
            return text.substring(text.indexOf("\r\n\r\n") + 4);
        }
    }

    private Exchange send(String head, String body) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(3000);
            socket.getOutputStream().write((head + body).getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            boolean closed = false;
            try {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    received.write(buffer, 0, n);
                }
                closed = true;
            } catch (SocketTimeoutException stillOpen) {
                closed = false;
            }
            return new Exchange(received.toString(StandardCharsets.UTF_8), closed);
        }
    }

    private static String token() {
        return DevToken.candidate(CANDIDATE, TENANT).sign();
    }

    @Test
    void aBodyWithBothContentLengthAndTransferEncodingIsRefusedAndTheConnectionClosed() throws IOException {
        String body = "2\r\n{}\r\n0\r\n\r\nGET /interviews HTTP/1.1\r\nHost: x\r\n\r\n";
        Exchange exchange = send("POST /interviews HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token()
                + "\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n",
                body);
        // Netty refuses the pair before any handler of ours runs (an empty 400, see README)
        assertThat(exchange.statusLine()).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(exchange.text()).containsOnlyOnce("HTTP/1.1"); // the request smuggled in the body is never answered
        assertThat(exchange.closed()).isTrue();
        assertThat(database.count("interview")).isZero();
    }

    @Test
    void aChunkedBodyAloneIsReadAsUsual() throws IOException {
        String json = "{\"type\":\"thank_you\",\"channel\":\"email\",\"body\":\"Dear Maria, thank you.\"}";
        Exchange exchange = send("POST /drafts/check HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
                Integer.toHexString(json.length()) + "\r\n" + json + "\r\n0\r\n\r\n");
        assertThat(exchange.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(exchange.closed()).isFalse();
    }

    @Test
    void anEarlyAnswerClosesTheConnectionInsteadOfReadingTheRestOfTheBody() throws IOException {
        // 100 kB announced, 20 bytes sent, no token: the 401 comes at once and the connection ends with it
        Exchange exchange = send("POST /interviews HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json"
                + "\r\nContent-Length: 100000\r\n\r\n", "{\"jobTitle\": \"x\", \"a");
        assertThat(exchange.statusLine()).isEqualTo("HTTP/1.1 401 Unauthorized");
        assertThat(exchange.text()).containsIgnoringCase("connection: close");
        assertThat(exchange.closed()).isTrue();
    }

    @Test
    void aBodyOverTheLimitGetsAWhole413EvenWhileTheClientGoesOnSendingIt() throws Exception {
        byte[] body = "x".repeat(300 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("POST /interviews HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + token() + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Thread.sleep(300); // the answer is on its way before the body: a client that sends it all first
            socket.getOutputStream().write(body); // a connection closed on unread bytes resets here, or on reading
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("connection: close")
                    .contains("\"status\":413");
        }
        assertThat(database.count("interview")).isZero();
    }

    @Test
    void aBodyThatStopsHalfWayIsCutOffAtTheReadTimeout() throws IOException {
        // the test profile's read timeout is 2 s, production's 30 s; the framework closes the connection
        long started = System.nanoTime();
        Exchange exchange = send("POST /interviews HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token()
                + "\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n", "{\"jobTitle\": \"x\", \"comp");
        assertThat(exchange.closed()).isTrue();
        assertThat(System.nanoTime() - started).isLessThan(2_900_000_000L);
        assertThat(database.count("interview")).isZero();
    }

    @Test
    void aCompleteRequestKeepsTheConnectionOpen() throws IOException {
        Exchange exchange = send("GET /interviews HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token()
                + "\r\n\r\n", "");
        assertThat(exchange.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(exchange.closed()).isFalse();
    }

    @Test
    void headerFieldsOverTheLimitAre431Problems() throws IOException {
        Exchange exchange = send("GET /interviews HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(25_000)
                + "\r\n\r\n", "");
        assertThat(exchange.statusLine()).startsWith("HTTP/1.1 431");
        assertThat(exchange.text()).contains("application/problem+json");
        assertThat(exchange.body()).contains("\"status\":431");
        assertThat(exchange.closed()).isTrue();
    }

    @Test
    void aRequestTargetOverTheLimitIsA414Problem() throws IOException {
        Exchange exchange = send("GET /interviews?company=" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "");
        assertThat(exchange.statusLine()).startsWith("HTTP/1.1 414");
        assertThat(exchange.body()).contains("\"status\":414");
    }

    /**
     * A target that is no valid URI (bad percent-encoding) is refused by Quarkus before any route runs, with an
     * empty 400 (its URI check is switched off only by a JVM flag): a 400 all the same, never a 500.
     */
    @Test
    void aTargetThatIsNoValidUriIsA400() throws IOException {
        for (String query : new String[]{"company=%ZZ", "unknown=%C0%", "pageSize=%"}) {
            Exchange exchange = send("GET /interviews?" + query + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + "Bearer " + token() + "\r\n\r\n", "");
            assertThat(exchange.statusLine()).as(query).isEqualTo("HTTP/1.1 400 Bad Request");
        }
    }

    @Test
    void everyAnswerForbidsCachingAndSniffing() {
        api().get("/interviews").then().statusCode(200)
                .header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff");
        api().get("/interviews/0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70").then().statusCode(404)
                .header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff");
        raw().accept("text/calendar").get("/agenda.ics").then().statusCode(200)
                .header("Cache-Control", "private, no-store").header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void absoluteAddressesComeFromTheConfiguredBaseNotTheHostHeader() {
        String location = api().header("Host", "evil.example").body(interview()).post("/interviews").then()
                .statusCode(201).extract().header("Location");
        assertThat(location).startsWith(PUBLIC_BASE + "/interviews/");
        api().body(interview()).post("/interviews").then().statusCode(201);
        api().header("Host", "evil.example").queryParam("pageSize", 1).get("/interviews").then().statusCode(200)
                .header("Link", startsWith("<" + PUBLIC_BASE + "/interviews?"));
        api().header("Host", "evil.example").put("/calendar-feed").then().statusCode(201)
                .header("Location", startsWith(PUBLIC_BASE + "/calendar-feed/"))
                .body("url", startsWith(PUBLIC_BASE + "/calendar-feed/"));
        String calendar = raw().header("Host", "evil.example").accept("text/calendar").get("/agenda.ics").then()
                .statusCode(200).extract().asString();
        assertThat(calendar).contains("URL:" + PUBLIC_BASE + "/follow-ups/").doesNotContain("evil.example");
    }

    @Test
    void metricTagsNameRouteTemplatesNeverMadeUpPaths() {
        for (int i = 0; i < 150; i++) {
            given().header("Origin", "https://app.example.test").header("Access-Control-Request-Method", "GET")
                    .options("/made-up-" + i).then().statusCode(200);
            given().patch("/interviews/" + i);
        }
        api().get("/agenda").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher uri = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"").matcher(metrics);
        Set<String> tags = uri.results().map(m -> m.group(1)).collect(Collectors.toSet());
        assertThat(tags).contains("/agenda");
        assertThat(tags).noneMatch(tag -> tag.startsWith("/made-up-") || tag.matches("/interviews/\\d+"));
        assertThat(tags).allMatch(tag -> tag.startsWith("/")
                ? !tag.contains("//")
                : List
                        .of("UNMATCHED", "NOT_FOUND", "UNKNOWN", "REDIRECTION", "root").contains(tag));
    }

    @Test
    void theEdgeProblemsCarryTheSameHeadersAsEveryOtherAnswer() throws IOException {
        Exchange exchange = send("POST /interviews HTTP/1.1\r\nHost: localhost\r\nContent-Length: 99999999\r\n\r\n",
                "{");
        assertThat(exchange.text()).containsIgnoringCase("x-content-type-options: nosniff")
                .containsIgnoringCase("cache-control: private, no-store");
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }
}
