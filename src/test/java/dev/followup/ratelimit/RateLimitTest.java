package dev.followup.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

import dev.followup.contract.Database;
import dev.followup.identity.DevToken;
import dev.followup.system.TestClock;

import static dev.followup.contract.Api.TENANT;
import static dev.followup.contract.Api.as;
import static dev.followup.contract.Api.rawAnonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 15: per-client rate limits counted in the shared store. The test profile gives tenant-limited
 * quotas of 3 per candidate, 4 per integration and 2 per address and minute; windows follow the
 * injectable clock, which each test starts at a whole minute.
 */
@QuarkusTest
class RateLimitTest {

    private static final String LIMITED = "tenant-limited";

    @Inject
    TestClock clock;

    @Inject
    Database database;

    @Inject
    DatabaseCounters counters;

    @Test
    void aCandidateOverItsQuotaGets429WithRetryAfterAndTheFieldsTellWhatIsLeft() {
        String token = DevToken.candidate("candidate-limited", LIMITED).sign();
        clock.advance(Duration.ofSeconds(15)); // 45 s left in the window
        for (int remaining = 2; remaining >= 0; remaining--) {
            as(token).get("/interviews").then().statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"candidate\";q=3;w=60"))
                    .header("RateLimit", equalTo("\"candidate\";r=" + remaining + ";t=45"));
        }
        as(token).get("/interviews").then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:interview-followup:problem:too-many-requests"))
                .body("status", equalTo(429))
                .header("Retry-After", equalTo("45"))
                .header("RateLimit", equalTo("\"candidate\";r=0;t=45"));
        // Another candidate of the tenant counts apart; an integration has its own, larger quota.
        as(DevToken.candidate("candidate-other", LIMITED).sign()).get("/interviews").then().statusCode(200);
        as(DevToken.integration("ats", LIMITED).sign()).get("/interviews").then().statusCode(200)
                .header("RateLimit-Policy", equalTo("\"integration\";q=4;w=60"));

        clock.advance(Duration.ofSeconds(45)); // the next window
        as(token).get("/interviews").then().statusCode(200).header("RateLimit", equalTo("\"candidate\";r=2;t=60"));
    }

    @Test
    void aRefusedRequestWritesNothingButItsCount() {
        String token = DevToken.candidate("candidate-limited", LIMITED).sign();
        for (int i = 0; i < 3; i++) {
            as(token).get("/interviews").then().statusCode(200);
        }
        Map<String, List<String>> before = database.everyRow();
        as(token).body(dev.followup.contract.InterviewJson.interview()).post("/interviews").then().statusCode(429);
        assertThat(database.everyRow()).isEqualTo(before);
        assertThat(database.count("rate_limit_counter")).isEqualTo(1);
    }

    @Test
    void requestsWithoutATokenCountByAddressForTheTenantTheirPathNames() {
        String segment = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(LIMITED.getBytes(StandardCharsets.UTF_8)) + ".no-such-connection";
        for (int i = 0; i < 2; i++) {
            rawAnonymous().contentType("application/json").body("{}")
                    .post("/integrations/" + segment + "/webhooks/ashby").then().statusCode(404)
                    .header("RateLimit-Policy", equalTo("\"address\";q=2;w=60"));
        }
        rawAnonymous().contentType("application/json").body("{}")
                .post("/integrations/" + segment + "/webhooks/ashby").then().statusCode(429)
                .header("Retry-After", equalTo("60"));
        // The default tenant's quota is apart, and large.
        as(DevToken.candidate("candidate-1", TENANT).sign()).get("/interviews").then().statusCode(200);
    }

    @Test
    void aCalendarFeedIsCountedByAddressForItsTenant() {
        String url = as(DevToken.candidate("candidate-limited", LIMITED).sign()).put("/calendar-feed").then()
                .statusCode(201).extract().path("url");
        String path = url.substring(url.indexOf("/calendar-feed/"));
        for (int i = 0; i < 2; i++) {
            rawAnonymous().accept("text/calendar").get(path).then().statusCode(200)
                    .header("RateLimit", equalTo("\"address\";r=" + (1 - i) + ";t=60"));
        }
        rawAnonymous().accept("text/calendar").get(path).then().statusCode(429).header("Retry-After", equalTo("60"));
    }

    @Test
    void whenTheStoreCannotCountRequestsGoThrough() {
        QuarkusMock.installMockForType(new DatabaseCounters(null, "h2") {
            @Override
            public long hit(String tenantId, String client, Instant windowStart) {
                throw new IllegalStateException("the store is down");
            }
        }, DatabaseCounters.class);
        String token = DevToken.candidate("candidate-limited", LIMITED).sign();
        for (int i = 0; i < 5; i++) {
            as(token).get("/interviews").then().statusCode(200).header("RateLimit", nullValue());
        }
    }

    @Test
    void endedWindowsArePurged() {
        String token = DevToken.candidate("candidate-limited", LIMITED).sign();
        as(token).get("/interviews").then().statusCode(200);
        clock.advance(Duration.ofMinutes(5));
        as(token).get("/interviews").then().statusCode(200);
        assertThat(counters.purge(clock.instant().minus(Duration.ofMinutes(2)))).isEqualTo(1);
        assertThat(database.count("rate_limit_counter")).isEqualTo(1);
    }
}
