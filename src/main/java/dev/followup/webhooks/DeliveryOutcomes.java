package dev.followup.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.followup.events.EventType;
import dev.followup.events.Outbox;

/**
 * Records what one attempt found, and what follows: delivered; tried again on the schedule; failed for
 * good; or, after 410 Gone or five days without a success, the subscription disabled, which its owner
 * hears as {@code subscription.disabled}. The subscription's own columns change through conditional
 * statements, so outcomes of its deliveries recorded at once never conflict.
 */
@ApplicationScoped
class DeliveryOutcomes {

    private final EntityManager em;
    private final Clock clock;
    private final WebhooksConfig config;
    private final Outbox outbox;

    DeliveryOutcomes(EntityManager em, Clock clock, WebhooksConfig config, Outbox outbox) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.outbox = outbox;
    }

    void record(Dispatcher.Claim claim, Sender.Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> recordNow(claim, outcome));
    }

    private void recordNow(Dispatcher.Claim claim, Sender.Outcome outcome) {
        // Locked: a redelivery asked for at this moment, or another replica's claim, waits for this record.
        WebhookDelivery delivery = WebhookDelivery.<WebhookDelivery>find("tenantId = ?1 and id = ?2",
                claim.tenantId(), claim.deliveryId()).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (delivery == null || !claim.until().equals(delivery.claimedUntil)) {
            return; // deleted with its subscription, or our claim ran out and another replica took it over
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.tenantId = delivery.tenantId;
        attempt.deliveryId = delivery.id;
        attempt.attempt = delivery.attempts + 1;
        attempt.attemptedAt = now;
        attempt.statusCode = outcome.status();
        attempt.latencyMs = (int) Math.min(Integer.MAX_VALUE, outcome.latencyMillis());
        attempt.error = outcome.error() != null
                ? outcome.error()
                : outcome.status() / 100 == 2 ? null : "The receiver answered " + outcome.status() + ".";
        attempt.persist();
        delivery.attempts = attempt.attempt;
        delivery.lastStatus = outcome.status();
        delivery.lastError = attempt.error;
        delivery.lastAttemptAt = now;
        delivery.claimedUntil = null;
        RetrySchedule.Verdict verdict = RetrySchedule.verdict(outcome.status());
        switch (verdict) {
            case DELIVERED -> {
                delivery.state = DeliveryState.DELIVERED;
                delivery.nextAttemptAt = null;
                em.flush();
                em.createNativeQuery("update webhook_subscription set failing_since = null "
                        + "where tenant_id = ?1 and id = ?2 and failing_since is not null")
                        .setParameter(1, delivery.tenantId).setParameter(2, delivery.subscriptionId).executeUpdate();
            }
            case RETRY -> {
                delivery.nextAttemptAt = RetrySchedule.next(delivery.attempts, now, outcome.retryAfter());
                delivery.state = delivery.nextAttemptAt == null ? DeliveryState.FAILED : DeliveryState.PENDING;
                failing(delivery, now);
            }
            case REFUSED -> {
                delivery.state = DeliveryState.FAILED;
                delivery.nextAttemptAt = null;
                failing(delivery, now);
            }
            case GONE -> {
                delivery.state = DeliveryState.FAILED;
                delivery.nextAttemptAt = null;
                disable(delivery, "The receiver answered 410 Gone.", now);
            }
        }
    }

    /** Marks the subscription failing since now (unless it already was), and disables it after long enough. */
    private void failing(WebhookDelivery delivery, Instant now) {
        em.flush();
        em.createNativeQuery("update webhook_subscription set failing_since = ?1 "
                + "where tenant_id = ?2 and id = ?3 and failing_since is null")
                .setParameter(1, now).setParameter(2, delivery.tenantId).setParameter(3, delivery.subscriptionId)
                .executeUpdate();
        Instant since = (Instant) em.createQuery(
                "select s.failingSince from WebhookSubscription s where s.tenantId = ?1 and s.id = ?2")
                .setParameter(1, delivery.tenantId).setParameter(2, delivery.subscriptionId).getSingleResult();
        if (since != null && !since.isAfter(now.minus(config.disableAfter()))) {
            disable(delivery, "Every delivery failed for " + config.disableAfter().toDays() + " days.", now);
        }
    }

    /** Disables the subscription once (a conditional update), fails what was waiting, and tells its owner. */
    private void disable(WebhookDelivery delivery, String reason, Instant now) {
        em.flush();
        int disabled = em.createNativeQuery("update webhook_subscription set status = 'DISABLED', "
                + "disabled_reason = ?1, modified_at = ?2, modified_by = 'interview-followup' where tenant_id = ?3 and id = ?4 and status = 'ACTIVE'")
                .setParameter(1, reason).setParameter(2, now).setParameter(3, delivery.tenantId)
                .setParameter(4, delivery.subscriptionId).executeUpdate();
        if (disabled == 0) {
            return;
        }
        em.createNativeQuery("update webhook_delivery set state = 'FAILED', next_attempt_at = null, last_error = ?1 "
                + "where tenant_id = ?2 and subscription_id = ?3 and state = 'PENDING' and claimed_until is null")
                .setParameter(1, "The subscription was disabled.").setParameter(2, delivery.tenantId)
                .setParameter(3, delivery.subscriptionId).executeUpdate();
        WebhookSubscription subscription = WebhookSubscription.<WebhookSubscription>find("tenantId = ?1 and id = ?2",
                delivery.tenantId, delivery.subscriptionId).firstResult();
        outbox.record(subscription.tenantId, subscription.ownerId, EventType.SUBSCRIPTION_DISABLED, subscription.id,
                SubscriptionResponse.of(subscription, now), null);
    }
}
