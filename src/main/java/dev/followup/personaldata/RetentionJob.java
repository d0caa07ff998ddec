package dev.followup.personaldata;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

import org.jboss.logging.Logger;

import dev.followup.system.ScheduledRuns;

/**
 * One retention purge as a job: run once per period across all replicas (the first to claim the period's
 * {@code scheduled_run} row), logging only how many rows went. Each feature that keeps personal data provides
 * one as a bean (a subclass naming its table and setting); {@link RetentionSchedule} runs them all.
 */
public abstract class RetentionJob {

    private final String job;
    private final String rowsName;
    private final Function<RetentionConfig, Duration> retention;
    private final RetentionPurge rows;
    private final Clock clock;
    private final RetentionConfig config;
    private final ScheduledRuns scheduledRuns;
    private final Logger log;

    /**
     * @param job       the job's name in {@code scheduled_run}
     * @param rowsName  what the rows are, in the plural, for the log ("saved drafts")
     * @param retention the setting that says how long the rows are kept
     */
    protected RetentionJob(String job, String rowsName, Function<RetentionConfig, Duration> retention,
            RetentionPurge rows, Clock clock, RetentionConfig config, ScheduledRuns scheduledRuns, Class<?> owner) {
        this.job = job;
        this.rowsName = rowsName;
        this.retention = retention;
        this.rows = rows;
        this.clock = clock;
        this.config = config;
        this.scheduledRuns = scheduledRuns;
        this.log = Logger.getLogger(owner);
    }

    /** Purges if this replica claims the period; a failure waits for the next period. */
    public void runIfDue() {
        try {
            if (scheduledRuns.claim(job, Duration.parse("PT" + config.purgeEvery()))) {
                purge();
            }
        } catch (RuntimeException e) {
            log.warn("Could not purge " + rowsName + " past their retention now; the next run will: "
                    + e.getClass().getSimpleName());
        }
    }

    /** Deletes every tenant's rows past the retention; how many (what cascades is not counted). */
    public int purge() {
        int purged = rows.run(clock.instant().minus(retention.apply(config)), config.batch());
        if (purged > 0) {
            log.infof("Purged %d %s past their retention", purged, rowsName);
        }
        return purged;
    }

    public RetentionPurge rows() {
        return rows;
    }
}
