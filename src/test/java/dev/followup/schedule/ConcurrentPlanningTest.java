package dev.followup.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.followup.contract.Database;
import dev.followup.contract.Fixtures;
import dev.followup.system.TestClock;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes to two rounds of one hiring process race to recompute the same plan: each either wins or
 * gets a 4xx asking to retry, never a 500, and the plan never holds a duplicate.
 */
@QuarkusTest
class ConcurrentPlanningTest {

    @Inject
    Database database;

    @Inject
    TestClock clock;

    @Test
    void racingChangesToOneProcessNeverFailWithA500OrDuplicateAnItem() throws Exception {
        String first = Fixtures.register(interview());
        String process = api().get("/interviews/" + first).then().extract().path("processId");
        Map<String, Object> second = interview();
        second.put("startAt", "2026-03-12T10:00:00+01:00");
        second.put("endAt", "2026-03-12T11:00:00+01:00");
        second.put("processId", process);
        String secondId = Fixtures.register(second);
        clock.set(Instant.parse("2026-03-13T09:00:00Z")); // both rounds have taken place

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                String target = i % 2 == 0 ? first : secondId;
                String date = "2026-03-" + (17 + i % 5);
                statuses.add(pool.submit(() -> {
                    Map<String, Object> body = api().get("/interviews/" + target).then().extract().jsonPath()
                            .getMap("$");
                    String etag = api().get("/interviews/" + target).then().extract().header("ETag");
                    Map<String, Object> change = target.equals(first) ? interview() : second;
                    change.put("expectedDecisionDate", date);
                    change.put("processId", body.get("processId"));
                    return api().header("If-Match", etag).body(change).put("/interviews/" + target).then()
                            .extract().statusCode();
                }));
                statuses.add(pool.submit(() -> api().body(Map.of("type", "answered", "nextDecisionDate", date))
                        .post("/interviews/" + target + "/outcome").then().extract().statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isIn(200, 409, 412);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(database.count("follow_up")).isEqualTo(distinctKeys());
    }

    private long distinctKeys() {
        return database.count("(select distinct interview_id, plan_key from follow_up) keys");
    }
}
