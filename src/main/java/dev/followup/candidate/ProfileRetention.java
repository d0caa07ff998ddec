package dev.followup.candidate;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.scheduler.Scheduled;

import dev.followup.personaldata.RetentionConfig;
import dev.followup.personaldata.RetentionJob;
import dev.followup.personaldata.RetentionPurge;
import dev.followup.system.ScheduledRuns;

/**
 * Deletes candidate profiles not changed for longer than the retention whose candidate has no interview left
 * (issue 19), once per period across all replicas. Silent: no event.
 */
@ApplicationScoped
class ProfileRetention {

    private final RetentionJob job;

    ProfileRetention(EntityManager em, Clock clock, RetentionConfig config, ScheduledRuns scheduledRuns) {
        this.job = new RetentionJob("candidate-profile-retention-purge", "candidate profiles",
                RetentionConfig::profiles,
                new RetentionPurge(em, "candidate_profile", "id", UUID.class, "modified_at",
                        RetentionPurge.NO_INTERVIEW_LEFT),
                clock, config, scheduledRuns, ProfileRetention.class);
    }

    @Scheduled(every = "{followup.retention.purge-every}", delayed = "{followup.retention.purge-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        job.runIfDue();
    }

    int purge() {
        return job.purge();
    }

    RetentionPurge rows() {
        return job.rows();
    }
}
