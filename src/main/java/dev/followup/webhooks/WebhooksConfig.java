package dev.followup.webhooks;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "followup.webhooks")
public interface WebhooksConfig {

    /** Plain http receivers: laptops and tests only. */
    @WithDefault("false")
    boolean allowHttp();

    /** Receivers on this machine (localhost): laptops and tests only. */
    @WithDefault("false")
    boolean allowLoopback();

    /** How long one delivery may take, connection included. */
    @WithDefault("10s")
    Duration timeout();

    /** How many deliveries of one subscription each replica has on their way at once. */
    @WithDefault("4")
    int maxInFlightPerSubscription();

    /** How many deliveries of one subscription may be claimed at once, over all replicas. */
    @WithDefault("32")
    int maxClaimedPerSubscription();

    /** How many deliveries one replica holds claimed at most, over all subscriptions. */
    @WithDefault("256")
    int maxInFlight();

    /** A failing receiver gets one delivery at a time, at most once this often, until one succeeds. */
    @WithDefault("5s")
    Duration probeEvery();

    /** A subscription whose deliveries have failed this long without one success is disabled. */
    @WithDefault("P5D")
    Duration disableAfter();

    /** How long the previous secret keeps signing after a rotation. */
    @WithDefault("PT24H")
    Duration rotationOverlap();

    /** How many subscriptions one owner may have. */
    @WithDefault("20")
    int maxPerOwner();

    /** How often each replica looks for deliveries to send (read by the scheduler). */
    String dispatchEvery();
}
