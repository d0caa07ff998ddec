package dev.followup.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dev.followup.contract.Database;
import dev.followup.contract.QueryPlans;

import static dev.followup.contract.Fixtures.registerNow;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are numbered after their change commits (issue 16): a writer never waits for its tenant's feed,
 * and whoever reads the feed first numbers what has committed, without a gap and each change's events
 * together, in the order the changes recorded them.
 */
@QuarkusTest
class FeedSequencerTest {

    @Inject
    Database database;

    @Inject
    DataSource dataSource;

    @Inject
    FeedSequencer sequencer;

    @Inject
    EventRetention retention;

    @Inject
    QueryPlans plans;

    @Test
    void numberingFindsEachEventByItsKeyWhateverThePendingIndexsStatistics() {
        // Statistics taken while nothing was pending make the pending index look empty; an update that could
        // use it walked a backlog of a million events per statement (65 s each, every numbering timed out).
        if (plans.onPostgres()) {
            String events = "insert into event (tenant_id, id, feed_position, owner_id, type, subject_id, occurred_at, "
                    + "data_json, recorded_by, recorded_index) select 'plans', gen_random_uuid(), %s, 'owner', "
                    + "'interview.created', gen_random_uuid(), now(), '{}', %s from generate_series(1, %d) g";
            database.execute(String.format(events, "g", "null, null", 2_000));
            plans.analyze("event");
            database.execute(String.format(events, "null", "g, 0", 20_000));
        }
        String plan = plans.explainAsSent(FeedSequencer.NUMBER);
        database.execute("delete from event where tenant_id = 'plans'");
        plans.analyze("event"); // the tests after this one plan on statistics of their own
        assertThat(plan).doesNotContainIgnoringCase("ix_event_pending");
        if (plans.onPostgres()) {
            assertThat(plan).containsIgnoringCase("pk_event");
        }
    }

    @Test
    void aWriterCommitsWhileTheTenantsFeedIsLockedAndIsNumberedOnceTheLockGoes() throws Exception {
        registerNow(interview()); // the tenant's feed row exists from its first event on
        Feed.after("");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection holder = holdingTheFeedRow()) {
            // Before issue 16 every writer of the tenant queued here until the holder committed.
            Future<String> registered = pool.submit(() -> registerNow(interview()));
            String id = registered.get(20, TimeUnit.SECONDS);
            assertThat(id).isNotNull();
            assertThat(unnumbered()).isEqualTo(6);
            holder.rollback();
        } finally {
            pool.shutdownNow();
        }
        JsonPath feed = Feed.after("");
        assertThat(feed.getList("items")).hasSize(12);
        assertThat(unnumbered()).isZero();
        assertThat(positions()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    }

    @Test
    void pendingEventsAreNumberedInTheOrderTheirChangesRecordedThemNotByTheirClock() {
        registerNow(interview());
        Feed.after("");
        // Two changes recorded out of clock order (a change that waited for another's rows records later,
        // whatever its clock said): the later recording comes later in the feed.
        insertPending("0194f1a2-0000-7000-8000-000000000002", 900_002, 0, "2026-03-06T10:00:00Z");
        insertPending("0194f1a2-0000-7000-8000-000000000003", 900_002, 1, "2026-03-06T09:00:00Z");
        insertPending("0194f1a2-0000-7000-8000-000000000001", 900_001, 0, "2026-03-06T11:00:00Z");
        JsonPath feed = Feed.after("");
        assertThat(feed.getList("items.id").subList(6, 9)).containsExactly(
                "0194f1a2-0000-7000-8000-000000000001", "0194f1a2-0000-7000-8000-000000000002",
                "0194f1a2-0000-7000-8000-000000000003");
    }

    @Test
    void aBacklogLargerThanOneNumberingIsNumberedWhole() throws Exception {
        registerNow(interview());
        Feed.after("");
        int backlog = FeedSequencer.BATCH * 2 + 7;
        for (int i = 0; i < backlog; i++) {
            insertPending(String.format("0194f1a2-0000-7000-8000-%012d", i), 1_000_000 + i, 0,
                    "2026-03-06T10:00:00Z");
        }
        sequencer.catchUp("tenant-a");
        assertThat(unnumbered()).isZero();
        List<Long> positions = positions();
        assertThat(positions).hasSize(6 + backlog);
        assertThat(positions.get(positions.size() - 1)).isEqualTo(6L + backlog);
    }

