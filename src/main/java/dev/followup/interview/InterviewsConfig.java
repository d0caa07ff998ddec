package dev.followup.interview;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "followup.interviews")
public interface InterviewsConfig {

    /** How long a deleted interview's tombstone is listed (with {@code includeDeleted}) before it is purged. */
    @WithDefault("P30D")
    Duration tombstoneRetention();

    /** How often tombstones are purged (read by the scheduler as {@code followup.interviews.purge-every}). */
    String purgeEvery();

    /** How long after start the first purge is (read by the scheduler). */
    String purgeDelay();
}
