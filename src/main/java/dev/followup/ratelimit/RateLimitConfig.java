package dev.followup.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Requests allowed per client and window: by token subject (and tenant) for each role, by address for
 * what takes no token (the calendar feed, the ATSs' webhooks). A tenant may have limits of its own.
 */
@ConfigMapping(prefix = "followup.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** The fixed window the quotas count in. */
    @WithDefault("PT1M")
    Duration window();

    /** Requests of one candidate (token subject) per window. */
    @WithDefault("600")
    long candidate();

    /** Requests of one integration (token subject) per window. */
    @WithDefault("6000")
    long integration();

    /** Requests without a token from one address per window. */
    @WithDefault("600")
    long address();

    /** How long after start the first purge of ended windows is (read by the scheduler). */
    String purgeDelay();

    /** Per tenant: any of the three quotas of its own (an address counts for the tenant its path names). */
    Map<String, TenantLimits> tenants();

    interface TenantLimits {
        OptionalLong candidate();

        OptionalLong integration();

        OptionalLong address();
    }
}
