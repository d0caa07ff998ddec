package dev.followup.events;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.followup.identity.DevToken;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.Api.as;
import static dev.followup.contract.Fixtures.registerNow;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The live stream over a real connection: events as they commit, resumed with Last-Event-ID, kept alive. */
@QuarkusTest
class EventStreamTest {

    private static final String TOKEN = DevToken.candidate("candidate-1", "tenant-a").sign();

    /** One server-sent event, or a comment line when {@code comment}. */
    record Sent(String id, String event, String data, boolean comment) {
    }

    @Test
    void aStreamDeliversEventsAsTheyCommit() throws Exception {
        try (Stream stream = Stream.open(null)) {
            registerNow(interview());
            List<Sent> sent = stream.events(6);
            assertThat(sent).extracting(Sent::event).containsExactly("interview.created", "follow_up.planned",
                    "follow_up.planned", "follow_up.planned", "follow_up.planned", "follow_up.planned");
            assertThat(JsonPath.from(sent.get(0).data()).getString("type")).isEqualTo("interview.created");
            assertThat(sent).extracting(Sent::id).doesNotHaveDuplicates();
            assertThat(sent.get(5).id()).isEqualTo(Feed.end());
        }
    }

    @Test
    void aClientThatReconnectsWithItsLastIdMissesNothing() throws Exception {
        registerNow(interview());
        List<String> all = Feed.after("").getList("items.id");
        String third;
        try (Stream first = Stream.open(feedPosition(3))) {
            registerNow(interview());
            List<Sent> sent = first.events(3);
            assertThat(sent).extracting(s -> JsonPath.from(s.data()).getString("id")).isEqualTo(all.subList(3, 6));
            third = sent.get(2).id();
        }
        registerNow(interview()); // while disconnected
        try (Stream again = Stream.open(third)) {
            List<String> resumed = again.events(12).stream().map(s -> JsonPath.from(s.data()).getString("id")).toList();
            List<String> expected = Feed.after("").getList("items.id");
            assertThat(resumed).isEqualTo(expected.subList(6, 18));
        }
    }

    @Test
    void aStreamOpensWithAMarkOfWhereItStartsSoThatAnEarlyReconnectionMissesNothing() throws Exception {
        registerNow(interview());
        String mark;
        try (Stream stream = Stream.open(null)) {
            Sent opening = stream.next(Duration.ofSeconds(5));
            assertThat(opening.comment()).isTrue();
            assertThat(opening.event()).isNull();
            assertThat(opening.id()).isEqualTo(Feed.end());
            assertThat(opening.data()).isEqualTo("position " + opening.id());
            mark = opening.id();
        }
        registerNow(interview()); // before any event reached the client
        try (Stream again = Stream.open(mark)) {
            assertThat(again.next(Duration.ofSeconds(5)).id()).as("a resumed stream marks its start too")
                    .isEqualTo(mark);
            assertThat(again.events(6)).extracting(Sent::event).startsWith("interview.created");
        }
    }

    @Test
    void aQuietStreamSendsKeepAlivesThatMoveItsPositionOnWithTheTenantsFeed() throws Exception {
        try (Stream stream = Stream.open(null)) {
            long opening = FeedCursor.decode(stream.next(Duration.ofSeconds(5)).id(), "id").position();
            // Another candidate of the tenant registers: not this caller's event, but the tenant's feed moves on.
            as(DevToken.candidate("candidate-quiet-neighbour", "tenant-a").sign()).body(interview()).post("/interviews")
                    .then().statusCode(201);
            Sent keepAlive = stream.next(Duration.ofSeconds(5));
            for (int i = 0; i < 5 && FeedCursor.decode(keepAlive.id(), "id").position() == opening; i++) {
                assertThat(keepAlive.comment()).isTrue();
                keepAlive = stream.next(Duration.ofSeconds(5));
            }
            assertThat(keepAlive.comment()).as("a keep-alive, no event of another candidate").isTrue();
            assertThat(FeedCursor.decode(keepAlive.id(), "id").position()).as("the keep-alive's position moved on")
                    .isGreaterThan(opening);
        }
    }

    @Test
    void aPositionThatIsNotOneIsRefused() {
        api().accept("text/event-stream").header("Last-Event-ID", "nonsense").get("/events/stream").then()
                .statusCode(400)
                .body("violations[0].field", equalTo("Last-Event-ID"));
    }

    private static String feedPosition(int events) {
        return api().get("/events?pageSize=" + events).then().extract().path("next");
    }

    /** An open stream, read line by line in the background. */
    static final class Stream implements AutoCloseable {

        private final BlockingQueue<Sent> received = new LinkedBlockingQueue<>();
        private final InputStream body;
        private final Thread reader;

        private Stream(InputStream body) {
            this.body = body;
            this.reader = new Thread(this::read, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static Stream open(String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:8081/events/stream"))
                    .header("Authorization", "Bearer " + TOKEN).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            return new Stream(response.body());
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String id = null;
                String event = null;
                String comment = null;
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith(":")) {
                        comment = line.substring(1).strip();
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    } else if (line.isEmpty() && (event != null || comment != null)) {
                        received.add(event != null
                                ? new Sent(id, event, data.toString(), false)
                                : new Sent(id, null, comment, true));
                        id = null;
                        event = null;
                        comment = null;
                        data.setLength(0);
                    }
                }
            } catch (java.io.IOException closed) {
                // the test closed the stream
            }
        }

        Sent next(Duration wait) throws InterruptedException {
            Sent sent = received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(sent).as("nothing arrived within " + wait).isNotNull();
            return sent;
        }

        /** The next {@code count} events, position marks and keep-alives skipped. */
        List<Sent> events(int count) throws InterruptedException {
            List<Sent> events = new ArrayList<>();
            while (events.size() < count) {
                Sent sent = next(Duration.ofSeconds(10));
                if (!sent.comment()) {
                    events.add(sent);
                }
            }
            return events;
        }

        @Override
        public void close() throws Exception {
            body.close();
            reader.interrupt();
        }
    }
}
