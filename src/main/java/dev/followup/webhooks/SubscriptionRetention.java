package dev.followup.webhooks;

import java.time.Clock;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import dev.followup.personaldata.RetentionConfig;
import dev.followup.personaldata.RetentionJob;
import dev.followup.personaldata.RetentionPurge;
import dev.followup.system.ScheduledRuns;

/**
 * Deletes a candidate's own webhook subscriptions (an address and a description they chose) not changed for
 * longer than the profile retention once the candidate has no interview left (issue 19), once per period across
 * all replicas; their deliveries go with them. An integration's subscriptions to its tenant stay. Silent.
 */
@Singleton
class SubscriptionRetention extends RetentionJob {

    SubscriptionRetention(EntityManager em, Clock clock, RetentionConfig config, ScheduledRuns scheduledRuns) {
        super("webhook-subscription-retention-purge", "webhook subscriptions",
                RetentionConfig::profiles,
                new RetentionPurge(em, "webhook_subscription", "id", UUID.class, "modified_at",
                        " and t.owner_id <> '" + WebhookSubscription.WHOLE_TENANT + "'"
                                + RetentionPurge.NO_INTERVIEW_LEFT)
                        // The feed row first, as SubscriptionService.delete takes it; then its count of subscriptions
                        // is made right again.
                        .aroundEachDelete("update event_feed set subscriptions = subscriptions where tenant_id = ?1",
                                "update event_feed set subscriptions = (select count(*) from webhook_subscription s "
                                        + "where s.tenant_id = ?1) where tenant_id = ?1"),
                clock, config, scheduledRuns, SubscriptionRetention.class);
    }
}
