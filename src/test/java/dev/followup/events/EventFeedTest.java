package dev.followup.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.followup.contract.Database;
import dev.followup.identity.DevToken;
import dev.followup.system.TestClock;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.Api.as;
import static dev.followup.contract.Fixtures.idOf;
import static dev.followup.contract.Fixtures.plan;
import static dev.followup.contract.Fixtures.register;
import static dev.followup.contract.Fixtures.registerNow;
import static dev.followup.contract.InterviewJson.fromAts;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The outbox and the feed: every committed change leaves its events, each change's together, with the resource
 * as the API returned it; a refused change leaves none; each caller reads only their own.
 */
@QuarkusTest
class EventFeedTest {

    @Inject
    Database database;

    @Inject
    TestClock clock;

    @Inject
    EventRetention retention;

    @Inject
    EntityManager em;

    @Test
    void registeringAnInterviewRecordsItAndEveryItemOfItsPlan() {
        String id = register(interview());
        JsonPath feed = Feed.after("");
        assertThat(feed.getList("items.type")).containsExactly("interview.created", "follow_up.planned",
                "follow_up.planned", "follow_up.planned", "follow_up.planned", "follow_up.planned");
        assertThat(feed.getString("items[0].data.id")).isEqualTo(id);
        assertThat(feed.getString("items[0].data.company.name")).isEqualTo("Acme Robotics");
        assertThat(feed.getString("items[0].tenantId")).isEqualTo("tenant-a");
        assertThat(feed.getString("items[0].candidateId")).isEqualTo("candidate-1");
        assertThat(feed.getString("items[0].occurredAt")).isEqualTo("2026-03-06T14:30:00Z");
        assertThat(feed.getList("items.data.interviewId").subList(1, 6)).containsOnly(id);
        assertThat(feed.getList("items.data.type").subList(1, 6)).containsExactlyInAnyOrderElementsOf(
                plan(id).getList("items.type"));
        assertThat(feed.getList("items.id").stream().distinct()).hasSize(6);
        assertThat(feed.getBoolean("hasMore")).isFalse();
    }

    @Test
    void aMoveCarriesTheWindowBeforeIt() {
        String id = register(interview());
        String checkId = idOf(plan(id), "status_check");
        String after = Feed.after("").getString("next");
        Map<String, Object> changed = interview();
        changed.put("expectedDecisionDate", "2026-03-17");
        api().header("If-Match", "\"0\"").body(changed).put("/interviews/" + id).then().statusCode(200);

        JsonPath feed = Feed.after(after);
        // The check, the final follow-up and the move-on all follow the decision date; the thank-yous stay.
        assertThat(feed.getList("items.type")).containsExactly("interview.updated", "follow_up.changed",
                "follow_up.changed", "follow_up.changed");
        assertThat(feed.getString("items[0].data.expectedDecisionDate")).isEqualTo("2026-03-17");
        assertThat(feed.getInt("items[0].data.version")).isEqualTo(1);
        String check = "items.find { it.data.id == '" + checkId + "' }";
        assertThat(feed.getString(check + ".data.earliestLocal")).isEqualTo("2026-03-18T09:00:00+01:00");
        assertThat(feed.getString(check + ".previous.earliestAt")).isEqualTo("2026-03-16T08:00:00Z");
        assertThat(feed.getString(check + ".previous.status")).isEqualTo("pending");
        assertThat(feed.getInt(check + ".data.sequence")).isEqualTo(1);
    }

    @Test
    void aRejectionClosesTheProcessAndCancelsWhatIsLeft() {
        String id = register(interview());
        String after = Feed.after("").getString("next");
        api().body(Map.of("type", "rejected")).post("/interviews/" + id + "/outcome").then().statusCode(200);

        JsonPath feed = Feed.after(after);
        List<String> types = feed.getList("items.type");
        assertThat(types).startsWith("interview.updated", "process.closed").contains("follow_up.cancelled");
        assertThat(feed.getString("items[1].data.outcome")).isEqualTo("rejected");
        assertThat(feed.getString("items.find { it.type == 'follow_up.cancelled' }.data.statusNote"))
                .contains("R10");
        // Recording the same outcome again closes nothing new.
        String later = feed.getString("next");
        api().body(Map.of("type", "rejected")).post("/interviews/" + id + "/outcome").then().statusCode(200);
        assertThat(Feed.after(later).getList("items.type")).doesNotContain("process.closed");
    }

    @Test
    void aDeletedInterviewIsAnnouncedWithItsOpenItemsCancelled() {
        String id = register(interview());
        String after = Feed.after("").getString("next");
        api().header("If-Match", "\"0\"").delete("/interviews/" + id).then().statusCode(204);

        JsonPath feed = Feed.after(after);
        assertThat(feed.getString("items[0].type")).isEqualTo("interview.deleted");
        assertThat(feed.getString("items[0].data.id")).isEqualTo(id);
        assertThat(feed.getList("items.type").subList(1, feed.getList("items").size()))
                .containsOnly("follow_up.cancelled").hasSize(5);
        assertThat(feed.getString("items[1].data.statusNote")).isEqualTo("The interview was deleted.");
    }

