package dev.followup.interview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.followup.contract.Database;
import dev.followup.contract.QueryPlans;
import dev.followup.identity.DevToken;
import dev.followup.system.TestClock;

import static dev.followup.contract.Api.CANDIDATE;
import static dev.followup.contract.Api.TENANT;
import static dev.followup.contract.Api.api;
import static dev.followup.contract.Api.as;
import static dev.followup.contract.InterviewJson.fromAts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Issue 15: a deletion leaves a tombstone that an integration syncing by modifiedAfter can see. */
@QuarkusTest
class InterviewDeletionSyncTest {

    private static final String ATS = DevToken.integration("ats-sync", TENANT).sign();

    @Inject
    TestClock clock;

    @Inject
    Database database;

    @Inject
    TombstoneRetention retention;

    @Inject
    QueryPlans plans;

    private String register(String remoteId) {
        String id = api().body(fromAts("greenhouse", remoteId)).post("/interviews").then().statusCode(201)
                .extract().path("id");
        clock.advance(Duration.ofMinutes(1));
        return id;
    }

    private void delete(String id) {
        api().delete("/interviews/" + id).then().statusCode(204);
        clock.advance(Duration.ofMinutes(1));
    }

    private static io.restassured.specification.RequestSpecification sync() {
        return api().queryParam("orderBy", "modifiedAt").queryParam("includeDeleted", "true");
    }

    @Test
    void aDeletedInterviewIsGoneForReadsButListedAsATombstoneForSync() {
        Instant before = clock.instant().minusSeconds(1);
        String kept = register("gh-1");
        String deleted = register("gh-2");
        delete(deleted);

        api().get("/interviews/" + deleted).then().statusCode(404);
        api().queryParam("orderBy", "modifiedAt").get("/interviews").then().statusCode(200)
                .body("items.id", contains(kept));
        sync().queryParam("modifiedAfter", before.toString()).get("/interviews").then().statusCode(200)
                .body("items.id", contains(kept, deleted))
                .body("items[0].deletedAt", nullValue())
                .body("items[1].source", equalTo("greenhouse"))
                .body("items[1].remoteId", equalTo("gh-2"))
                .body("items[1].candidateId", equalTo(CANDIDATE))
                .body("items[1].deletedBy", equalTo(CANDIDATE))
                .body("items[1].deletedAt", equalTo("2026-03-09T10:02:00Z"))
                .body("items[1].company", nullValue());
        assertThat(database.count("interview_tombstone")).isEqualTo(1);
    }

    @Test
    void tombstonesAndInterviewsShareOneCursorOrder() {
        Instant start = clock.instant();
        String a = register("gh-a");
        String b = register("gh-b");
        String c = register("gh-c");
        delete(b); // b's tombstone now sorts after c
        String d = register("gh-d");
        delete(a);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = sync().queryParam("modifiedAfter", start.toString()).queryParam("pageSize", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/interviews").then().statusCode(200).body("items", hasSize(1)).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("next");
        } while (cursor != null);
        assertThat(seen).containsExactly(c, b, d, a);
        // Only what changed after the last one seen: the latest deletion.
        sync().queryParam("modifiedAfter", "2026-03-09T10:04:30Z").get("/interviews").then()
                .body("items.id", contains(a)).body("items[0].deletedAt", equalTo("2026-03-09T10:05:00Z"));
    }

    @Test
    void anIntegrationSeesItsTenantsDeletionsAndFiltersThemBySource() {
        String deleted = register("gh-1");
        delete(deleted);
        String lever = api().body(fromAts("lever", "lv-1")).post("/interviews").then().statusCode(201)
                .extract().path("id");
        delete(lever);
        String otherTenant = DevToken.candidate(CANDIDATE, "tenant-b").sign();
        String theirs = as(otherTenant).body(fromAts("greenhouse", "gh-1")).post("/interviews").then()
                .statusCode(201).extract().path("id");
        as(otherTenant).delete("/interviews/" + theirs).then().statusCode(204);

        as(ATS).queryParam("orderBy", "modifiedAt").queryParam("includeDeleted", "true").get("/interviews").then()
                .statusCode(200).body("items.id", contains(deleted, lever));
        as(ATS).queryParam("orderBy", "modifiedAt").queryParam("includeDeleted", "true")
                .queryParam("source", "lever").get("/interviews").then().body("items.id", contains(lever));
        as(ATS).queryParam("orderBy", "modifiedAt").queryParam("includeDeleted", "true")
                .queryParam("source", "greenhouse").queryParam("remoteId", "gh-1").get("/interviews").then()
                .body("items.id", contains(deleted));
        as(DevToken.candidate("someone-else", TENANT).sign()).queryParam("orderBy", "modifiedAt")
                .queryParam("includeDeleted", "true").get("/interviews").then().body("items", hasSize(0));
    }

    @Test
    void includeDeletedRefusesWhatATombstoneCannotAnswer() {
        api().queryParam("includeDeleted", "true").get("/interviews").then().statusCode(400)
                .body("violations.field", contains("orderBy"));
        sync().queryParam("status", "completed").get("/interviews").then().statusCode(400)
                .body("violations.field", contains("status"));
        sync().queryParam("company", "acme").get("/interviews").then().statusCode(400)
                .body("violations.field", contains("company"));
        sync().queryParam("startFrom", "2026-03-01T00:00:00Z").get("/interviews").then().statusCode(400)
                .body("violations.field", contains("startFrom"));
        api().queryParam("orderBy", "modifiedAt").queryParam("includeDeleted", "yes").get("/interviews").then()
                .statusCode(400).body("violations.field", contains("includeDeleted"));
        api().queryParam("includeDeleted", "false").queryParam("status", "completed").get("/interviews").then()
                .statusCode(200);
    }

    @Test
    void tombstonesArePurgedAfterThirtyDays() {
        String old = register("gh-old");
        delete(old);
        clock.advance(Duration.ofDays(20));
        String recent = register("gh-recent");
        delete(recent);
        clock.advance(Duration.ofDays(11));

        assertThat(retention.purge()).isEqualTo(1);
        sync().get("/interviews").then().body("items.id", contains(recent));
        assertThat(retention.purge()).isZero();
    }

    @Test
    void theSyncListSeeksTheTombstoneIndexes() {
        var parameters = Map.<String, Object>of("tenant", TENANT, "owner", CANDIDATE,
                "after", Instant.parse("2026-03-09T10:00:00Z"));
        assertThat(plans.explain("select * from interview_tombstone where tenant_id = :tenant and owner_id = :owner "
                + "and deleted_at > :after order by deleted_at, id", parameters).toLowerCase())
                // Either tombstone index: both lead with (tenant_id, ..., deleted_at); an empty table's statistics
                // cannot tell the planner which is narrower.
                .contains("ix_interview_tombstone_").doesNotContain("seq scan").doesNotContain("tablescan");
        assertThat(plans.explain("select * from interview_tombstone where tenant_id = :tenant "
                + "and deleted_at > :after order by deleted_at, id",
                Map.of("tenant", TENANT,
                        "after", Instant.parse("2026-03-09T10:00:00Z")))
                .toLowerCase())
                .contains("ix_interview_tombstone_deleted");
    }
}
