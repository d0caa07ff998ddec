package dev.followup.draft;

import java.time.Clock;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import dev.followup.personaldata.RetentionConfig;
import dev.followup.personaldata.RetentionJob;
import dev.followup.personaldata.RetentionPurge;
import dev.followup.system.ScheduledRuns;

/**
 * Deletes saved drafts not changed for longer than their retention (issue 19), even while their interview is
 * kept: the draft writer writes a fresh one on request. Once per period across all replicas.
 */
@Singleton
class SavedDraftRetention extends RetentionJob {

    SavedDraftRetention(EntityManager em, Clock clock, RetentionConfig config, ScheduledRuns scheduledRuns) {
        super("saved-draft-retention-purge", "saved drafts", RetentionConfig::savedDrafts,
                new RetentionPurge(em, "saved_draft", "follow_up_id", UUID.class, "modified_at", ""),
                clock, config, scheduledRuns, SavedDraftRetention.class);
    }
}
