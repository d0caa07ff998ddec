package dev.followup.interview;

import java.time.Clock;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import dev.followup.personaldata.RetentionConfig;
import dev.followup.personaldata.RetentionJob;
import dev.followup.personaldata.RetentionPurge;
import dev.followup.system.ScheduledRuns;

/**
 * Deletes interviews whose end and last change are both older than the retention (issue 19), with their
 * interviewers, follow-ups and saved drafts (the foreign keys cascade), once per period across all replicas.
 * Silent, unlike a DELETE: no tombstone and no event, so nothing about the interview outlives it.
 */
@Singleton
class InterviewRetention extends RetentionJob {

    InterviewRetention(EntityManager em, Clock clock, RetentionConfig config, ScheduledRuns scheduledRuns) {
        // Seeks the tenant's (modified_at, id) index (V2) and reads the end on the row: few interviews last changed
        // before the cutoff end after it (registered two years ahead and never touched since).
        super("interview-retention-purge", "interviews", RetentionConfig::interviews,
                new RetentionPurge(em, "interview", "id", UUID.class, "modified_at", " and t.end_at < ?2"),
                clock, config, scheduledRuns, InterviewRetention.class);
    }
}
