package dev.followup.events;

import java.sql.Connection;
import java.util.List;

/**
 * Hears a transaction's events once they are numbered, on its connection and before its commit, so that
 * what it writes (webhook deliveries) commits with them or not at all. Implemented by higher packages.
 */
public interface EventFanOut {

    void numbered(Connection connection, List<StoredEvent> events);
}
