package dev.followup.events;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "followup.events")
public interface EventsConfig {

    /** How long events stay in the feed. */
    @WithDefault("P30D")
    Duration retention();

    /** How many items one transaction of the due/overdue sweep announces at most. */
    @WithDefault("500")
    int sweepBatch();

    /** How often each replica sweeps (read by the scheduler as {@code followup.events.sweep-every}). */
    String sweepEvery();

    /** How long after start the first sweep is (read by the scheduler). */
    String sweepDelay();

    /** How often a live stream looks for new events. */
    @WithDefault("1s")
    Duration streamPoll();

    /** How long a live stream stays quiet before it sends a keep-alive comment. */
    @WithDefault("15s")
    Duration streamHeartbeat();

    /** How often purged events are deleted (read by the scheduler as {@code followup.events.purge-every}). */
    String purgeEvery();
}
