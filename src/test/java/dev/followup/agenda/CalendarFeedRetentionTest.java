package dev.followup.agenda;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

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

/** Issue 19: a calendar feed goes two years after it was made, once its candidate has no interview left. */
@QuarkusTest
class CalendarFeedRetentionTest {

    private static final Duration RETENTION = Duration.ofDays(730);
    /** One millisecond after the first rows were written: what is written then is exactly at the cutoff. */
    private static final Instant CUTOFF = TestClock.START.plusMillis(1);

    @Inject
    TestClock clock;

    @Inject
    Database database;

    @Inject
    CalendarFeedRetention retention;

    @Inject
    QueryPlans plans;

    private static RequestSpecification candidate(String name, String tenant) {
        return as(DevToken.candidate(name, tenant).sign());
    }

    private static void makeFeed(RequestSpecification candidate) {
        candidate.put("/calendar-feed").then().statusCode(201);
    }

    private static String register(RequestSpecification candidate) {
        return candidate.body(interview()).post("/interviews").then().statusCode(201).extract().path("id");
    }

    @Test
    void purgesOldFeedsOfCandidatesWithoutInterviewsInTheirTenant() {
        // Made at START, older than the cutoff: a candidate without interviews in tenant-a (they have one in
        // tenant-b, which does not count), one whose interview was deleted, one in tenant-b. All go.
        makeFeed(candidate("candidate-1", TENANT));
        makeFeed(candidate("candidate-4", TENANT));
        String deleted = register(candidate("candidate-4", TENANT));
        candidate("candidate-4", TENANT).delete("/interviews/" + deleted).then().statusCode(204);
        makeFeed(candidate("candidate-2", "tenant-b"));
        // Just as old, but the candidate still has an interview: kept, in either tenant.
        makeFeed(candidate("candidate-3", TENANT));
        register(candidate("candidate-3", TENANT));
        makeFeed(candidate("candidate-1", "tenant-b"));
        register(candidate("candidate-1", "tenant-b"));
        // Made at START and replaced at the cutoff (a new secret): kept.
        makeFeed(candidate("candidate-2", TENANT));
        clock.advance(Duration.ofMillis(1));
        makeFeed(candidate("candidate-2", TENANT));
        clock.set(CUTOFF.plus(RETENTION));

        assertThat(retention.purge()).isEqualTo(3);

        assertThat(database.column("select tenant_id || '/' || owner_id from calendar_feed"))
                .containsExactly("tenant-a/candidate-2", "tenant-a/candidate-3", "tenant-b/candidate-1");
        assertThat(retention.purge()).isZero();
    }

    @Test
    void purgesInBatchesReadingPastFeedsItKeeps() {
        for (int i = 0; i < 3; i++) {
            makeFeed(candidate("gone-" + i, TENANT));
            makeFeed(candidate("kept-" + i, TENANT));
            register(candidate("kept-" + i, TENANT));
        }
        clock.set(CUTOFF.plus(RETENTION));

        assertThat(retention.rows().run(clock.instant().minus(RETENTION), 1)).isEqualTo(3);

        assertThat(database.column("select owner_id from calendar_feed")).containsExactly("kept-0", "kept-1",
                "kept-2");
    }

    @Test
    void thePurgeSeeksTheTenantsIndexOfFeedsAndTheCandidatesInterviews() {
        RetentionPlans.assertEverySeeks(plans, database, retention.rows(), "ix_calendar_feed_created", "created_at",
                "owner_id", "candidate-1");
    }
}
