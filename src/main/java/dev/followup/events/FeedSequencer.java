package dev.followup.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.PersistenceException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Numbers a tenant's committed events in its feed. Writers insert their events without a position
 * ({@link RecordedEvents}); whoever needs the feed current numbers what has committed by then, under the
 * tenant's {@code event_feed} row lock, in a transaction of its own: feed readers and live streams before
 * they read, the webhook dispatcher before it claims, and the due sweep in the background. A position is
 * visible only once its numbering committed, and every later numbering hands out higher ones, so a reader
 * that sees position n has seen every position below it and a cursor never skips an event. Webhook
 * deliveries are written in the numbering transaction, so a numbered event always has them.
 */
@ApplicationScoped
public class FeedSequencer {

    /**
     * How many events one numbering takes, extended to the end of the change it stops in: a change's events
     * are numbered together, however many (a batch registration has hundreds).
     */
    static final int BATCH = 500;
    private static final int BUSY = -1;
    private static final long BUSY_PAUSE_MILLIS = 10;
    /** How long {@link #catchUp} waits for another numbering before it reads what is numbered by then. */
    private static final long MAX_WAIT_MILLIS = 5_000;

    private static final String COLUMNS = "select id, owner_id, type, subject_id, occurred_at, recorded_by, "
            + "recorded_index from event where tenant_id = ? and feed_position is null";
    private static final String PENDING = COLUMNS + " order by recorded_by, recorded_index limit " + BATCH;
    /** The rest of the change a full batch ended in. */
    private static final String REST_OF_CHANGE = COLUMNS + " and recorded_by = ? and recorded_index > ? "
            + "order by recorded_index";

    /**
     * By key alone. A guard "and feed_position is null" would let the planner pick the partial pending index,
     * which statistics taken while nothing was pending show as empty: each update then walked the whole backlog.
     * No guard is needed: only a numbering changes a position, and it reads and numbers under the feed row lock.
     */
    static final String NUMBER = "update event set feed_position = ? where tenant_id = ? and id = ?";

    private final DataSource dataSource;
    private final Instance<EventFanOut> fanOut;

    FeedSequencer(DataSource dataSource, Instance<EventFanOut> fanOut) {
        this.dataSource = dataSource;
        this.fanOut = fanOut;
    }

    /**
     * Numbers every event of {@code tenant} committed so far, after a numbering under way elsewhere (so that
     * what the caller then reads includes its own committed changes). Outside the caller's transaction; the
     * caller must not hold the tenant's feed row. While another numbering holds the row, it waits without a
     * connection and looks again, so that readers of a busy tenant do not each pin a pooled connection.
     */
    public void catchUp(String tenant) {
        number(tenant, true);
    }

    /** As {@link #catchUp}, but leaves a tenant that someone else is numbering right now to them. */
    public void catchUpUnlessBusy(String tenant) {
        number(tenant, false);
    }

    /**
     * Numbers, batch after batch, until every change recorded before the call is numbered (its high-water
     * mark): a backlog of any size is drained, and changes recorded meanwhile cannot keep the caller going.
     */
    private void number(String tenant, boolean waitIfBusy) {
        Long mark = lastPendingRecording(tenant);
        if (mark == null) {
            return; // nothing pending: the common case costs this one seek
        }
        long waitedMillis = 0;
        do {
            int numbered = QuarkusTransaction.requiringNew().call(() -> numberBatch(tenant));
            if (numbered == BUSY) {
                if (!waitIfBusy || waitedMillis >= MAX_WAIT_MILLIS) {
                    return; // the holder numbers what was there; what commits later, the next caller does
                }
                waitedMillis += pause();
            } else if (numbered < BATCH) {
                return;
            }
        } while (pendingUpTo(tenant, mark)); // after a full batch or a busy feed: anything left up to the mark?
    }