    @Test
    void aChangeWithMoreEventsThanABatchIsNumberedWholeAndTogether() throws Exception {
        registerNow(interview());
        Feed.after("");
        // One change of BATCH + 100 events (a batch registration's size) between two small ones.
        insertPending("0194f1a2-0000-7000-8000-000000000001", 800_001, 0, "2026-03-06T10:00:00Z");
        for (int i = 0; i < FeedSequencer.BATCH + 100; i++) {
            insertPending(String.format("0194f1a2-0000-7000-8001-%012d", i), 800_002, i, "2026-03-06T10:00:00Z");
        }
        insertPending("0194f1a2-0000-7000-8000-000000000003", 800_003, 0, "2026-03-06T10:00:00Z");
        // One numbering takes the first change and the big one whole, past the batch size: never half a change.
        assertThat(QuarkusTransaction.requiringNew().call(() -> sequencer.numberBatch("tenant-a")))
                .isEqualTo(1 + FeedSequencer.BATCH + 100);
        assertThat(unnumbered()).isEqualTo(1);
        sequencer.catchUp("tenant-a");
        assertThat(unnumbered()).isZero();
        List<String> ids = idsInFeedOrder();
        assertThat(ids.get(6)).isEqualTo("0194f1a2-0000-7000-8000-000000000001");
        for (int i = 0; i < FeedSequencer.BATCH + 100; i++) {
            assertThat(ids.get(7 + i)).isEqualTo(String.format("0194f1a2-0000-7000-8001-%012d", i));
        }
        assertThat(ids.get(ids.size() - 1)).isEqualTo("0194f1a2-0000-7000-8000-000000000003");
    }

    @Test
    void theBackgroundNumberingLeavesATenantThatIsBeingNumberedAndAReaderWaitsForIt() throws Exception {
        registerNow(interview());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection holder = holdingTheFeedRow()) {
            long started = System.nanoTime();
            sequencer.catchUpUnlessBusy("tenant-a"); // returns at once, numbering nothing
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(unnumbered()).isEqualTo(6);
            Future<?> reader = pool.submit(() -> sequencer.catchUp("tenant-a"));
            Thread.sleep(300);
            assertThat(reader).isNotDone(); // waits for the holder rather than reading a stale feed
            holder.rollback();
            reader.get(20, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(unnumbered()).isZero();
        assertThat(positions()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void theRetentionPurgeLeavesAnEventThatWasNeverNumbered() throws Exception {
        registerNow(interview());
        Feed.after("");
        insertPending("0194f1a2-0000-7000-8000-000000000001", 700_001, 0, "2020-01-06T10:00:00Z");
        sequencer.catchUp("tenant-a"); // numbered, then old enough to go
        insertPending("0194f1a2-0000-7000-8000-000000000002", 700_002, 0, "2020-01-06T10:00:00Z");
        assertThat(retention.purge()).isEqualTo(1);
        assertThat(unnumbered()).isEqualTo(1); // it reaches the feed and the webhooks when next numbered
        assertThat(Feed.after("").getList("items.id")).contains("0194f1a2-0000-7000-8000-000000000002");
    }

    @Test
    void readersNumberingAtOnceWithWritersLeaveNoGapAndNoPositionTwice() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                work.add(pool.submit(() -> registerNow(interview())));
                work.add(pool.submit(() -> sequencer.catchUp("tenant-a")));
            }
            for (Future<?> done : work) {
                done.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        sequencer.catchUp("tenant-a");
        List<Long> positions = positions();
        assertThat(positions).hasSize(36);
        for (int i = 0; i < positions.size(); i++) {
            assertThat(positions.get(i)).isEqualTo(i + 1L);
        }
        assertThat(lastPosition()).isEqualTo(36L);
    }

    /** A connection in a transaction that holds the tenant's feed row, as a numbering does: roll it back. */
    private Connection holdingTheFeedRow() throws Exception {
        Connection holder = dataSource.getConnection();
        holder.setAutoCommit(false);
        try (PreparedStatement lock = holder.prepareStatement(
                "select last_position from event_feed where tenant_id = 'tenant-a' for update")) {
            lock.executeQuery().close();
        }
        return holder;
    }

    private void insertPending(String id, long recordedBy, int index, String occurredAt) {
        database.execute("insert into event (tenant_id, id, owner_id, type, subject_id, occurred_at, data_json, "
                + "recorded_by, recorded_index) select tenant_id, '" + id + "', owner_id, type, subject_id, "
                + "timestamp with time zone '" + occurredAt.replace("T", " ").replace("Z", "+00") + "', data_json, "
                + recordedBy + ", " + index + " from event where feed_position = 1");
    }

    private long unnumbered() throws Exception {
        return single("select count(*) from event where tenant_id = 'tenant-a' and feed_position is null");
    }

    private long lastPosition() throws Exception {
        return single("select last_position from event_feed where tenant_id = 'tenant-a'");
    }

    private long single(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(sql);
                ResultSet row = read.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private List<String> idsInFeedOrder() throws Exception {
        return inFeedOrder("id").stream().map(String::valueOf).toList();
    }

    private List<Long> positions() throws Exception {
        return inFeedOrder("feed_position").stream().map(p -> ((Number) p).longValue()).toList();
    }

    /** One column of the tenant's numbered events, in feed order. */
    private List<Object> inFeedOrder(String column) throws Exception {
        List<Object> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement("select " + column + " from event "
                        + "where tenant_id = 'tenant-a' and feed_position is not null order by feed_position");
                ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getObject(1));
            }
        }
        return values;
    }
}