    @Test
    void aRefusedChangeLeavesNoEvent() {
        register(fromAts("greenhouse", "gh-1"));
        long before = database.count("event");
        api().body(fromAts("greenhouse", "gh-1")).post("/interviews").then().statusCode(409);
        api().header("If-Match", "\"7\"").body(interview())
                .put("/interviews/" + Feed.after("").getString("items[0].data.id"))
                .then().statusCode(412);
        assertThat(database.count("event")).isEqualTo(before);
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        register(interview());
        register(interview());
        List<String> seen = new ArrayList<>();
        String after = "";
        boolean more = true;
        while (more) {
            JsonPath page = api().get("/events?pageSize=5" + (after.isEmpty() ? "" : "&after=" + after)).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(5);
            seen.addAll(page.getList("items.id"));
            after = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        assertThat(seen).hasSize(12).doesNotHaveDuplicates().isEqualTo(Feed.after("").getList("items.id"));
        // The last page's position is where a poller waits: nothing yet, then the next change.
        api().get("/events?after=" + after).then().statusCode(200).body("items", hasSize(0))
                .body("next", equalTo(after)).body("hasMore", equalTo(false));
        register(interview());
        assertThat(Feed.after(after).getList("items")).hasSize(6);
    }

    @Test
    void eachCallerReadsOnlyTheirOwnEvents() {
        register(interview());
        String other = DevToken.candidate("candidate-2", "tenant-a").sign();
        as(other).body(interview()).post("/interviews").then().statusCode(201);
        String elsewhere = DevToken.candidate("candidate-1", "tenant-b").sign();

        assertThat(Feed.after("").getList("items.candidateId")).containsOnly("candidate-1").hasSize(6);
        as(other).get("/events").then().statusCode(200).body("items", hasSize(6))
                .body("items.candidateId", org.hamcrest.Matchers.everyItem(equalTo("candidate-2")));
        as(elsewhere).get("/events").then().statusCode(200).body("items", hasSize(0));
        String integration = DevToken.integration("ats-sync", "tenant-a").sign();
        as(integration).get("/events?pageSize=100").then().statusCode(200).body("items", hasSize(12));
        as(integration).header("On-Behalf-Of", "candidate-2").get("/events").then().statusCode(200)
                .body("items", hasSize(6));
    }

    @Test
    void aPositionThatIsNotOneIsRefusedNamingTheParameter() {
        for (String bad : List.of("abc", "ZXZ8LTE", "aW50ZXJ2aWV3", "%00")) {
            api().get("/events?after=" + bad).then().statusCode(400)
                    .body("violations[0].field", equalTo("after"));
        }
        api().get("/events?pageSize=101").then().statusCode(400).body("violations[0].field", equalTo("pageSize"));
    }

    @Test
    void aPositionOlderThanTheRetentionIsGoneNotAGap() {
        register(interview());
        String early = Feed.after("").getString("items[0].id");
        String position = api().get("/events?pageSize=1").then().extract().path("next");
        clock.advance(Duration.ofDays(31));
        registerNow(interview());
        assertThat(retention.purge()).isEqualTo(6);
        api().get("/events?after=" + position).then().statusCode(410)
                .body("type", equalTo("urn:interview-followup:problem:gone"))
                .body("detail", containsString("30 days"));
        JsonPath kept = Feed.after("");
        assertThat(kept.getString("items[0].type")).isEqualTo("interview.created");
        assertThat(kept.getList("items.id")).doesNotContain(early);
        api().get("/events?after=" + kept.getString("next")).then().statusCode(200);
        assertThat(Instant.parse(kept.getString("items[0].occurredAt"))).isAfter(TestClock.START);
    }

    /** Concurrent writers of one tenant: the feed numbers their events 1..n without a gap, each change's together. */
    @Test
    void concurrentChangesAreNumberedWithoutGapsEachChangesTogether() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> registered = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                registered.add(pool.submit(() -> registerNow(interview())));
            }
            for (Future<String> id : registered) {
                id.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonPath feed = Feed.after(""); // numbers what has committed, then reads
        List<Number> positions = positions();
        assertThat(positions).hasSize(48);
        for (int i = 0; i < positions.size(); i++) {
            assertThat(positions.get(i).longValue()).isEqualTo(i + 1);
        }
        List<String> types = feed.getList("items.type");
        List<String> subjects = feed.getList("items.data.id");
        List<String> interviews = feed.getList("items.data.interviewId");
        for (int i = 0; i < 48; i += 6) { // each registration's six events sit together, the interview first
            assertThat(types.get(i)).isEqualTo("interview.created");
            assertThat(interviews.subList(i + 1, i + 6)).containsOnly(subjects.get(i));
        }
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<Number> positions() {
        return em
                .createNativeQuery(
                        "select feed_position from event where tenant_id = 'tenant-a' order by feed_position")
                .getResultList();
    }

}
