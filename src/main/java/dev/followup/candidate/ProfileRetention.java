package dev.followup.candidate;

import java.time.Clock;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import dev.followup.personaldata.RetentionConfig;
import dev.followup.personaldata.RetentionJob;
import dev.followup.personaldata.RetentionPurge;
import dev.followup.system.ScheduledRuns;

/**
 * Deletes candidate profiles not changed for longer than the retention whose candidate has no interview left
 * (issue 19), once per period across all replicas. Silent: no event.
 */
@Singleton
class ProfileRetention extends RetentionJob {

    ProfileRetention(EntityManager em, Clock clock, RetentionConfig config, ScheduledRuns scheduledRuns) {
        super("candidate-profile-retention-purge", "candidate profiles",
                RetentionConfig::profiles,
                new RetentionPurge(em, "candidate_profile", "id", UUID.class, "modified_at",
                        RetentionPurge.NO_INTERVIEW_LEFT),
                clock, config, scheduledRuns, ProfileRetention.class);
    }
}
