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

    /** How many deliveries of one subscription may be on their way at once. */
    @WithDefault("4")
    int maxInFlightPerSubscription();

    /** How many deliveries one replica has on their way at most, over all subscriptions. */
    @WithDefault("64")
    int maxInFlight();

    /** How many deliveries one dispatch round claims at most, over all subscriptions of a tenant. */
    @WithDefault("100")
    int dispatchBatch();

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
