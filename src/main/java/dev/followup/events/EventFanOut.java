package dev.followup.events;

import java.sql.Connection;
import java.util.List;

/**
 * Hears a tenant's events as they are numbered, on the numbering transaction's connection and before its
 * commit, so that what it writes (webhook deliveries) commits with the numbers or not at all. Implemented by
 * higher packages.
 */
public interface EventFanOut {

    void numbered(Connection connection, List<StoredEvent> events);
}
