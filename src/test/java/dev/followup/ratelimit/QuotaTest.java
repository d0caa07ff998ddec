package dev.followup.ratelimit;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Fixed windows aligned on the epoch, and the RateLimit fields, without Quarkus. */
class QuotaTest {

    private final Quota quota = new Quota("candidate", 600, Duration.ofMinutes(1));

    @Test
    void windowsAreAlignedSoThatEveryReplicaCountsInTheSameOne() {
        assertThat(quota.windowStart(Instant.parse("2026-03-09T10:00:59.999Z")))
                .isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
        assertThat(quota.windowStart(Instant.parse("2026-03-09T10:01:00Z")))
                .isEqualTo(Instant.parse("2026-03-09T10:01:00Z"));
    }

    @Test
    void whatIsLeftRoundsUpToWholeSecondsAndNeverToZero() {
        assertThat(quota.secondsLeft(Instant.parse("2026-03-09T10:00:17.200Z"))).isEqualTo(43);
        assertThat(quota.secondsLeft(Instant.parse("2026-03-09T10:00:59.999Z"))).isEqualTo(1);
        assertThat(quota.secondsLeft(Instant.parse("2026-03-09T10:00:00Z"))).isEqualTo(60);
    }

    @Test
    void theFieldsFollowTheDraftsStructuredSyntax() {
        Instant now = Instant.parse("2026-03-09T10:00:18Z");
        assertThat(quota.policyField()).isEqualTo("\"candidate\";q=600;w=60");
        assertThat(quota.stateField(2, now)).isEqualTo("\"candidate\";r=598;t=42");
        assertThat(quota.stateField(900, now)).isEqualTo("\"candidate\";r=0;t=42");
        assertThat(quota.exceededBy(600)).isFalse();
        assertThat(quota.exceededBy(601)).isTrue();
    }
}
