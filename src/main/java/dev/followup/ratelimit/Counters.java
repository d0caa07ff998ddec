package dev.followup.ratelimit;

import java.time.Instant;

/** Where the requests of each client in each window are counted, shared by every replica. */
public interface Counters {

    /** Counts one request of the client in the window and answers the count so far, this one included. */
    long hit(String tenantId, String client, Instant windowStart);

    /** Forgets windows that ended before {@code before}; how many counters went. */
    int purge(Instant before);
}
