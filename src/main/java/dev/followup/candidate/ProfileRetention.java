package dev.followup.candidate;

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
 * Deletes candidate profiles not changed for longer than the retention whose candidate has no interview left
 * (issue 19), once per period across all replicas. Silent: no event.
 */
@ApplicationScoped
class ProfileRetention {

    static final String JOB = "candidate-profile-retention-purge";
    private static final Logger LOG = Logger.getLogger(ProfileRetention.class);

    private final Clock clock;
    private final RetentionConfig config;
    private final ScheduledRuns scheduledRuns;
    private final RetentionPurge rows;

    ProfileRetention(EntityManager em, Clock clock, RetentionConfig config, ScheduledRuns scheduledRuns) {
        this.clock = clock;
        this.config = config;
        this.scheduledRuns = scheduledRuns;
        this.rows = new RetentionPurge(em, "candidate_profile", "id", UUID.class, "modified_at",
                RetentionPurge.NO_INTERVIEW_LEFT);
    }

    @Scheduled(every = "{followup.retention.purge-every}", delayed = "{followup.retention.purge-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            if (scheduledRuns.claim(JOB, Duration.parse("PT" + config.purgeEvery()))) {
                purge();
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not purge candidate profiles past their retention now; the next run will: "
                    + e.getClass().getSimpleName());
        }
    }

    /** Deletes every tenant's profiles past the retention whose candidate has no interview; how many. */
    int purge() {
        int purged = rows.run(clock.instant().minus(config.profiles()), config.batch());
        if (purged > 0) {
            LOG.infof("Purged %d candidate profiles past their retention", purged);
        }
        return purged;
    }

    RetentionPurge rows() {
        return rows;
    }
}
