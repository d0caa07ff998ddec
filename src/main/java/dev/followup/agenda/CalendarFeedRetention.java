package dev.followup.agenda;

import java.time.Clock;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import dev.followup.personaldata.RetentionConfig;
import dev.followup.personaldata.RetentionJob;
import dev.followup.personaldata.RetentionPurge;
import dev.followup.system.ScheduledRuns;

/**
 * Deletes calendar feeds made longer ago than the profiles' retention whose candidate has no interview left
 * (issue 19): such a feed shows an empty calendar. Once per period across all replicas. A feed is only ever
 * created or replaced (a new secret), never changed, so its {@code created_at} is its last change.
 */
@Singleton
class CalendarFeedRetention extends RetentionJob {

    CalendarFeedRetention(EntityManager em, Clock clock, RetentionConfig config, ScheduledRuns scheduledRuns) {
        super("calendar-feed-retention-purge", "calendar feeds", RetentionConfig::profiles,
                new RetentionPurge(em, "calendar_feed", "owner_id", String.class, "created_at",
                        RetentionPurge.NO_INTERVIEW_LEFT),
                clock, config, scheduledRuns, CalendarFeedRetention.class);
    }
}
