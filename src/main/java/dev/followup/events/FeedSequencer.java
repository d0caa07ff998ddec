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

    /** Events numbered in one transaction at most. */
    static final int BATCH = 500;

    private static final String PENDING = "select id, owner_id, type, subject_id, occurred_at from event "
            + "where tenant_id = ? and feed_position is null order by recorded_by, recorded_index limit " + BATCH;

    private final DataSource dataSource;
    private final Instance<EventFanOut> fanOut;

    FeedSequencer(DataSource dataSource, Instance<EventFanOut> fanOut) {
        this.dataSource = dataSource;
        this.fanOut = fanOut;
    }

    /**
     * Numbers every event of {@code tenant} committed so far, waiting for a numbering under way elsewhere
     * (so that what the caller then reads includes its own committed changes). Outside the caller's
     * transaction; the caller must not hold the tenant's feed row.
     */
    public void catchUp(String tenant) {
        while (pending(tenant) && QuarkusTransaction.requiringNew().call(() -> numberBatch(tenant, false)) == BATCH) {
            // a backlog larger than a batch: another transaction for the rest
        }
    }

    /** As {@link #catchUp}, but leaves a tenant that another replica is numbering right now to it. */
    public void catchUpUnlessBusy(String tenant) {
        while (pending(tenant) && QuarkusTransaction.requiringNew().call(() -> numberBatch(tenant, true)) == BATCH) {
            // a backlog larger than a batch: another transaction for the rest
        }
    }

    /** Whether the tenant has committed events without a position: one seek, no lock. */
    private boolean pending(String tenant) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "select 1 from event where tenant_id = ? and feed_position is null limit 1")) {
            read.setString(1, tenant);
            try (ResultSet row = read.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new PersistenceException("The event feed could not be read", e);
        }
    }

    private int numberBatch(String tenant, boolean skipIfBusy) {
        try (Connection connection = dataSource.getConnection()) {
            Long last = lockFeed(connection, tenant, skipIfBusy);
            if (last == null) {
                return 0; // no feed row yet, or another replica is numbering it now
            }
            List<StoredEvent> batch = pendingEvents(connection, tenant);
            if (batch.isEmpty()) {
                return 0;
            }
            long position = last;
            try (PreparedStatement number = connection.prepareStatement(
                    "update event set feed_position = ? where tenant_id = ? and id = ?")) {
                for (StoredEvent event : batch) {
                    event.position = ++position;
                    number.setLong(1, event.position);
                    number.setString(2, tenant);
                    number.setObject(3, event.id);
                    number.addBatch();
                }
                number.executeBatch();
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

    private static Long lockFeed(Connection connection, String tenant, boolean skipIfBusy) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select last_position from event_feed "
                + "where tenant_id = ? for update" + (skipIfBusy ? " skip locked" : ""))) {
            lock.setString(1, tenant);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static List<StoredEvent> pendingEvents(Connection connection, String tenant) throws SQLException {
        List<StoredEvent> batch = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement(PENDING)) {
            read.setString(1, tenant);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    StoredEvent event = new StoredEvent();
                    event.tenantId = tenant;
                    event.id = rows.getObject(1, UUID.class);
                    event.ownerId = rows.getString(2);
                    event.type = rows.getString(3);
                    event.subjectId = rows.getObject(4, UUID.class);
                    event.occurredAt = rows.getObject(5, OffsetDateTime.class).toInstant();
                    batch.add(event);
                }
            }
        }
        return batch;
    }
}
