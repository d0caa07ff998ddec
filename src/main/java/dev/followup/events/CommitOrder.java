package dev.followup.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.Synchronization;

/**
 * Numbers one transaction's events in their tenants' feeds at the last moment before commit. The
 * tenant's {@code event_feed} row is locked from here to the commit, so transactions of one tenant
 * number their events in the order they commit: a reader that sees position n has seen every committed
 * position below it, and a feed cursor never skips an event that commits later. It runs after Hibernate
 * has flushed the change (its synchronization is registered first), so the lock is held only for the few
 * statements between here and the commit. Plain JDBC on the transaction's connection: Hibernate has
 * already let go of it by now.
 */
final class CommitOrder implements Synchronization {

    private static final String INSERT = "insert into event (tenant_id, id, feed_position, owner_id, type, "
            + "subject_id, occurred_at, data_json, previous_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final BiConsumer<Connection, List<StoredEvent>> afterNumbering;
    private final List<StoredEvent> events = new ArrayList<>();

    /** {@code afterNumbering} runs on the same connection, in the same transaction (webhook deliveries). */
    CommitOrder(DataSource dataSource, BiConsumer<Connection, List<StoredEvent>> afterNumbering) {
        this.dataSource = dataSource;
        this.afterNumbering = afterNumbering;
    }

    void add(StoredEvent event) {
        events.add(event);
    }

    /** Whether this transaction has recorded no event of {@code tenant} yet. */
    boolean firstOf(String tenant) {
        return events.stream().noneMatch(e -> e.tenantId.equals(tenant));
    }

    @Override
    public void beforeCompletion() {
        Map<String, List<StoredEvent>> byTenant = new TreeMap<>(); // one lock order, whatever the mix
        events.forEach(e -> byTenant.computeIfAbsent(e.tenantId, t -> new ArrayList<>()).add(e));
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, List<StoredEvent>> tenant : byTenant.entrySet()) {
                number(connection, tenant.getKey(), tenant.getValue());
                afterNumbering.accept(connection, tenant.getValue());
            }
        } catch (SQLException e) {
            throw new PersistenceException("The change's events could not be recorded", e);
        }
    }

    private static void number(Connection connection, String tenant, List<StoredEvent> ofTenant)
            throws SQLException {
        try (PreparedStatement take = connection.prepareStatement(
                "update event_feed set last_position = last_position + ? where tenant_id = ?")) {
            take.setLong(1, ofTenant.size());
            take.setString(2, tenant);
            take.executeUpdate();
        }
        long last;
        try (PreparedStatement read = connection.prepareStatement(
                "select last_position from event_feed where tenant_id = ?")) {
            read.setString(1, tenant);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                last = row.getLong(1);
            }
        }
        long position = last - ofTenant.size();
        ofTenant.sort(Comparator.comparing((StoredEvent e) -> e.occurredAt)); // stable: recording order within
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (StoredEvent event : ofTenant) {
                event.position = ++position;
                insert.setString(1, event.tenantId);
                insert.setObject(2, event.id);
                insert.setLong(3, event.position);
                insert.setString(4, event.ownerId);
                insert.setString(5, event.type);
                insert.setObject(6, event.subjectId);
                insert.setObject(7, event.occurredAt.atOffset(ZoneOffset.UTC));
                insert.setString(8, event.dataJson);
                if (event.previousJson == null) {
                    insert.setNull(9, Types.VARCHAR);
                } else {
                    insert.setString(9, event.previousJson);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public void afterCompletion(int status) {
        events.clear();
    }
}
