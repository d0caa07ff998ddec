package dev.followup.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.Synchronization;

/**
 * Writes one transaction's events, unnumbered, at the last moment before commit; {@link FeedSequencer} numbers
 * them once they have committed. It runs after Hibernate has flushed the change (its synchronization is
 * registered first), so the change's rows are locked when the transaction draws its recording number: a
 * change that waited for another's rows draws a later one, and their events are numbered in that order.
 * Nothing shared is locked here, so writers of one tenant commit side by side. Plain JDBC on the
 * transaction's connection: Hibernate has already let go of it by now.
 */
final class RecordedEvents implements Synchronization {

    private static final String INSERT = "insert into event (tenant_id, id, owner_id, type, subject_id, "
            + "occurred_at, data_json, previous_json, recorded_by, recorded_index) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final List<StoredEvent> events = new ArrayList<>();

    RecordedEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void add(StoredEvent event) {
        events.add(event);
    }

    /** Rewrites the bodies of the events this transaction recorded so far (an erasure redacts them). */
    void rewrite(UnaryOperator<String> json) {
        for (StoredEvent event : events) {
            event.dataJson = json.apply(event.dataJson);
            event.previousJson = event.previousJson == null ? null : json.apply(event.previousJson);
        }
    }

    /** Whether this transaction has recorded no event of {@code tenant} yet. */
    boolean firstOf(String tenant) {
        return events.stream().noneMatch(e -> e.tenantId.equals(tenant));
    }

    @Override
    public void beforeCompletion() {
        try (Connection connection = dataSource.getConnection()) {
            long recording = nextRecording(connection);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int index = 0;
                for (StoredEvent event : events) {
                    insert.setString(1, event.tenantId);
                    insert.setObject(2, event.id);
                    insert.setString(3, event.ownerId);
                    insert.setString(4, event.type);
                    insert.setObject(5, event.subjectId);
                    insert.setObject(6, event.occurredAt.atOffset(ZoneOffset.UTC));
                    insert.setString(7, event.dataJson);
                    if (event.previousJson == null) {
                        insert.setNull(8, Types.VARCHAR);
                    } else {
                        insert.setString(8, event.previousJson);
                    }
                    insert.setLong(9, recording);
                    insert.setInt(10, index++);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("The change's events could not be recorded", e);
        }
    }

    private static long nextRecording(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("select nextval('event_recording')");
                ResultSet row = next.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    public void afterCompletion(int status) {
        events.clear();
    }
}
