package dev.followup.webhooks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import dev.followup.events.EventFanOut;
import dev.followup.events.StoredEvent;
import dev.followup.system.Ids;

/**
 * Turns events into one delivery per interested subscription as they are numbered, in the numbering
 * transaction, so that a numbered event is never without its deliveries. A tenant without subscriptions
 * costs one primary-key read.
 */
@ApplicationScoped
class DeliveryFanOut implements EventFanOut {

    private static final String INSERT = "insert into webhook_delivery (tenant_id, id, subscription_id, event_id, "
            + "state, attempts, next_attempt_at, created_at) values (?, ?, ?, ?, 'PENDING', 0, ?, ?)";

    private final Clock clock;

    DeliveryFanOut(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void numbered(Connection connection, List<StoredEvent> events) {
        String tenant = events.get(0).tenantId;
        try {
            if (!hasSubscriptions(connection, tenant)) {
                return;
            }
            List<WebhookSubscription> subscriptions = activeSubscriptions(connection, tenant);
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (StoredEvent event : events) {
                    for (WebhookSubscription subscription : subscriptions) {
                        if (subscription.wants(event.ownerId, event.type)) {
                            insert.setString(1, tenant);
                            insert.setObject(2, Ids.newId());
                            insert.setObject(3, subscription.id);
                            insert.setObject(4, event.id);
                            insert.setObject(5, now);
                            insert.setObject(6, now);
                            insert.addBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("The events' webhook deliveries could not be recorded", e);
        }
    }

    private static boolean hasSubscriptions(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(
                "select subscriptions from event_feed where tenant_id = ?")) {
            read.setString(1, tenant);
            try (ResultSet row = read.executeQuery()) {
                return row.next() && row.getInt(1) > 0;
            }
        }
    }

    private static List<WebhookSubscription> activeSubscriptions(Connection connection, String tenant)
            throws SQLException {
        List<WebhookSubscription> active = new ArrayList<>();
        try (PreparedStatement read = connection.prepareStatement("select id, owner_id, event_types from "
                + "webhook_subscription where tenant_id = ? and status = 'ACTIVE'")) {
            read.setString(1, tenant);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    WebhookSubscription subscription = new WebhookSubscription();
                    subscription.id = rows.getObject(1, UUID.class);
                    subscription.ownerId = rows.getString(2);
                    subscription.eventTypes = rows.getString(3);
                    active.add(subscription);
                }
            }
        }
        return active;
    }
}
