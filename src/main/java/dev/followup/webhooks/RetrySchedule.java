package dev.followup.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

/**
 * When a failed delivery is tried again: at once, then after 5 seconds, 5 minutes, 30 minutes, 2, 5, 10,
 * 14, 20, 24, 24 and 24 hours: twelve attempts over a little more than five days, so that a receiver that
 * stays down is found failing for five days (and its subscription disabled) even when no new event comes. Timeouts, connection
 * failures, 5xx, 408 and 429 are retried ({@code Retry-After} honoured, within a day); any other 4xx is
 * the receiver's final answer; 410 Gone also ends the subscription.
 */
final class RetrySchedule {

    static final List<Duration> DELAYS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24), Duration.ofHours(24),
            Duration.ofHours(24));
    static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

    /** What an attempt's answer means. */
    enum Verdict {
        DELIVERED,
        RETRY,
        /** Final: the receiver refused it (4xx). */
        REFUSED,
        /** Final, and the subscription ends: 410 Gone. */
        GONE
    }

    private RetrySchedule() {
    }

    /** The verdict on an HTTP status; {@code null} (no answer: a timeout or a failed connection) is retried. */
    static Verdict verdict(Integer status) {
        if (status == null) {
            return Verdict.RETRY;
        }
        if (status >= 200 && status < 300) {
            return Verdict.DELIVERED;
        }
        if (status == 410) {
            return Verdict.GONE;
        }
        if (status == 408 || status == 429 || status >= 500) {
            return Verdict.RETRY;
        }
        return Verdict.REFUSED; // 3xx (redirects are not followed), the other 4xx, and anything stranger
    }

    /**
     * When to try again after {@code attemptsMade} attempts, the last at {@code now}; {@code null} when the
     * schedule is spent. A receiver's {@code Retry-After} moves the next attempt later, never earlier, and
     * at most a day.
     */
    static Instant next(int attemptsMade, Instant now, Duration retryAfter) {
        if (attemptsMade < 1 || attemptsMade > DELAYS.size()) {
            return null;
        }
        Duration delay = DELAYS.get(attemptsMade - 1);
        if (retryAfter != null) {
            delay = Collections.min(List.of(Collections.max(List.of(delay, retryAfter)), MAX_RETRY_AFTER));
        }
        return now.plus(delay);
    }

    /** The seconds of a {@code Retry-After} header (delay-seconds or an HTTP date); {@code null} when unusable. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = java.time.ZonedDateTime.parse(value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (java.time.format.DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
