package dev.followup.candidate;

import java.time.Duration;
import java.time.Instant;
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

import static dev.followup.contract.Api.TENANT;
import static dev.followup.contract.Api.as;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19: a profile goes two years after its last change, once its candidate has no interview left. */
@QuarkusTest
class ProfileRetentionTest {

    private static final Duration RETENTION = Duration.ofDays(730);
    /** One millisecond after the first rows were written: what is written then is exactly at the cutoff. */
    private static final Instant CUTOFF = TestClock.START.plusMillis(1);

    @Inject
    TestClock clock;

    @Inject
    Database database;

    @Inject
    ProfileRetention retention;

    @Inject
    QueryPlans plans;

    private static RequestSpecification candidate(String name, String tenant) {
        return as(DevToken.candidate(name, tenant).sign());
    }

    private static void saveProfile(RequestSpecification candidate) {
        candidate.body(Map.of("name", "Jane Doe", "email", "jane.doe@example.com")).put("/candidate-profile").then()
                .statusCode(201);
    }

    private static String register(RequestSpecification candidate) {
        return candidate.body(interview()).post("/interviews").then().statusCode(201).extract().path("id");
    }

    @Test
    void purgesOldProfilesOfCandidatesWithoutInterviewsInTheirTenant() {
        // Changed at START, older than the cutoff: a candidate without interviews in tenant-a (they have one in
        // tenant-b, which does not count), one whose interview was deleted, one in tenant-b. All go.
        saveProfile(candidate("candidate-1", TENANT));
        saveProfile(candidate("candidate-4", TENANT));
        String deleted = register(candidate("candidate-4", TENANT));
        candidate("candidate-4", TENANT).delete("/interviews/" + deleted).then().statusCode(204);
        saveProfile(candidate("candidate-2", "tenant-b"));
        // Just as old, but the candidate still has an interview: kept, in either tenant.
        saveProfile(candidate("candidate-3", TENANT));
        register(candidate("candidate-3", TENANT));
        saveProfile(candidate("candidate-1", "tenant-b"));
        register(candidate("candidate-1", "tenant-b"));
        clock.advance(Duration.ofMillis(1));
        // Changed at the cutoff: kept.
        saveProfile(candidate("candidate-2", TENANT));
        clock.set(CUTOFF.plus(RETENTION));

        assertThat(retention.purge()).isEqualTo(3);

        assertThat(database.column("select tenant_id || '/' || owner_id from candidate_profile"))
                .containsExactly("tenant-a/candidate-2", "tenant-a/candidate-3", "tenant-b/candidate-1");
        assertThat(database.count("interview")).isEqualTo(2);
        assertThat(retention.purge()).isZero();
    }

    @Test
    void purgesInBatchesReadingPastProfilesItKeeps() {
        for (int i = 0; i < 3; i++) {
            saveProfile(candidate("gone-" + i, TENANT));
            saveProfile(candidate("kept-" + i, TENANT));
            register(candidate("kept-" + i, TENANT));
        }
        clock.set(CUTOFF.plus(RETENTION));

        assertThat(retention.rows().run(clock.instant().minus(RETENTION), 1)).isEqualTo(3);

        assertThat(database.column("select owner_id from candidate_profile")).containsExactly("kept-0", "kept-1",
                "kept-2");
    }

    @Test
    void thePurgeSeeksTheTenantsIndexOfLastChangesAndTheCandidatesInterviews() {
        RetentionPlans.assertEverySeeks(plans, database, retention.rows(), "ix_candidate_profile_modified",
                "modified_at", "id", RetentionPlans.anyId());
    }
}
