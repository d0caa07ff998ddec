package dev.followup.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * A fixed-window quota and where a count stands in it: what the {@code RateLimit} and
 * {@code RateLimit-Policy} fields (draft-ietf-httpapi-ratelimit-headers) and {@code Retry-After} say.
 */
public record Quota(String policy, long limit, Duration window) {

    /** The start of the window that {@code now} falls in: windows are aligned on the epoch, the same on every replica. */
    public Instant windowStart(Instant now) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }

    /** Whole seconds until the window of {@code now} ends, at least 1. */
    public long secondsLeft(Instant now) {
        long millis = windowStart(now).plus(window).toEpochMilli() - now.toEpochMilli();
        return Math.max(1, (millis + 999) / 1000);
    }

    /** {@code RateLimit-Policy}: the quota and its window in seconds. */
    public String policyField() {
        return "\"" + policy + "\";q=" + limit + ";w=" + window.toSeconds();
    }

    /** {@code RateLimit}: what is left of the quota after {@code used} requests, and when it renews. */
    public String stateField(long used, Instant now) {
        return "\"" + policy + "\";r=" + Math.max(0, limit - used) + ";t=" + secondsLeft(now);
    }

    public boolean exceededBy(long used) {
        return used > limit;
    }
}
