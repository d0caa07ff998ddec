package dev.followup.webhooks;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a failed delivery is tried again, and which answers end it. */
class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-03-09T10:00:00Z");

    @Test
    void retriesSpanMoreThanFiveDays() {
        Instant at = NOW;
        int attempts = 1;
        for (Instant next = RetrySchedule.next(attempts, at, null); next != null; next = RetrySchedule.next(attempts,
                at, null)) {
            assertThat(next).isAfter(at);
            at = next;
            attempts++;
        }
        assertThat(attempts).isEqualTo(12);
        assertThat(Duration.between(NOW, at)).isGreaterThan(Duration.ofDays(5)).isLessThan(Duration.ofDays(6));
        assertThat(RetrySchedule.next(1, NOW, null)).isEqualTo(NOW.plusSeconds(5));
        assertThat(RetrySchedule.next(2, NOW, null)).isEqualTo(NOW.plusSeconds(300));
        assertThat(RetrySchedule.next(0, NOW, null)).isNull();
        assertThat(RetrySchedule.next(11, NOW, null)).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(RetrySchedule.next(12, NOW, null)).isNull();
    }

    @Test
    void retryAfterMovesTheNextAttemptLaterNeverEarlierAndAtMostADay() {
        assertThat(RetrySchedule.next(1, NOW, Duration.ofSeconds(120))).isEqualTo(NOW.plusSeconds(120));
        assertThat(RetrySchedule.next(3, NOW, Duration.ofSeconds(1))).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
        assertThat(RetrySchedule.next(1, NOW, Duration.ofDays(9))).isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void retryAfterIsReadInSecondsOrAsAnHttpDate() {
        assertThat(RetrySchedule.retryAfter("120", NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetrySchedule.retryAfter("Mon, 09 Mar 2026 10:10:00 GMT", NOW)).isEqualTo(Duration.ofMinutes(10));
        assertThat(RetrySchedule.retryAfter("Mon, 09 Mar 2026 09:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
        assertThat(RetrySchedule.retryAfter("0", NOW)).isEqualTo(Duration.ZERO);
        assertThat(RetrySchedule.retryAfter("-5", NOW)).isNull();
        assertThat(RetrySchedule.retryAfter("soon", NOW)).isNull();
        assertThat(RetrySchedule.retryAfter(" ", NOW)).isNull();
        assertThat(RetrySchedule.retryAfter(null, NOW)).isNull();
    }

    @Test
    void eachAnswerHasItsVerdict() {
        assertThat(RetrySchedule.verdict(200)).isEqualTo(RetrySchedule.Verdict.DELIVERED);
        assertThat(RetrySchedule.verdict(204)).isEqualTo(RetrySchedule.Verdict.DELIVERED);
        assertThat(RetrySchedule.verdict(299)).isEqualTo(RetrySchedule.Verdict.DELIVERED);
        assertThat(RetrySchedule.verdict(null)).isEqualTo(RetrySchedule.Verdict.RETRY);
        assertThat(RetrySchedule.verdict(500)).isEqualTo(RetrySchedule.Verdict.RETRY);
        assertThat(RetrySchedule.verdict(503)).isEqualTo(RetrySchedule.Verdict.RETRY);
        assertThat(RetrySchedule.verdict(408)).isEqualTo(RetrySchedule.Verdict.RETRY);
        assertThat(RetrySchedule.verdict(429)).isEqualTo(RetrySchedule.Verdict.RETRY);
        assertThat(RetrySchedule.verdict(410)).isEqualTo(RetrySchedule.Verdict.GONE);
        assertThat(RetrySchedule.verdict(400)).isEqualTo(RetrySchedule.Verdict.REFUSED);
        assertThat(RetrySchedule.verdict(404)).isEqualTo(RetrySchedule.Verdict.REFUSED);
        assertThat(RetrySchedule.verdict(301)).isEqualTo(RetrySchedule.Verdict.REFUSED);
        assertThat(RetrySchedule.verdict(300)).isEqualTo(RetrySchedule.Verdict.REFUSED);
        assertThat(RetrySchedule.verdict(499)).isEqualTo(RetrySchedule.Verdict.REFUSED);
        assertThat(RetrySchedule.verdict(199)).isEqualTo(RetrySchedule.Verdict.REFUSED);
        assertThat(RetrySchedule.verdict(300)).isEqualTo(RetrySchedule.Verdict.REFUSED);
    }
}
