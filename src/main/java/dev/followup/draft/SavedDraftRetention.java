package dev.followup.draft;

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
 * Deletes saved drafts not changed for longer than their retention (issue 19), even while their interview is
 * kept: the draft writer writes a fresh one on request. Once per period across all replicas.
 */
@ApplicationScoped
class SavedDraftRetention {

    static final String JOB = "saved-draft-retention-purge";
    private static final Logger LOG = Logger.getLogger(SavedDraftRetention.class);

    private final Clock clock;
    private final RetentionConfig config;
    private final ScheduledRuns scheduledRuns;
    private final RetentionPurge rows;

    SavedDraftRetention(EntityManager em, Clock clock, RetentionConfig config, ScheduledRuns scheduledRuns) {
        this.clock = clock;
        this.config = config;
        this.scheduledRuns = scheduledRuns;
        this.rows = new RetentionPurge(em, "saved_draft", "follow_up_id", UUID.class, "modified_at", "");
    }

    @Scheduled(every = "{followup.retention.purge-every}", delayed = "{followup.retention.purge-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            if (scheduledRuns.claim(JOB, Duration.parse("PT" + config.purgeEvery()))) {
                purge();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not purge saved drafts past their retention now; the next run will: "
                    + e.getClass().getSimpleName());
        }
    }

    /** Deletes every tenant's saved drafts past the retention; how many. */
    int purge() {
        int purged = rows.run(clock.instant().minus(config.savedDrafts()), config.batch());
        if (purged > 0) {
            LOG.infof("Purged %d saved drafts past their retention", purged);
        }
        return purged;
    }

    RetentionPurge rows() {
        return rows;
    }
}
