package dev.followup.interview;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import dev.followup.personaldata.RetentionConfig;
import dev.followup.personaldata.RetentionPurge;
import dev.followup.system.ScheduledRuns;

/**
 * Deletes interviews whose end and last change are both older than the retention (issue 19), with their
 * interviewers, follow-ups and saved drafts (the foreign keys cascade), once per period across all replicas.
 * Silent, unlike a DELETE: no tombstone and no event, so nothing about the interview outlives it.
 */
@ApplicationScoped
class InterviewRetention {

    static final String JOB = "interview-retention-purge";
    private static final Logger LOG = Logger.getLogger(InterviewRetention.class);

    private final Clock clock;
    private final RetentionConfig config;
    private final ScheduledRuns scheduledRuns;
    private final RetentionPurge rows;

    InterviewRetention(EntityManager em, Clock clock, RetentionConfig config, ScheduledRuns scheduledRuns) {
        this.clock = clock;
        this.config = config;
        this.scheduledRuns = scheduledRuns;
        // Seeks the tenant's (modified_at, id) index (V2) and reads the end on the row: few interviews last changed
        // before the cutoff end after it (registered two years ahead and never touched since).
        this.rows = new RetentionPurge(em, "interview", "id", UUID.class, "modified_at", " and t.end_at < ?2");
    }

    @Scheduled(every = "{followup.retention.purge-every}", delayed = "{followup.retention.purge-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            if (scheduledRuns.claim(JOB, Duration.parse("PT" + config.purgeEvery()))) {
                purge();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not purge interviews past their retention now; the next run will: "
                    + e.getClass().getSimpleName());
        }
    }

    /** Deletes every tenant's interviews past the retention; how many (what cascades is not counted). */
    int purge() {
        int purged = rows.run(clock.instant().minus(config.interviews()), config.batch());
        if (purged > 0) {
            LOG.infof("Purged %d interviews past their retention", purged);
        }
        return purged;
    }

    RetentionPurge rows() {
        return rows;
    }
}
