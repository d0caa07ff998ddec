package dev.followup.draft;

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

/** Issue 19: a saved draft goes a year after its last change, even while its interview is kept. */
@QuarkusTest
class SavedDraftRetentionTest {

    private static final Duration RETENTION = Duration.ofDays(365);
    /** One millisecond after the first rows were written: what is written then is exactly at the cutoff. */
    private static final Instant CUTOFF = TestClock.START.plusMillis(1);

    @Inject
    TestClock clock;

    @Inject
    Database database;

    @Inject
    SavedDraftRetention retention;

    @Inject
    QueryPlans plans;

    /** The candidate's follow-ups on a new interview that are messages (a thank-you per interviewer and more). */
    private static List<String> followUps(RequestSpecification candidate) {
        candidate.body(Map.of("name", "Jane Doe", "email", "jane.doe@example.com")).put("/candidate-profile").then()
                .statusCode(201);
        String interview = candidate.body(interview()).post("/interviews").then().statusCode(201).extract().path("id");
        return candidate.get("/interviews/" + interview + "/follow-ups").then().statusCode(200).extract()
                .path("items.findAll { it.type != 'move_on' }.id");
    }

    private static void save(RequestSpecification candidate, String followUp) {
        candidate.body(Map.of("channel", "email", "subject", "Thank you", "body", "Dear Maria,\n\nThank you.\n\nJane"))
                .put("/follow-ups/" + followUp + "/draft/saved").then().statusCode(201);
    }

    @Test
    void purgesDraftsSavedLongerAgoThanTheRetentionAndKeepsTheirInterviews() {
        RequestSpecification other = as(DevToken.candidate(CANDIDATE, "tenant-b").sign());
        List<String> mine = followUps(api());
        List<String> others = followUps(other);
        save(api(), mine.get(0));
        save(other, others.get(0));
        clock.advance(Duration.ofMillis(1));
        save(api(), mine.get(1)); // at the cutoff: kept
        save(other, others.get(1));
        long followUps = database.count("follow_up");
        clock.set(CUTOFF.plus(RETENTION));

        assertThat(retention.purge()).isEqualTo(2);

        assertThat(database.column("select cast(follow_up_id as varchar) from saved_draft"))
                .containsExactlyInAnyOrder(mine.get(1), others.get(1));
        assertThat(database.count("interview")).isEqualTo(2);
        assertThat(database.count("follow_up")).isEqualTo(followUps);
        assertThat(retention.purge()).isZero();
    }

    @Test
    void purgesInBatches() {
        List<String> mine = followUps(api());
        for (String followUp : mine) {
            save(api(), followUp);
        }
        clock.set(CUTOFF.plus(RETENTION));

        assertThat(mine).hasSizeGreaterThan(2);
        assertThat(retention.rows().run(clock.instant().minus(RETENTION), 2)).isEqualTo(mine.size());

        assertThat(database.count("saved_draft")).isZero();
    }

    @Test
    void thePurgeSeeksTheTenantsIndexOfLastChanges() {
        RetentionPlans.assertEverySeeks(plans, database, retention.rows(), "ix_saved_draft_modified", "modified_at",
                "follow_up_id", RetentionPlans.anyId());
    }
}