    private static long pause() {
        try {
            Thread.sleep(BUSY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return MAX_WAIT_MILLIS;
        }
        return BUSY_PAUSE_MILLIS;
    }

    /** The latest change with committed events still without a position, or null: one seek, no lock. */
    private Long lastPendingRecording(String tenant) {
        return read(tenant, "select max(recorded_by) from event where tenant_id = ? and feed_position is null",
                null, row -> row.next() ? row.getObject(1, Long.class) : null);
    }

    /** Whether a change up to {@code mark} still has events without a position: one seek, no lock. */
    private boolean pendingUpTo(String tenant, long mark) {
        return read(tenant, "select 1 from event where tenant_id = ? and feed_position is null and recorded_by <= ? "
                + "limit 1", mark, ResultSet::next);
    }

    private interface RowReader<T> {
        T from(ResultSet rows) throws SQLException;
    }

    private <T> T read(String tenant, String sql, Long mark, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(sql)) {
            read.setString(1, tenant);
            if (mark != null) {
                read.setLong(2, mark);
            }
            try (ResultSet rows = read.executeQuery()) {
                return reader.from(rows);
            }
        } catch (SQLException e) {
            throw new PersistenceException("The event feed could not be read", e);
        }
    }

    /**
     * One numbering, in the caller's transaction: how many it numbered, or {@link #BUSY} when another holds the
     * feed. Package-private for the test that proves a change is numbered in one go.
     */
    int numberBatch(String tenant) {
        try (Connection connection = dataSource.getConnection()) {
            Long last = lockFeed(connection, tenant);
            if (last == null) {
                return hasFeed(connection, tenant) ? BUSY : 0; // BUSY: another numbering holds the feed now
            }
            List<StoredEvent> batch = pendingEvents(connection, tenant);
            if (batch.isEmpty()) {
                return 0;
            }
            long position = last;
            try (PreparedStatement number = connection.prepareStatement(NUMBER)) {
                for (StoredEvent event : batch) {
                    event.position = ++position;
                    number.setLong(1, event.position);
                    number.setString(2, tenant);
                    number.setObject(3, event.id);
                    number.addBatch();
                }
                for (int updated : number.executeBatch()) {
                    if (updated == 0) { // gone meanwhile: never hand out a position (or a delivery) for nothing
                        throw new PersistenceException("An event to number is gone");
                    }
                }
            }
            try (PreparedStatement advance = connection.prepareStatement(
                    "update event_feed set last_position = ? where tenant_id = ?")) {
                advance.setLong(1, position);
                advance.setString(2, tenant);
                advance.executeUpdate();
            }
            fanOut.forEach(out -> out.numbered(connection, batch));
            return batch.size();
        } catch (SQLException e) {
            throw new PersistenceException("The tenant's events could not be numbered", e);
        }
    }

    private static Long lockFeed(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select last_position from event_feed where tenant_id = ? for update skip locked")) {
            lock.setString(1, tenant);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static boolean hasFeed(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("select 1 from event_feed where tenant_id = ?")) {
            read.setString(1, tenant);
            try (ResultSet row = read.executeQuery()) {
                return row.next();
            }
        }
    }

    /** The next batch in recording order, ending where a change's events end. */
    private static List<StoredEvent> pendingEvents(Connection connection, String tenant) throws SQLException {
        List<StoredEvent> batch = new ArrayList<>();
        long[] lastRecording = new long[2];
        try (PreparedStatement read = connection.prepareStatement(PENDING)) {
            read.setString(1, tenant);
            readInto(read, tenant, batch, lastRecording);
        }
        if (batch.size() == BATCH) {
            try (PreparedStatement rest = connection.prepareStatement(REST_OF_CHANGE)) {
                rest.setString(1, tenant);
                rest.setLong(2, lastRecording[0]);
                rest.setLong(3, lastRecording[1]);
                readInto(rest, tenant, batch, lastRecording);
            }
        }
        return batch;
    }

    private static void readInto(PreparedStatement read, String tenant, List<StoredEvent> batch, long[] lastRecording)
            throws SQLException {
        try (ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                StoredEvent event = new StoredEvent();
                event.tenantId = tenant;
                event.id = rows.getObject(1, UUID.class);
                event.ownerId = rows.getString(2);
                event.type = rows.getString(3);
                event.subjectId = rows.getObject(4, UUID.class);
                event.occurredAt = rows.getObject(5, OffsetDateTime.class).toInstant();
                lastRecording[0] = rows.getLong(6);
                lastRecording[1] = rows.getLong(7);
                batch.add(event);
            }
        }
    }
}
