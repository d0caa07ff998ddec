package dev.followup.interview;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import dev.followup.contract.Database;
import dev.followup.contract.QueryPlans;
import dev.followup.contract.RetentionPlans;
import dev.followup.identity.DevToken;
import dev.followup.system.TestClock;

import static dev.followup.contract.Api.CANDIDATE;
import static dev.followup.contract.Api.api;
import static dev.followup.contract.Api.as;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19: interviews are purged two years after both their end and their last change, silently. */
@QuarkusTest
class InterviewRetentionTest {

    private static final Duration RETENTION = Duration.ofDays(730);
    /** One millisecond after the first rows were written: what is written then is exactly at the cutoff. */
    private static final Instant CUTOFF = TestClock.START.plusMillis(1);
    private static final String OTHER_TENANT = DevToken.candidate(CANDIDATE, "tenant-b").sign();

    @Inject
    TestClock clock;

    @Inject
    Database database;

    @Inject
    InterviewRetention retention;

    @Inject
    QueryPlans plans;

    private static String register(RequestSpecification as, Map<String, Object> body) {
        return as.body(body).post("/interviews").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> endingAt(Instant end) {
        Map<String, Object> body = interview();
        body.put("startAt", end.minus(Duration.ofHours(1)).toString());
        body.put("endAt", end.toString());
        return body;
    }

    private static void saveDraft(String interviewId) {
        List<String> items = api().get("/interviews/" + interviewId + "/follow-ups").then().statusCode(200).extract()
                .path("items.id");
        api().body(Map.of("channel", "email", "subject", "Thank you", "body", "Dear Maria,\n\nThank you.\n\nJane"))
                .put("/follow-ups/" + items.get(0) + "/draft/saved").then().statusCode(201);
    }

    @Test
    void purgesInterviewsWhoseEndAndLastChangeArePastTheRetentionWithWhatHangsOffThem() {
        api().body(Map.of("name", "Jane Doe", "email", "jane.doe@example.com")).put("/candidate-profile").then()
                .statusCode(201); // drafts are signed with it
        // Written at START: ended before it, so both times are older than the cutoff.
        String old = register(api(), interview());
        saveDraft(old);
        String othersOld = register(as(OTHER_TENANT), interview());
        // Written at START too, but ending at the cutoff or later: kept.
        String endsAtTheCutoff = register(api(), endingAt(CUTOFF));
        String endsLater = register(api(), endingAt(TestClock.START.plus(Duration.ofDays(1))));
        clock.advance(Duration.ofMillis(1));
        // Last changed at the cutoff: kept.
        String changedAtTheCutoff = register(api(), interview());
        saveDraft(changedAtTheCutoff);
        String othersChangedAtTheCutoff = register(as(OTHER_TENANT), interview());
        long events = database.count("event");
        clock.set(CUTOFF.plus(RETENTION));

        assertThat(retention.purge()).isEqualTo(2);

        List<String> kept = List.of(endsAtTheCutoff, endsLater, changedAtTheCutoff, othersChangedAtTheCutoff);
        assertThat(database.column("select cast(id as varchar) from interview"))
                .containsExactlyInAnyOrderElementsOf(kept)
                .doesNotContain(old, othersOld);
        // The foreign keys cascade: nothing of a purged interview is left.
        assertThat(database.column("select distinct cast(interview_id as varchar) from interviewer"))
                .containsExactlyInAnyOrderElementsOf(kept);
        assertThat(database.column("select distinct cast(interview_id as varchar) from follow_up"))
                .containsExactlyInAnyOrderElementsOf(kept);
        assertThat(database.column("select cast(f.interview_id as varchar) from saved_draft d join follow_up f "
                + "on f.tenant_id = d.tenant_id and f.id = d.follow_up_id")).containsExactly(changedAtTheCutoff);
        // Silent, unlike a DELETE: no tombstone, no event.
        assertThat(database.count("interview_tombstone")).isZero();
        assertThat(database.count("event")).isEqualTo(events);
        assertThat(retention.purge()).isZero();
    }

    @Test
    void purgesInBatchesReadingPastInterviewsItKeeps() {
        // All changed at START; those that end later are kept wherever they fall among the others.
        for (int i = 0; i < 3; i++) {
            register(api(), interview());
            register(api(), endingAt(TestClock.START.plus(Duration.ofDays(1))));
            register(as(OTHER_TENANT), interview());
        }
        clock.set(CUTOFF.plus(RETENTION));

        assertThat(retention.rows().run(clock.instant().minus(RETENTION), 1)).isEqualTo(6);

        assertThat(database.count("interview")).isEqualTo(3);
        assertThat(database.column("select cast(end_at as varchar) from interview")).hasSize(3)
                .allMatch(end -> end.startsWith("2026-03-10"));
    }

    @Test
    void thePurgeSeeksTheTenantsIndexOfLastChanges() {
        RetentionPlans.assertEverySeeks(plans, database, retention.rows(), "ix_interview_tenant_modified",
                "modified_at", "id", RetentionPlans.anyId());
    }
}
