package dev.followup.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.followup.events.EventType;
import dev.followup.events.Outbox;

/**
 * Records what one attempt found, and what follows: delivered; tried again on the schedule; failed for
 * good; or, after 410 Gone or five days without a success, the subscription disabled, which its owner
 * hears as {@code subscription.disabled}. Outcomes are recorded many at a time, and the subscription's own
 * columns change through conditional statements, so outcomes of its deliveries recorded at once never
 * conflict.
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

    /** What one send found, to be recorded. */
    record Result(DeliveryClaims.Claim claim, Sender.Outcome outcome) {
    }

    /** Records the outcomes of many sends in one transaction: one lock, one flush, one update per receiver. */
    void record(List<Result> results) {
        QuarkusTransaction.requiringNew().run(() -> {
            Map<String, List<Result>> byTenant = results.stream()
                    .collect(Collectors.groupingBy(r -> r.claim().tenantId(), LinkedHashMap::new, Collectors.toList()));
            byTenant.forEach(this::recordNow);
        });
    }

    /** Releases claims given up unsent (a replica shutting down), so other replicas send them at once. */
    void release(List<DeliveryClaims.Claim> claims) {
        if (claims.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> claims.stream()
                .collect(Collectors.groupingBy(DeliveryClaims.Claim::tenantId))
                .forEach((tenant, ofTenant) -> ofTenant.stream()
                        .collect(Collectors.groupingBy(DeliveryClaims.Claim::until))
                        .forEach((until, same) -> em
                                .createNativeQuery("update webhook_delivery set claimed_until = null "
                                        + "where tenant_id = ?1 and id in (?2) and claimed_until = ?3")
                                .setParameter(1, tenant).setParameter(2, same.stream()
                                        .map(DeliveryClaims.Claim::deliveryId).toList())
                                .setParameter(3, until).executeUpdate())));
    }

    private void recordNow(String tenant, List<Result> results) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // Locked, in one order: a redelivery asked for at this moment, or another replica's claim, waits for this.
        Map<UUID, WebhookDelivery> deliveries = WebhookDelivery.<WebhookDelivery>find(
                "tenantId = ?1 and id in ?2 order by id", tenant,
                results.stream().map(r -> r.claim().deliveryId()).toList())
                .withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .collect(Collectors.toMap(d -> d.id, Function.identity()));
        Map<UUID, ReceiverState> receivers = new LinkedHashMap<>();
        for (Result result : results) {
            WebhookDelivery delivery = deliveries.get(result.claim().deliveryId());
            if (delivery == null || !result.claim().until().equals(delivery.claimedUntil)) {
                continue; // deleted with its subscription, or our claim ran out and another replica took it over
            }
            ReceiverState receiver = receivers.computeIfAbsent(delivery.subscriptionId, id -> new ReceiverState());
            recordOne(delivery, result.outcome(), now, receiver);
        }
        em.flush();
        receivers.forEach((subscription, receiver) -> {
            if (receiver.gone != null) {
                disable(tenant, subscription, receiver.gone, now);
            } else if (receiver.answered) {
                em.createNativeQuery("update webhook_subscription set failing_since = null, next_probe_at = null "
                        + "where tenant_id = ?1 and id = ?2 and failing_since is not null")
                        .setParameter(1, tenant).setParameter(2, subscription).executeUpdate();
            } else if (receiver.failed) {
                failing(tenant, subscription, now, receiver.waitAtLeast);
            }
        });
    }

    /** What the attempts of one batch found at one receiver. */
    private static final class ReceiverState {
        boolean answered;
        boolean failed;
        String gone;
        Duration waitAtLeast = Duration.ZERO;
    }

    private void recordOne(WebhookDelivery delivery, Sender.Outcome outcome, Instant now, ReceiverState receiver) {
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
        switch (RetrySchedule.verdict(outcome.status())) {
            case DELIVERED -> {
                delivery.state = DeliveryState.DELIVERED;
                delivery.nextAttemptAt = null;
                receiver.answered = true;
            }
            case RETRY -> {
                delivery.nextAttemptAt = RetrySchedule.next(delivery.attempts, now, outcome.retryAfter());
                delivery.state = delivery.nextAttemptAt == null ? DeliveryState.FAILED : DeliveryState.PENDING;
                receiver.failed = true;
                if (outcome.retryAfter() != null && outcome.retryAfter().compareTo(receiver.waitAtLeast) > 0) {
                    receiver.waitAtLeast = outcome.retryAfter();
                }
            }
            case REFUSED -> {
                delivery.state = DeliveryState.FAILED;
                delivery.nextAttemptAt = null;
                receiver.failed = true;
            }
            case GONE -> {
                delivery.state = DeliveryState.FAILED;
                delivery.nextAttemptAt = null;
                receiver.gone = "The receiver answered 410 Gone.";
            }
        }
    }

    /**
     * Marks the subscription failing since now (unless it already was), holds its next probe back (by its
     * Retry-After when it asked for longer), and disables it after long enough.
     */
    private void failing(String tenant, UUID subscription, Instant now, Duration waitAtLeast) {
        em.createNativeQuery("update webhook_subscription set failing_since = coalesce(failing_since, ?1), "
                + "next_probe_at = ?2 where tenant_id = ?3 and id = ?4")
                .setParameter(1, now).setParameter(2, now.plus(max(config.probeEvery(), waitAtLeast)))
                .setParameter(3, tenant).setParameter(4, subscription).executeUpdate();
        Instant since = (Instant) em.createQuery(
                "select s.failingSince from WebhookSubscription s where s.tenantId = ?1 and s.id = ?2")
                .setParameter(1, tenant).setParameter(2, subscription).getSingleResult();
        if (since != null && !since.isAfter(now.minus(config.disableAfter()))) {
            disable(tenant, subscription, "Every delivery failed for " + config.disableAfter().toDays() + " days.",
                    now);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Disables the subscription once (a conditional update), fails what was waiting, and tells its owner. */
    private void disable(String tenant, UUID subscriptionId, String reason, Instant now) {
        int disabled = em.createNativeQuery("update webhook_subscription set status = 'DISABLED', "
                + "disabled_reason = ?1, modified_at = ?2, modified_by = 'interview-followup' where tenant_id = ?3 and id = ?4 and status = 'ACTIVE'")
                .setParameter(1, reason).setParameter(2, now).setParameter(3, tenant)
                .setParameter(4, subscriptionId).executeUpdate();
        if (disabled == 0) {
            return;
        }
        em.createNativeQuery("update webhook_delivery set state = 'FAILED', next_attempt_at = null, last_error = ?1 "
                + "where tenant_id = ?2 and subscription_id = ?3 and state = 'PENDING' and claimed_until is null")
                .setParameter(1, "The subscription was disabled.").setParameter(2, tenant)
                .setParameter(3, subscriptionId).executeUpdate();
        WebhookSubscription subscription = WebhookSubscription.<WebhookSubscription>find("tenantId = ?1 and id = ?2",
                tenant, subscriptionId).firstResult();
        outbox.record(subscription.tenantId, subscription.ownerId, EventType.SUBSCRIPTION_DISABLED, subscription.id,
                SubscriptionResponse.of(subscription, now), null);
    }
}
