package dev.followup.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import dev.followup.contract.Database;
import dev.followup.contract.QueryPlans;
import dev.followup.contract.RetentionPlans;
import dev.followup.identity.DevToken;
import dev.followup.system.TestClock;

import static dev.followup.contract.Api.TENANT;
import static dev.followup.contract.Api.as;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: a candidate's own webhook subscription goes with the profile retention, once the candidate has no
 * interview left; an integration's subscription to its tenant stays, and the tenant's count of subscriptions
 * (which the dispatcher reads) stays right.
 */
@QuarkusTest
class SubscriptionRetentionTest {

    private static final Duration RETENTION = Duration.ofDays(730);
    private static final Instant CUTOFF = TestClock.START.plusMillis(1);

    @Inject
    TestClock clock;

    @Inject
    Database database;

    @Inject
    SubscriptionRetention retention;

    @Inject
    QueryPlans plans;

    @AfterEach
    void clean() {
        database.clean();
    }

    private static RequestSpecification candidate(String name) {
        return as(DevToken.candidate(name, TENANT).sign());
    }

    private static void subscribe(RequestSpecification caller, String path) {
        caller.body(Map.of("url", "http://127.0.0.1:9/" + path)).post("/webhook-subscriptions").then()
                .statusCode(201);
    }

    @Test
    void thePurgeSeeksTheTenantsIndexOfLastChanges() {
        RetentionPlans.assertEverySeeks(plans, database, retention.rows(), "ix_webhook_subscription_modified",
                "modified_at", "id", RetentionPlans.anyId());
    }

    @Test
    void purgesTheOwnSubscriptionsOfCandidatesWithoutInterviewsAndKeepsTheCountRight() {
        subscribe(candidate("candidate-1"), "gone"); // no interview: goes
        subscribe(candidate("candidate-2"), "kept"); // an interview: stays
        candidate("candidate-2").body(interview()).post("/interviews").then().statusCode(201);
        subscribe(as(DevToken.integration("ats-sync", TENANT).sign()), "tenant"); // the tenant's: stays
        clock.advance(Duration.ofMillis(1));
        subscribe(candidate("candidate-3"), "recent"); // changed at the cutoff: stays
        clock.set(CUTOFF.plus(RETENTION));

        assertThat(retention.purge()).isEqualTo(1);

        assertThat(database.column("select url from webhook_subscription order by url")).containsExactly(
                "http://127.0.0.1:9/kept", "http://127.0.0.1:9/recent", "http://127.0.0.1:9/tenant");
        assertThat(database.column("select cast(subscriptions as varchar(20)) from event_feed where tenant_id = '"
                + TENANT + "'")).containsExactly("3");
        assertThat(retention.purge()).isZero();
    }
}
