package dev.followup.personaldata;

import java.time.Duration;
import java.util.regex.Pattern;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long personal data is kept after it last changed (issue 19). Checked when the service starts
 * ({@link #check}): a value out of range stops it rather than purging what it should keep.
 */
@ConfigMapping(prefix = "followup.retention")
public interface RetentionConfig {

    /** The shortest retention accepted: a slip such as PT730M (twelve hours) for P730D must not empty the tables. */
    Duration SHORTEST = Duration.ofDays(1);
    /** The most rows one transaction deletes: PostgreSQL binds at most 32,767 parameters to a statement. */
    int LARGEST_BATCH = 10_000;
    /** What the scheduler and the claims of a period both read: a number and a unit, s, m or h. */
    Pattern PERIOD = Pattern.compile("[1-9][0-9]{0,5}[smh]");

    /** An interview (with its interviewers, follow-ups and saved drafts) whose end and last change are older. */
    @WithDefault("P730D")
    Duration interviews();

    /** A candidate profile or calendar feed not changed for this long, once the candidate has no interview left. */
    @WithDefault("P730D")
    Duration profiles();

    /** A saved draft not changed for this long, even while its interview is kept. */
    @WithDefault("P365D")
    Duration savedDrafts();

    /** Rows one transaction of a purge deletes at most. */
    @WithDefault("500")
    int batch();

    /**
     * How often the purges run (read by the scheduler as {@code followup.retention.purge-every}): a number and a
     * unit, s, m or h, such as 1h. Each period is run by one replica.
     */
    @WithDefault("1h")
    String purgeEvery();

    /** How long after start the first purge is (read by the scheduler). */
    @WithDefault("1m")
    String purgeDelay();

    /** Throws, naming the setting, when a value is out of range. */
    static void check(RetentionConfig config) {
        atLeastADay("interviews", config.interviews());
        atLeastADay("profiles", config.profiles());
        atLeastADay("saved-drafts", config.savedDrafts());
        if (config.batch() < 1 || config.batch() > LARGEST_BATCH) {
            throw new IllegalStateException(
                    "followup.retention.batch must be between 1 and " + LARGEST_BATCH + ", not " + config.batch());
        }
        if (!PERIOD.matcher(config.purgeEvery()).matches()) {
            throw new IllegalStateException("followup.retention.purge-every must be a number and a unit, s, m or h, "
                    + "such as 1h, not " + config.purgeEvery());
        }
    }

    private static void atLeastADay(String setting, Duration retention) {
        if (retention.compareTo(SHORTEST) < 0) {
            throw new IllegalStateException(
                    "followup.retention." + setting + " must be at least a day (P1D), not " + retention);
        }
    }
}
