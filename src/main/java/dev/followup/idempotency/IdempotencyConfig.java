package dev.followup.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "followup.idempotency")
interface IdempotencyConfig {

    /** How long a key's first response is replayed; after that the key may be used afresh. */
    @WithDefault("PT24H")
    Duration retention();

    /** How often expired keys are deleted (read by the scheduler as {@code followup.idempotency.purge-every}). */
    @WithDefault("15m")
    String purgeEvery();
}
