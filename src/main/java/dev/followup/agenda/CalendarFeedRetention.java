package dev.followup.agenda;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import dev.followup.personaldata.RetentionConfig;
import dev.followup.personaldata.RetentionPurge;
import dev.followup.system.ScheduledRuns;

/**
 * Deletes calendar feeds made longer ago than the profiles' retention whose candidate has no interview left
 * (issue 19): such a feed shows an empty calendar. Once per period across all replicas. A feed is only ever
 * created or replaced (a new secret), never changed, so its {@code created_at} is its last change.
 */
@ApplicationScoped
class CalendarFeedRetention {

    static final String JOB = "calendar-feed-retention-purge";
    private static final Logger LOG = Logger.getLogger(CalendarFeedRetention.class);

    private final Clock clock;
    private final RetentionConfig config;
    private final ScheduledRuns scheduledRuns;
    private final RetentionPurge rows;

    CalendarFeedRetention(EntityManager em, Clock clock, RetentionConfig config, ScheduledRuns scheduledRuns) {
        this.clock = clock;
        this.config = config;
        this.scheduledRuns = scheduledRuns;
        this.rows = new RetentionPurge(em, "calendar_feed", "owner_id", String.class, "created_at",
                RetentionPurge.NO_INTERVIEW_LEFT);
    }

    @Scheduled(every = "{followup.retention.purge-every}", delayed = "{followup.retention.purge-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            if (scheduledRuns.claim(JOB, Duration.parse("PT" + config.purgeEvery()))) {
                purge();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not purge calendar feeds past their retention now; the next run will: "
                    + e.getClass().getSimpleName());
        }
    }

    /** Deletes every tenant's feeds past the retention whose candidate has no interview; how many. */
    int purge() {
        int purged = rows.run(clock.instant().minus(config.profiles()), config.batch());
        if (purged > 0) {
            LOG.infof("Purged %d calendar feeds past their retention", purged);
        }
        return purged;
    }

    RetentionPurge rows() {
        return rows;
    }
}
