package dev.followup.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "followup.idempotency")
interface IdempotencyConfig {

    /** How long a key's first response is replayed; after that the key may be used afresh. */
    @WithDefault("PT24H")
    Duration retention();

    /**
     * How often expired keys are deleted (read by the scheduler as {@code followup.idempotency.purge-every}):
     * a number and a unit, s, m or h, such as 15m. Each period is run by one replica.
     */
    @WithDefault("15m")
    String purgeEvery();

    /** How long after start the first purge is (read by the scheduler). */
    @WithDefault("1m")
    String purgeDelay();
}
