package dev.followup.integration;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "followup.integrations")
public interface IntegrationsConfig {

    /** Whether the replica that received a webhook starts applying it at once (tests apply it themselves). */
    @WithDefault("true")
    boolean applyAtOnce();

    /** How often every replica looks for webhooks left to apply (read by the scheduler as {@code apply-every}). */
    String applyEvery();

    /** How long after start the first look is (read by the scheduler). */
    String applyDelay();

    /** How long a replica holds a webhook it claimed: another takes it over after that if it did not finish. */
    @WithDefault("PT1M")
    Duration applyLease();

    /** How many webhooks one claim takes. */
    @WithDefault("20")
    int applyBatch();

    /** How many tries a webhook gets before it is settled as failed. */
    @WithDefault("8")
    int maxAttempts();

    /** How far back a Lever webhook's signed {@code triggeredAt} may be (Lever lets its users rerun two weeks). */
    @WithDefault("P14D")
    Duration leverWindow();

    /** How long received webhooks are listed before they are purged. */
    @WithDefault("P30D")
    Duration retention();
}
