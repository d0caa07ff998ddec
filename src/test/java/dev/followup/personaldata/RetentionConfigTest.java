package dev.followup.personaldata;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionConfigTest {

    private record Settings(Duration interviews, Duration profiles, Duration savedDrafts, int batch, String purgeEvery,
            String purgeDelay) implements RetentionConfig {
    }

    private static Settings defaults() {
        return new Settings(Duration.ofDays(730), Duration.ofDays(730), Duration.ofDays(365), 500, "1h", "1m");
    }

    @Test
    void acceptsTheDefaultsAndADayAsTheShortestRetention() {
        assertThatCode(() -> RetentionConfig.check(defaults())).doesNotThrowAnyException();
        assertThatCode(() -> RetentionConfig.check(new Settings(Duration.ofDays(1), Duration.ofDays(1),
                Duration.ofDays(1), 1, "15m", "1m"))).doesNotThrowAnyException();
        assertThatCode(() -> RetentionConfig.check(new Settings(Duration.ofDays(730), Duration.ofDays(730),
                Duration.ofDays(365), 10_000, "30s", "1m"))).doesNotThrowAnyException();
    }

    @Test
    void refusesARetentionShorterThanADayNamingTheSetting() {
        Settings d = defaults();
        assertThatThrownBy(() -> RetentionConfig.check(new Settings(Duration.ofMinutes(730), d.profiles(),
                d.savedDrafts(), d.batch(), d.purgeEvery(), d.purgeDelay())))
                .hasMessageContaining("followup.retention.interviews");
        assertThatThrownBy(() -> RetentionConfig.check(new Settings(d.interviews(), Duration.ZERO, d.savedDrafts(),
                d.batch(), d.purgeEvery(), d.purgeDelay()))).hasMessageContaining("followup.retention.profiles");
        assertThatThrownBy(() -> RetentionConfig.check(new Settings(d.interviews(), d.profiles(),
                Duration.ofDays(-365), d.batch(), d.purgeEvery(), d.purgeDelay())))
                .hasMessageContaining("followup.retention.saved-drafts");
    }

    @Test
    void refusesABatchOutOfRangeAndAPeriodTheSchedulerAndTheClaimsWouldReadDifferently() {
        Settings d = defaults();
        for (int batch : new int[]{0, -1, 10_001}) {
            assertThatThrownBy(() -> RetentionConfig.check(new Settings(d.interviews(), d.profiles(), d.savedDrafts(),
                    batch, d.purgeEvery(), d.purgeDelay()))).hasMessageContaining("followup.retention.batch");
        }
        for (String every : new String[]{"0h", "1d", "PT1H", "1 h", "", "h"}) {
            assertThatThrownBy(() -> RetentionConfig.check(new Settings(d.interviews(), d.profiles(), d.savedDrafts(),
                    d.batch(), every, d.purgeDelay()))).hasMessageContaining("followup.retention.purge-every");
        }
    }
}
