package dev.followup.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.followup.identity.DevToken;
import dev.followup.system.TestClock;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.Api.as;
import static dev.followup.contract.Fixtures.registerNow;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Webhooks to a real HTTP receiver on localhost, started here: what arrives, how it is signed, and what
 * the service does with each kind of answer. The clock stands still unless a test moves it; the tests
 * dispatch themselves and wait for the outcomes.
 */
@QuarkusTest
class WebhookDeliveryTest {

    @Inject
    Dispatcher dispatcher;

    @Inject
    TestClock clock;

    @Inject
    DeliveryRetention retention;

    Receiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void everyEventArrivesSignedWithTheSubscriptionsSecret() {
        JsonPath subscription = subscribe(Map.of("url", receiver.url(), "description", "All of mine"));
        String secret = subscription.getString("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        api().get("/webhook-subscriptions/" + subscription.getString("id")).then().statusCode(200)
                .body("secret", nullValue()).body("status", equalTo("active"));

        registerNow(interview());
        assertThat(dispatcher.dispatchAndWait()).isEqualTo(6);
        List<Receiver.Received> received = receiver.received();
        assertThat(received).hasSize(6);
        for (Receiver.Received request : received) {
            assertThat(Receiver.signedWith(secret, request)).isTrue();
            JsonPath body = JsonPath.from(request.body());
            assertThat(request.header("webhook-id")).isEqualTo(body.getString("id"));
            assertThat(request.header("content-type")).startsWith("application/json");
            assertThat(Long.parseLong(request.header("webhook-timestamp")))
                    .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        }
        assertThat(received.stream().map(r -> JsonPath.from(r.body()).getString("type")))
                .containsOnlyOnce("interview.created").contains("follow_up.planned");
        assertThat(Receiver.signedWith("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                received.get(0))).isFalse();
        assertThat(dispatcher.dispatchAndWait()).isZero(); // delivered once, not again
    }

    @Test
    void onlyTheChosenTypesAreDelivered() {
        subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("interview.created")));
        registerNow(interview());
        dispatcher.dispatchAndWait();
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void aServerErrorIsRetriedOnTheScheduleWithTheSameWebhookId() {
        String id = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("interview.created")))
                .getString("id");
        receiver.answer(500);
        registerNow(interview());
        dispatcher.dispatchAndWait();
        assertThat(dispatcher.dispatchAndWait()).isZero(); // not before its time
        clock.advance(Duration.ofSeconds(5));
        assertThat(dispatcher.dispatchAndWait()).isEqualTo(1);
        List<Receiver.Received> received = receiver.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).header("webhook-id")).isEqualTo(received.get(0).header("webhook-id"));
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        api().get("/webhook-subscriptions/" + id + "/deliveries").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].state", equalTo("delivered"))
                .body("items[0].eventType", equalTo("interview.created"))
                .body("items[0].attempts.statusCode", org.hamcrest.Matchers.contains(500, 204))
                .body("items[0].attempts[0].error", equalTo("The receiver answered 500."));
    }

    @Test
    void aTimeoutIsRetried() {
        String id = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("interview.created")))
                .getString("id");
        receiver.answer(new Receiver.Answer(200, 1_600, null));
        registerNow(interview());
        dispatcher.dispatchAndWait();
        api().get("/webhook-subscriptions/" + id + "/deliveries").then()
                .body("items[0].state", equalTo("pending"))
                .body("items[0].attempts[0].statusCode", nullValue())
                .body("items[0].attempts[0].error", startsWith("No answer within"));
        clock.advance(Duration.ofSeconds(5));
        dispatcher.dispatchAndWait();
        api().get("/webhook-subscriptions/" + id + "/deliveries").then()
                .body("items[0].state", equalTo("delivered")).body("items[0].attempts", hasSize(2));
    }

    @Test
    void tooManyRequestsWaitsForRetryAfter() {
        String id = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("interview.created")))
                .getString("id");
        receiver.answer(new Receiver.Answer(429, 0, "120"));
        registerNow(interview());
        dispatcher.dispatchAndWait();
        api().get("/webhook-subscriptions/" + id + "/deliveries").then()
                .body("items[0].nextAttemptAt", equalTo("2026-03-09T10:02:00Z"));
    }

    @Test
    void aClientErrorIsFinal() {
        String id = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("interview.created")))
                .getString("id");
        receiver.answer(400);
        registerNow(interview());
        dispatcher.dispatchAndWait();
        clock.advance(Duration.ofDays(4));
        assertThat(dispatcher.dispatchAndWait()).isZero();
        assertThat(receiver.received()).hasSize(1);
        api().get("/webhook-subscriptions/" + id + "/deliveries").then()
                .body("items[0].state", equalTo("failed")).body("items[0].attempts", hasSize(1));
        api().get("/webhook-subscriptions/" + id).then().body("status", equalTo("active"));
    }

    @Test
    void aSlowReceiverHasAtMostFourDeliveriesOnTheirWayAtOnce() {
        subscribe(Map.of("url", receiver.url()));
        for (int i = 0; i < 6; i++) {
            receiver.answer(new Receiver.Answer(204, 300, null));
        }
        registerNow(interview());
        assertThat(dispatcher.dispatchAndWait()).isEqualTo(6);
        assertThat(receiver.received()).hasSize(6);
        assertThat(receiver.mostAtOnce()).isBetween(1, 4);
    }

    @Test
    void aFailingReceiverGetsOneDeliveryAtATimeUntilOneSucceedsThenAllTheRestAtOnce() {
        String id = subscribe(Map.of("url", receiver.url())).getString("id"); // six deliveries per registration
        for (int i = 0; i < 7; i++) {
            receiver.answer(503);
        }
        registerNow(interview());
        assertThat(dispatcher.dispatchAndWait()).isEqualTo(6);
        registerNow(interview());
        assertThat(dispatcher.dispatchAndWait()).isZero(); // six new ones due, held back while the receiver fails
        clock.advance(Duration.ofSeconds(5));
        assertThat(dispatcher.dispatchAndWait()).isEqualTo(1); // the probe, answered 503
        clock.advance(Duration.ofSeconds(4));
        assertThat(dispatcher.dispatchAndWait()).isZero(); // not before the next probe
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.dispatchAndWait()).isEqualTo(12); // the probe succeeds, and all that is due follows
        assertThat(receiver.received()).hasSize(6 + 1 + 12);
        api().get("/webhook-subscriptions/" + id + "/deliveries?pageSize=100").then()
                .body("items.state", org.hamcrest.Matchers.everyItem(equalTo("delivered")));
    }

    @Test
    void aRedeliveryAskedForGoesAtOnceEvenToAFailingReceiver() {
        String id = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("interview.created")))
                .getString("id");
        receiver.answer(500);
        registerNow(interview());
        dispatcher.dispatchAndWait();
        String deliveryId = api().get("/webhook-subscriptions/" + id + "/deliveries").then().extract()
                .path("items[0].id");
        api().post("/webhook-subscriptions/" + id + "/deliveries/" + deliveryId + "/redeliver").then().statusCode(202);
        assertThat(dispatcher.dispatchAndWait()).isEqualTo(1);
        api().get("/webhook-subscriptions/" + id + "/deliveries").then().body("items[0].state", equalTo("delivered"));
    }

    @Test
    void goneDisablesTheSubscriptionAndTellsItsOwner() {
        String id = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("interview.created")))
                .getString("id");
        receiver.answer(410);
        registerNow(interview());
        dispatcher.dispatchAndWait();
        api().get("/webhook-subscriptions/" + id).then().body("status", equalTo("disabled"))
                .body("disabledReason", containsString("410"));
        JsonPath feed = api().get("/events?pageSize=100").then().statusCode(200).extract().jsonPath();
        assertThat(feed.getString("items[-1].type")).isEqualTo("subscription.disabled");
        assertThat(feed.getString("items[-1].data.id")).isEqualTo(id);
        assertThat(feed.getString("items[-1].data.status")).isEqualTo("disabled");
        assertThat(feed.getString("items[-1].data.secret")).isNull();
        registerNow(interview());
        assertThat(dispatcher.dispatchAndWait()).isZero();
        assertThat(receiver.received()).hasSize(1);
        // A disabled subscription is handed no new events at all.
        api().get("/webhook-subscriptions/" + id + "/deliveries").then().body("items", hasSize(1))
                .body("items[0].state", equalTo("failed")).body("items[0].attempts[0].statusCode", equalTo(410));

        api().post("/webhook-subscriptions/" + id + "/enable").then().statusCode(200).body("status", equalTo("active"));
        registerNow(interview());
        assertThat(dispatcher.dispatchAndWait()).isEqualTo(1);
    }

    @Test
    void failingForFiveDaysDisablesTheSubscription() {
        String id = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("interview.created")))
                .getString("id");
        for (int i = 0; i < 20; i++) {
            receiver.answer(503);
        }
        registerNow(interview());
        dispatcher.dispatchAndWait();
        clock.advance(Duration.ofDays(5));
        api().get("/webhook-subscriptions/" + id).then().body("status", equalTo("active"));
        registerNow(interview());
        dispatcher.dispatchAndWait();
        api().get("/webhook-subscriptions/" + id).then().body("status", equalTo("disabled"))
                .body("disabledReason", containsString("5 days"));
    }

    @Test
    void aDeliveryCanBeSentAgain() {
        String id = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("interview.created")))
                .getString("id");
        registerNow(interview());
        dispatcher.dispatchAndWait();
        String deliveryId = api().get("/webhook-subscriptions/" + id + "/deliveries").then().extract()
                .path("items[0].id");
        api().post("/webhook-subscriptions/" + id + "/deliveries/" + deliveryId + "/redeliver").then().statusCode(202)
                .body("state", equalTo("pending"));
        assertThat(dispatcher.dispatchAndWait()).isEqualTo(1);
        List<Receiver.Received> received = receiver.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).header("webhook-id")).isEqualTo(received.get(0).header("webhook-id"));
        api().post("/webhook-subscriptions/" + id + "/deliveries/" + java.util.UUID.randomUUID() + "/redeliver")
                .then().statusCode(404);
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOneForADay() {
        JsonPath created = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("interview.created")));
        String old = created.getString("secret");
        JsonPath rotated = api().post("/webhook-subscriptions/" + created.getString("id") + "/rotate-secret").then()
                .statusCode(200).body("previousSecretExpiresAt", equalTo("2026-03-10T10:00:00Z")).extract()
                .jsonPath();
        String fresh = rotated.getString("secret");
        assertThat(fresh).isNotEqualTo(old).startsWith("whsec_");
        registerNow(interview());
        dispatcher.dispatchAndWait();
        Receiver.Received during = receiver.received().get(0);
        assertThat(during.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(Receiver.signedWith(old, during)).isTrue();
        assertThat(Receiver.signedWith(fresh, during)).isTrue();

        clock.advance(Duration.ofHours(25));
        registerNow(interview());
        dispatcher.dispatchAndWait();
        Receiver.Received after = receiver.received().get(1);
        assertThat(Receiver.signedWith(fresh, after)).isTrue();
        assertThat(Receiver.signedWith(old, after)).isFalse();
    }

    @Test
    void theSameUrlTwiceIsAConflictForOneOwnerOnly() {
        subscribe(Map.of("url", receiver.url()));
        api().body(Map.of("url", receiver.url())).post("/webhook-subscriptions").then().statusCode(409)
                .body("violations[0].field", equalTo("url"));
        String integration = DevToken.integration("ats-sync", "tenant-a").sign();
        as(integration).body(Map.of("url", receiver.url())).post("/webhook-subscriptions").then().statusCode(201);
        as(integration).get("/webhook-subscriptions").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].candidateId", nullValue());
        api().get("/webhook-subscriptions").then().body("items", hasSize(1))
                .body("items[0].candidateId", equalTo("candidate-1"));
    }

    @Test
    void aTenantWideSubscriptionHearsEveryCandidateAndACandidatesOnlyTheirOwn() {
        subscribe(Map.of("url", receiver.url() + "/candidate", "eventTypes", List.of("interview.created")));
        String integration = DevToken.integration("ats-sync", "tenant-a").sign();
        as(integration).body(Map.of("url", receiver.url() + "/tenant", "eventTypes", List.of("interview.created")))
                .post("/webhook-subscriptions").then().statusCode(201);
        registerNow(interview());
        as(DevToken.candidate("candidate-2", "tenant-a").sign()).body(interview()).post("/interviews").then()
                .statusCode(201);
        dispatchAll();
        assertThat(receiver.received()).hasSize(3);
    }

    @Test
    void aDeletedSubscriptionGetsNothingMore() {
        String id = subscribe(Map.of("url", receiver.url())).getString("id");
        api().delete("/webhook-subscriptions/" + id).then().statusCode(204);
        api().get("/webhook-subscriptions/" + id).then().statusCode(404);
        registerNow(interview());
        assertThat(dispatcher.dispatchAndWait()).isZero();
        as(DevToken.candidate("candidate-2", "tenant-a").sign()).delete("/webhook-subscriptions/" + id).then()
                .statusCode(404);
    }

    @Test
    void deliveriesAreKeptAsLongAsTheirEvents() {
        String id = subscribe(Map.of("url", receiver.url(), "eventTypes", List.of("interview.created")))
                .getString("id");
        registerNow(interview());
        dispatcher.dispatchAndWait();
        clock.advance(Duration.ofDays(29));
        assertThat(retention.purge()).isZero();
        clock.advance(Duration.ofDays(2));
        assertThat(retention.purge()).isEqualTo(1);
        api().get("/webhook-subscriptions/" + id + "/deliveries").then().body("items", hasSize(0));
    }

    @Test
    void addressesThatReachInsideAreRefused() {
        for (String url : List.of("http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data",
                "http://192.168.1.20/", "http://172.16.0.5/", "http://[fd00::1]/", "http://100.64.0.1/",
                "http://0.0.0.0/", "http://[::ffff:10.0.0.1]/", "ftp://example.com/hook", "not a url",
                "http://user:secret@127.0.0.1/hook", "/relative/hook", "http://no-such-host.invalid/")) {
            api().body(Map.of("url", url)).post("/webhook-subscriptions").then().statusCode(400)
                    .body("violations[0].field", equalTo("url"));
        }
    }

    /** Dispatches until nothing is due: the cap per receiver spreads a burst over several rounds. */
    private int dispatchAll() {
        int total = 0;
        for (int sent = dispatcher.dispatchAndWait(); sent > 0; sent = dispatcher.dispatchAndWait()) {
            total += sent;
        }
        return total;
    }

    private static JsonPath subscribe(Map<String, Object> body) {
        return api().body(body).post("/webhook-subscriptions").then().statusCode(201).extract().jsonPath();
    }
}
