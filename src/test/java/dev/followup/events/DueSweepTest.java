package dev.followup.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.followup.schedule.FollowUpAlarms;
import dev.followup.system.TestClock;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.Fixtures.idOf;
import static dev.followup.contract.Fixtures.plan;
import static dev.followup.contract.Fixtures.register;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The due/overdue sweep and snoozes. The default interview is registered right after it ended (Friday
 * 6 March, Berlin); at the clock's start (Monday 9 March) its thank-yous are overdue and its status check
 * opens on Monday 16 March at 09:00 local (08:00Z).
 */
@QuarkusTest
class DueSweepTest {

    private static final Instant CHECK_OPENS = Instant.parse("2026-03-16T08:00:00Z");

    @Inject
    DueSweep sweep;

    @Inject
    FollowUpAlarms alarms;

    @Inject
    TestClock clock;

    @Test
    void aWindowThatClosedBeforeTheSweepCameIsOverdueNotDue() {
        String id = register(interview());
        String after = Feed.end();
        assertThat(sweep.sweepAll()).isEqualTo(2);
        JsonPath feed = Feed.after(after);
        assertThat(feed.getList("items.type")).containsExactly("follow_up.overdue", "follow_up.overdue");
        assertThat(feed.getList("items.data.type")).containsOnly("thank_you");
        assertThat(feed.getList("items.data.status")).containsOnly("overdue");
        assertThat(feed.getList("items.data.interviewId")).containsOnly(id);
        assertThat(sweep.sweepAll()).isZero();
    }

    @Test
    void anItemIsDueWhenItsWindowOpensThenOverdueWhenItClosesUndone() {
        String checkId = idOf(plan(register(interview())), "status_check");
        sweep.sweepAll();
        String after = Feed.end();
        clock.set(CHECK_OPENS.minusSeconds(1));
        assertThat(sweep.sweepAll()).isZero();
        clock.set(CHECK_OPENS);
        assertThat(sweep.sweepAll()).isEqualTo(1);
        JsonPath due = Feed.after(after);
        assertThat(due.getList("items.type")).containsExactly("follow_up.due");
        assertThat(due.getString("items[0].data.id")).isEqualTo(checkId);
        assertThat(due.getString("items[0].data.status")).isEqualTo("due");
        assertThat(due.getString("items[0].occurredAt")).isEqualTo("2026-03-16T08:00:00Z");

        String latest = api().get("/follow-ups/" + checkId).then().extract().path("latestAt");
        clock.set(Instant.parse(latest).plusSeconds(1));
        sweep.sweepAll();
        JsonPath later = Feed.after(due.getString("next"));
        assertThat(later.getString("items.find { it.data.id == '" + checkId + "' }.type"))
                .isEqualTo("follow_up.overdue");
        clock.set(Instant.parse("2026-06-01T00:00:00Z"));
        sweep.sweepAll();
        assertThat(Feed.after(later.getString("next")).getList("items.data.id")).doesNotContain(checkId);
    }

    @Test
    void anItemDoneBeforeItsMomentIsNeverAnnounced() {
        String checkId = idOf(plan(register(interview())), "status_check");
        api().body(Map.of()).post("/follow-ups/" + checkId + "/done").then().statusCode(200);
        clock.set(Instant.parse("2026-06-01T00:00:00Z"));
        sweep.sweepAll();
        List<String> announced = Feed.after("")
                .getList("items.findAll { it.type == 'follow_up.due' || it.type == 'follow_up.overdue' }.data.id");
        assertThat(announced).isNotEmpty().doesNotContain(checkId);
    }

    @Test
    void aSnoozedItemBecomesDueAgainWhenTheSnoozeEnds() {
        String checkId = idOf(plan(register(interview())), "status_check");
        clock.set(CHECK_OPENS.plusSeconds(1800));
        sweep.sweepAll();
        api().body(Map.of("until", "2026-03-16T13:00:00+01:00")).post("/follow-ups/" + checkId + "/snooze").then()
                .statusCode(200).body("snoozedUntil", equalTo("2026-03-16T12:00:00Z"))
                .body("snoozeNote", nullValue()).body("status", equalTo("due"));
        String after = Feed.end();
        assertThat(Feed.after("").getString("items[-1].type")).isEqualTo("follow_up.changed");
        clock.set(Instant.parse("2026-03-16T11:59:59Z"));
        assertThat(sweep.sweepAll()).isZero();
        clock.set(Instant.parse("2026-03-16T12:00:00Z"));
        assertThat(sweep.sweepAll()).isEqualTo(1);
        JsonPath again = Feed.after(after);
        assertThat(again.getList("items.type")).containsExactly("follow_up.due");
        assertThat(again.getString("items[0].data.id")).isEqualTo(checkId);
        api().get("/follow-ups/" + checkId).then().body("snoozedUntil", nullValue());
        List<String> dueIds = Feed.after("").getList("items.findAll { it.type == 'follow_up.due' }.id");
        assertThat(dueIds).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aSnoozePastTheWindowIsTheCandidatesCallAndSaysWhatItMeans() {
        String checkId = idOf(plan(register(interview())), "status_check");
        clock.set(CHECK_OPENS);
        api().body(Map.of("until", "2026-03-25T10:00:00+01:00")).post("/follow-ups/" + checkId + "/snooze").then()
                .statusCode(200).body("snoozeNote", containsString("after this follow-up's window closes"))
                .body("snoozeNote", containsString("R5"));
    }

    @Test
    void aSnoozeOutsideItsBoundsIsRefusedNamingUntil() {
        String checkId = idOf(plan(register(interview())), "status_check");
        clock.set(CHECK_OPENS.plusSeconds(3600));
        for (String until : List.of("2026-03-16T08:00:00Z", "2026-06-16T10:00:00Z", "1999-01-01T00:00:00Z")) {
            api().body(Map.of("until", until)).post("/follow-ups/" + checkId + "/snooze").then().statusCode(400)
                    .body("violations[0].field", equalTo("until"));
        }
        api().body(Map.of()).post("/follow-ups/" + checkId + "/snooze").then().statusCode(400)
                .body("violations[0].field", equalTo("until"));
        clock.set(Instant.parse("2026-03-10T10:00:00Z"));
        api().body(Map.of("until", "2026-03-12T10:00:00Z")).post("/follow-ups/" + checkId + "/snooze").then()
                .statusCode(400).body("violations[0].field", equalTo("until"))
                .body("detail", containsString("window opens"));
        api().body(Map.of()).post("/follow-ups/" + checkId + "/skip").then().statusCode(200);
        api().body(Map.of("until", "2026-03-16T12:00:00Z")).post("/follow-ups/" + checkId + "/snooze").then()
                .statusCode(409);
    }

    /** Two sweepers on one database, at once: every moment is announced, and none twice. */
    @Test
    void twoSweepersAtOnceAnnounceEachMomentOnce() throws Exception {
        for (int i = 0; i < 12; i++) {
            register(interview());
        }
        clock.set(Instant.parse("2026-06-01T00:00:00Z")); // every open item's window has closed
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> sweeper = () -> {
            start.await();
            int total = 0;
            for (int swept = alarms.sweep("tenant-a", 4); swept > 0; swept = alarms.sweep("tenant-a", 4)) {
                total += swept;
            }
            return total;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            results.add(pool.submit(sweeper));
            results.add(pool.submit(sweeper));
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get(60, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(12 * 5);
        } finally {
            pool.shutdownNow();
        }
        List<String> announced = new ArrayList<>();
        String after = "";
        boolean more = true;
        while (more) {
            JsonPath page = Feed.after(after);
            announced.addAll(page.getList("items.findAll { it.type == 'follow_up.overdue' }.data.id"));
            after = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        assertThat(announced).hasSize(12 * 5);
        assertThat(announced.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting())).values())
                .containsOnly(1L);
    }

}
